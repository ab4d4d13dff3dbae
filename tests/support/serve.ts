import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { requireDist } from './paths';

/** A static server over a folder, listening on loopback only. */
export interface StaticServer {
  /** Origin such as `http://127.0.0.1:43123`. */
  origin: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Serves `dir` (the built site by default) on 127.0.0.1 at a free port, the way a static host would:
 * directory URLs resolve to their index.html and unknown paths answer status 404 with `404.html`.
 */
export async function serveDist(dir: string = requireDist()): Promise<StaticServer> {
  const assets = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const server: Server = createServer((req, res) => {
    assets(req, res, () => {
      // Read per request: a test may rebuild the folder while the server runs.
      let page: Buffer | string = 'not found';
      try {
        page = readFileSync(join(dir, '404.html'));
      } catch {
        // No 404 page in this folder: the plain text above will do.
      }
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
