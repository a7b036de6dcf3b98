/**
 * Where the `served` project's nginx listens (scripts/serve-nginx.mjs, started by the Playwright
 * config): the real build on `E2E_NGINX_PORT` (default: the real site's port + 4), the demo build
 * on the port after it.
 */
import { existsSync } from 'node:fs';

const REAL_PORT = Number(process.env.E2E_REAL_PORT ?? 4321);

export const NGINX_REAL_PORT = Number(process.env.E2E_NGINX_PORT ?? REAL_PORT + 4);
export const NGINX_DEMO_PORT = NGINX_REAL_PORT + 1;
export const NGINX_REAL_URL = `http://localhost:${NGINX_REAL_PORT}`;
export const NGINX_DEMO_URL = `http://localhost:${NGINX_DEMO_PORT}`;

/** Debian's nginx binary, where installed (scripts/serve-nginx.mjs looks in the same places). */
export const NGINX_BINARY = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((path) =>
  existsSync(path),
);
