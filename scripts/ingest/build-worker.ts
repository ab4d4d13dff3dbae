/** Worker-thread entry of `buildContentInWorker`: runs `buildContent` and posts the result or the error's fields back. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildContent } from './build';
import { isIngestError } from './errors';
import type { WorkerReply } from './build-in-worker';

if (parentPort) {
  const port = parentPort;
  try {
    port.postMessage({ ok: true, result: await buildContent(workerData as string) } satisfies WorkerReply);
  } catch (error) {
    const reply: WorkerReply = isIngestError(error)
      ? { ok: false, ingestError: { file: error.file, line: error.line, problem: error.message, fix: error.fix } }
      : { ok: false, error };
    port.postMessage(reply);
  }
}
