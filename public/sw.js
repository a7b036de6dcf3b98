/**
 * Service worker for reading routes without a network (src/scripts/offlineSave.ts registers it
 * when the reader asks to save a route). It is installed only then, and:
 *
 * - on a `mztj-save` message, fetches the route's pages and files, and the /_astro/ stylesheets
 *   and scripts those pages load, then keeps them all in one cache for that route (named by
 *   offlineCacheName() in src/lib/plan/offline.ts, with an entry describing the route at
 *   OFFLINE_META_PATH), replacing an earlier copy of the same route; all or nothing: a file that
 *   fails to load leaves the earlier copy as it was. Replies { ok, count } or { ok: false, error };
 * - answers every same-origin GET from the network first, and from the saved routes when the
 *   network fails, so saved pages open offline and everything else stays as fresh as without it;
 * - on activation, deletes the caches of earlier versions of this worker.
 *
 * The page lists and removes saved routes itself, through the Cache API (offlineSave.ts).
 */
const PREFIX = 'mztj-offline-';
const VERSION = 'v2';
/** Same as in src/lib/plan/offline.ts; tests/lib/plan/offline.test.ts checks that they agree. */
const CURRENT = `${PREFIX}${VERSION}-`;
const META_PATH = '/.offline-route.json';
const cacheName = (routeId) => `${CURRENT}${routeId}`;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(PREFIX) && !name.startsWith(CURRENT))
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  ),
);

/** Same as pageAssets() in src/lib/plan/offline.ts; tests/lib/plan/offline.test.ts runs both on the same pages. */
const pageAssets = (html) => [...new Set([...html.matchAll(/\s(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]))];

async function fetchOk(url) {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response;
}

async function save(route, paths) {
  const responses = new Map();
  const assets = new Set();
  for (const path of paths) {
    const url = new URL(path, self.location.origin);
    if (url.origin !== self.location.origin) continue;
    const response = await fetchOk(url);
    if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
      pageAssets(await response.clone().text()).forEach((asset) => assets.add(asset));
    }
    responses.set(url.href, response);
  }
  for (const asset of assets) {
    const url = new URL(asset, self.location.origin);
    if (!responses.has(url.href)) responses.set(url.href, await fetchOk(url));
  }
  const count = responses.size;
  const meta = { id: route.id, name: route.name, path: route.path, savedAt: new Date().toISOString(), count };
  responses.set(
    new URL(META_PATH, self.location.origin).href,
    new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }),
  );
  // Everything has arrived: only now is the earlier copy replaced.
  await caches.delete(cacheName(route.id));
  const cache = await caches.open(cacheName(route.id));
  for (const [url, response] of responses) await cache.put(url, response);
  return count;
}

/** A route as the page describes it: an id for the cache's name, its name and path for the list. */
const validRoute = (route) =>
  route !== null &&
  typeof route === 'object' &&
  typeof route.id === 'string' &&
  /^[a-z0-9][a-z0-9-]*$/.test(route.id) &&
  typeof route.name === 'string' &&
  typeof route.path === 'string' &&
  route.path.startsWith('/');

self.addEventListener('message', (event) => {
  const { type, route, urls } = event.data ?? {};
  const port = event.ports[0];
  if (type !== 'mztj-save' || !validRoute(route) || !Array.isArray(urls) || !port) return;
  event.waitUntil(
    save(route, urls).then(
      (count) => port.postMessage({ ok: true, count }),
      (error) => port.postMessage({ ok: false, error: String(error) }),
    ),
  );
});

async function fromSavedRoutes(request) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(CURRENT)) continue;
    const cached = await caches.match(request, { ignoreSearch: true, cacheName: name });
    if (cached) return cached;
  }
  return Response.error();
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).catch(() => fromSavedRoutes(request)));
});
