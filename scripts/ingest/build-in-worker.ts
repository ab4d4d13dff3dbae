import { Worker } from 'node:worker_threads';
import type { BuildResult } from './build';
import { IngestError } from './errors';

/** What the worker sends back: the result, or the fields of the bad-input error (class instances do not cross threads). */
export type WorkerReply =
  | { ok: true; result: BuildResult }
  | { ok: false; ingestError?: { file: string; line: number | undefined; problem: string; fix: string }; error?: unknown };

/**
 * `buildContent` on a worker thread (build-worker.ts). Parsing a large seed is long synchronous work;
 * on the main thread it would keep SIGINT/SIGTERM waiting until it ends. With the work there, the main
 * thread (which does not even load the parser) stays free to handle a signal at once; process.exit
 * stops the worker too.
 */
export function buildContentInWorker(seedsDir: string): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./build-worker.ts', import.meta.url), { workerData: seedsDir });
    worker.once('message', (reply: WorkerReply) => {
      if (reply.ok) resolve(reply.result);
      else if (reply.ingestError) reject(new IngestError(reply.ingestError));
      else reject(reply.error);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
