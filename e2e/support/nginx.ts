/**
 * Where the `served` project's nginx listens (scripts/serve-nginx.mjs, started by the Playwright
 * config): the real build on `E2E_NGINX_PORT` (default: the real site's port + 4), the demo build
 * on the port after it.
 */
import { existsSync } from 'node:fs';
import { connect } from 'node:net';

const REAL_PORT = Number(process.env.E2E_REAL_PORT ?? 4321);

export const NGINX_REAL_PORT = Number(process.env.E2E_NGINX_PORT ?? REAL_PORT + 4);
export const NGINX_DEMO_PORT = NGINX_REAL_PORT + 1;
export const NGINX_REAL_URL = `http://localhost:${NGINX_REAL_PORT}`;
export const NGINX_DEMO_URL = `http://localhost:${NGINX_DEMO_PORT}`;

/** Debian's nginx binary, where installed (scripts/serve-nginx.mjs looks in the same places). */
export const NGINX_BINARY = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((path) =>
  existsSync(path),
);

/**
 * Sends `request` as written (it may be malformed, which no HTTP client sends) to nginx on
 * loopback and resolves with the status and the lower-cased headers of its answer.
 */
export function rawRequest(
  port: number,
  request: string,
): Promise<{ status: number; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let received = '';
    socket.setEncoding('latin1');
    socket.setTimeout(5_000, () => socket.destroy(new Error(`no answer from port ${port} within 5 s`)));
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [statusLine = '', ...lines] = (received.split('\r\n\r\n')[0] ?? '').split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers });
    });
  });
}
