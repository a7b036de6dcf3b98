import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  OFFLINE_CACHE_PREFIX,
  OFFLINE_CURRENT_PREFIX,
  OFFLINE_META_PATH,
  offlineCacheName,
  offlineUrls,
  pageAssets,
  savedRouteOf,
} from '../../../src/lib/plan/offline';

type Listener = (event: unknown) => void;

/**
 * public/sw.js as it ships, run in a sandbox: a worker scope that records its listeners, a network
 * that serves `pages`, and a Cache API (`stores`: cache name → URL → body) that starts with
 * `existing` caches.
 */
function loadWorker(pages: Record<string, { type: string; body: string }> = {}, existing: string[] = []) {
  const listeners = new Map<string, Listener>();
  const stores = new Map<string, Map<string, string>>(existing.map((name) => [name, new Map()]));
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, string>();
    stores.set(name, store);
    return {
      put: async (url: URL | string, response: Response) =>
        void store.set(new URL(url).pathname, await response.text()),
    };
  };
  const context = createContext({
    URL,
    Response,
    Date,
    self: {
      location: { origin: 'https://example.org' },
      addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
      clients: { claim: async () => undefined },
    },
    caches: { open, keys: async () => [...stores.keys()], delete: async (name: string) => stores.delete(name) },
    fetch: async (url: URL) => {
      const page = pages[url.pathname];
      return page
        ? new Response(page.body, { headers: { 'content-type': page.type } })
        : new Response('', { status: 404 });
    },
  });
  runInContext(readFileSync(new URL('../../../public/sw.js', import.meta.url), 'utf8'), context);
  const workerPageAssets = runInContext('pageAssets', context) as (html: string) => string[];
  const constants = runInContext('({ current: CURRENT, meta: META_PATH })', context) as {
    current: string;
    meta: string;
  };
  /** Sends the worker a message and resolves with its reply, or with 'no reply' once it has ignored it. */
  const send = (data: unknown) =>
    new Promise<unknown>((resolve) => {
      let waited: Promise<unknown> | undefined;
      listeners.get('message')?.({
        data,
        ports: [{ postMessage: (reply: unknown) => resolve(JSON.parse(JSON.stringify(reply))) }],
        waitUntil: (promise: Promise<unknown>) => (waited = promise),
      });
      if (!waited) resolve('no reply');
    });
  return { listeners, stores, send, constants, pageAssets: (html: string) => [...workerPageAssets(html)] };
}

describe('offlineUrls', () => {
  it('the route page, each stop once, and every route file', () => {
    expect(offlineUrls('r1', ['a', 'b', 'a'], ['gpx', 'kml'])).toEqual([
      '/routes/r1/',
      '/units/a/',
      '/units/b/',
      '/exports/routes/r1.gpx',
      '/exports/routes/r1.kml',
    ]);
  });
});

const PAGE =
  '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><a href="/units/x/">x</a><script src="/_astro/b.js"></script>';

describe.each([
  ['src/lib/plan/offline.ts', pageAssets],
  ['public/sw.js', loadWorker().pageAssets],
])('pageAssets of %s', (_, assetsOf) => {
  it('finds the stylesheets and scripts a page loads from /_astro/, once each', () => {
    expect(assetsOf(PAGE)).toEqual(['/_astro/a.css', '/_astro/b.js']);
  });

  it('ignores other sites, other folders, and attributes that are not links', () => {
    const html =
      '<img src="/favicon.svg"><a href="https://cdn.example/_astro/x.js">x</a><p data-src="/_astro/c.js"></p><img src="/_astro/d.webp">';
    expect(assetsOf(html)).toEqual(['/_astro/d.webp']);
  });
});

const ROUTE = { id: 'r1', name: '示例线路', path: '/routes/r1/' };

