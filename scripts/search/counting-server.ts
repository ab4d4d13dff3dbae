/**
 * A static server on loopback that records every response it sends (worker fetches included): path,
 * bytes as sent, and bytes gzip-compressed, as a server with HTTP compression would send them.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** One response the server sent. */
export interface SentResponse {
  path: string;
  /** Body bytes as sent (no HTTP compression; Pagefind's chunks are gzip files already). */
  bytes: number;
  /** Body bytes gzip-compressed (level 9), or as sent when that is not smaller (already compressed files). */
  gzipBytes: number;
}

/** A running counting server. */
export interface CountingServer {
  origin: string;
  /** The responses sent so far, in order; read-only for callers. */
  sent: SentResponse[];
  close(): Promise<void>;
}

/** Body chunk of `res.write`/`res.end` as bytes (undefined for a callback or nothing). */
function chunkBytes(chunk: unknown): Buffer | undefined {
  if (typeof chunk === 'string') return Buffer.from(chunk);
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return undefined;
}

/** Serves `dir` on 127.0.0.1 and records each response once it has ended. */
export async function countingServer(dir: string): Promise<CountingServer> {
  const assets = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const sent: SentResponse[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      const bytes = chunkBytes(chunk);
      if (bytes) chunks.push(bytes);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      const bytes = chunkBytes(chunk);
      if (bytes) chunks.push(bytes);
      const body = Buffer.concat(chunks);
      sent.push({ path, bytes: body.byteLength, gzipBytes: Math.min(body.byteLength, gzipSync(body, { level: 9 }).byteLength) });
      return end(chunk, ...rest);
    }) as typeof res.end;
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
