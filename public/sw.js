/**
 * Service worker for reading routes without a network (src/scripts/offlineSave.ts registers it
 * when the reader asks to save a route). It is installed only then, and:
 *
 * - on a `mztj-save` message, fetches the given pages and files, and the /_astro/ stylesheets and
 *   scripts those pages load, into one cache, and replies { ok, count } or { ok: false, error };
 * - answers every same-origin GET from the network first, and from that cache when the network
 *   fails, so saved pages open offline and everything else stays as fresh as without it.
 */
const CACHE = 'mztj-offline-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** Same as pageAssets() in src/lib/plan/offline.ts; tests/lib/plan/offline.test.ts runs both on the same pages. */
const pageAssets = (html) => [...new Set([...html.matchAll(/\s(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]))];

async function save(paths) {
  const cache = await caches.open(CACHE);
  const assets = new Set();
  for (const path of paths) {
    const url = new URL(path, self.location.origin);
    if (url.origin !== self.location.origin) continue;
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
      pageAssets(await response.clone().text()).forEach((asset) => assets.add(asset));
    }
    await cache.put(url, response);
  }
  await cache.addAll([...assets]);
  return paths.length + assets.size;
}

self.addEventListener('message', (event) => {
  const { type, urls } = event.data ?? {};
  const port = event.ports[0];
  if (type !== 'mztj-save' || !Array.isArray(urls) || !port) return;
  event.waitUntil(
    save(urls).then(
      (count) => port.postMessage({ ok: true, count }),
      (error) => port.postMessage({ ok: false, error: String(error) }),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request).catch(async () => {
      const cached = await caches.match(request, { ignoreSearch: true, cacheName: CACHE });
      return cached ?? Response.error();
    }),
  );
});