describe('the shipped service worker', () => {
  const html = (css: string) => `<link rel="stylesheet" href="/_astro/${css}.css"><script src="/_astro/m.js"></script>`;
  const pages = {
    '/routes/r1/': { type: 'text/html; charset=utf-8', body: html('route') },
    '/units/a/': { type: 'text/html; charset=utf-8', body: html('unit') },
    '/exports/routes/r1.gpx': { type: 'application/gpx+xml; charset=utf-8', body: '<gpx href="/_astro/no.js"/>' },
    '/_astro/route.css': { type: 'text/css', body: 'a{}' },
    '/_astro/unit.css': { type: 'text/css', body: 'b{}' },
    '/_astro/m.js': { type: 'text/javascript', body: '' },
  };
  const urls = offlineUrls('r1', ['a'], ['gpx']);

  it('uses the cache names and the entry path that the page reads', () => {
    const { constants } = loadWorker();
    expect(constants.current).toBe(OFFLINE_CURRENT_PREFIX);
    expect(constants.meta).toBe(OFFLINE_META_PATH);
  });

  it("keeps a route's pages and the assets pageAssets() finds in them in the route's own cache, with an entry naming it", async () => {
    const worker = loadWorker(pages);
    const reply = await worker.send({ type: 'mztj-save', route: ROUTE, urls });
    const assets = ['/_astro/route.css', '/_astro/m.js', '/_astro/unit.css'];
    expect(reply).toEqual({ ok: true, count: urls.length + assets.length });
    const store = worker.stores.get(offlineCacheName('r1'));
    expect([...(store?.keys() ?? [])]).toEqual([...urls, ...assets, OFFLINE_META_PATH]);
    expect(savedRouteOf(JSON.parse(store?.get(OFFLINE_META_PATH) ?? 'null'))).toMatchObject({
      ...ROUTE,
      count: urls.length + assets.length,
    });
  });

  it('replaces an earlier copy of the same route and leaves other routes alone', async () => {
    const worker = loadWorker(pages, [offlineCacheName('r1'), offlineCacheName('r2')]);
    worker.stores.get(offlineCacheName('r1'))?.set('/units/gone/', 'old');
    await worker.send({ type: 'mztj-save', route: ROUTE, urls });
    expect(worker.stores.get(offlineCacheName('r1'))?.has('/units/gone/')).toBe(false);
    expect(worker.stores.has(offlineCacheName('r2'))).toBe(true);
  });

  it('saves all or nothing: a file that fails to load is reported, and the earlier copy stays as it was', async () => {
    const worker = loadWorker({ '/routes/r1/': pages['/routes/r1/'] }, [offlineCacheName('r1')]);
    worker.stores.get(offlineCacheName('r1'))?.set('/routes/r1/', 'earlier');
    const reply = await worker.send({ type: 'mztj-save', route: ROUTE, urls: ['/routes/r1/', '/units/a/'] });
    expect(reply).toEqual({ ok: false, error: 'Error: /units/a/: HTTP 404' });
    expect([...(worker.stores.get(offlineCacheName('r1'))?.entries() ?? [])]).toEqual([['/routes/r1/', 'earlier']]);
  });

  it.each([
    ['no route', { type: 'mztj-save', urls }],
    ['a route id that could name another cache', { type: 'mztj-save', route: { ...ROUTE, id: '../x' }, urls }],
    ['a route path to another site', { type: 'mztj-save', route: { ...ROUTE, path: 'https://evil.example/' }, urls }],
    ['another message type', { type: 'other', route: ROUTE, urls }],
  ])('ignores a message with %s', async (_, message) => {
    const worker = loadWorker(pages);
    expect(await worker.send(message)).toBe('no reply');
    expect(worker.stores.size).toBe(0);
  });

  it("deletes earlier versions' caches when it activates, and keeps the saved routes of this one", async () => {
    const other = 'someone-elses-cache';
    const worker = loadWorker(pages, [
      'mztj-offline-v1',
      `${OFFLINE_CACHE_PREFIX}v0-r1`,
      offlineCacheName('r1'),
      other,
    ]);
    let done: Promise<unknown> = Promise.resolve();
    worker.listeners.get('activate')?.({ waitUntil: (promise: Promise<unknown>) => (done = promise) });
    await done;
    expect([...worker.stores.keys()]).toEqual([offlineCacheName('r1'), other]);
  });
});

describe('savedRouteOf', () => {
  const entry = { ...ROUTE, savedAt: '2026-12-01T08:00:00.000Z', count: 9 };
  it('reads back what the worker wrote', () => expect(savedRouteOf(entry)).toEqual(entry));
  it.each([
    ['nothing', null],
    ['text', 'x'],
    ['no name', { ...entry, name: undefined }],
    ['a path to another site', { ...entry, path: '//evil.example/' }],
    ['a path that is not one', { ...entry, path: 'javascript:alert(1)' }],
    ['a date that is not one', { ...entry, savedAt: 'yesterday' }],
  ])('refuses %s', (_, value) => expect(savedRouteOf(value)).toBeUndefined());
});
