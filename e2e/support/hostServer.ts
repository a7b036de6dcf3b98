/**
 * A host page on a second origin, as a newspaper's site would be: a tiny Node HTTP server that
 * serves the HTML a test gives it. The port is `E2E_HOST_PORT`, else the real site's port + 2.
 */
import { createServer, type Server } from 'node:http';

export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? Number(process.env.E2E_REAL_PORT ?? 4321) + 2);

export interface HostServer {
  /** `http://127.0.0.1:<port>`: a different origin from the site under test on `localhost`. */
  origin: string;
  /** Serves `html` at `path` from now on. */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

export async function startHost(port = HOST_PORT): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    response.writeHead(html === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    page(path, html) {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A minimal host document around some embed code. */
export function hostDocument(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>${head}<style>body{margin:0 auto;max-width:48rem;padding:1rem;font-family:sans-serif}</style></head><body><h1>Host page</h1>${body}<p>After the embed.</p></body></html>`;
}
