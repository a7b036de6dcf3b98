import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { offlineUrls, pageAssets } from '../../../src/lib/plan/offline';

type Listener = (event: unknown) => void;

/**
 * public/sw.js as it ships, run in a sandbox: a worker scope that records its listeners, a network
 * that serves `pages`, and a cache that records what is put in it.
 */
function loadWorker(pages: Record<string, { type: string; body: string }> = {}) {
  const listeners = new Map<string, Listener>();
  const cached: string[] = [];
  const cache = {
    put: async (url: URL) => void cached.push(url.pathname),
    addAll: async (paths: string[]) => void cached.push(...paths),
  };
  const context = createContext({
    URL,
    Response,
    self: {
      location: { origin: 'https://example.org' },
      addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    },
    caches: { open: async () => cache },
    fetch: async (url: URL) => {
      const page = pages[url.pathname];
      return page
        ? new Response(page.body, { headers: { 'content-type': page.type } })
        : new Response('', { status: 404 });
    },
  });
  runInContext(readFileSync(new URL('../../../public/sw.js', import.meta.url), 'utf8'), context);
  const workerPageAssets = runInContext('pageAssets', context) as (html: string) => string[];
  return { listeners, cached, pageAssets: (html: string) => [...workerPageAssets(html)] };
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

describe('the shipped service worker', () => {
  it('saves the pages it is given and the assets pageAssets() finds in them, and says how many', async () => {
    const urls = offlineUrls('r1', ['a'], ['gpx']);
    const html = (css: string) =>
      `<link rel="stylesheet" href="/_astro/${css}.css"><script src="/_astro/m.js"></script>`;
    const pages = {
      '/routes/r1/': { type: 'text/html; charset=utf-8', body: html('route') },
      '/units/a/': { type: 'text/html; charset=utf-8', body: html('unit') },
      '/exports/routes/r1.gpx': { type: 'application/gpx+xml; charset=utf-8', body: '<gpx href="/_astro/no.js"/>' },
    };
    const worker = loadWorker(pages);
    const reply = await new Promise<unknown>((resolve) => {
      worker.listeners.get('message')?.({
        data: { type: 'mztj-save', urls },
        ports: [{ postMessage: resolve }],
        waitUntil: () => undefined,
      });
    });
    const assets = [
      ...new Set(
        Object.values(pages).flatMap((page) => (page.type.startsWith('text/html') ? pageAssets(page.body) : [])),
      ),
    ];
    expect(worker.cached).toEqual([...urls, ...assets]);
    expect(JSON.parse(JSON.stringify(reply))).toEqual({ ok: true, count: urls.length + assets.length });
  });

  it('reports a page that fails to load instead of saving part of the route silently', async () => {
    const worker = loadWorker({});
    const reply = await new Promise<unknown>((resolve) => {
      worker.listeners.get('message')?.({
        data: { type: 'mztj-save', urls: ['/routes/r1/'] },
        ports: [{ postMessage: resolve }],
        waitUntil: () => undefined,
      });
    });
    expect(JSON.parse(JSON.stringify(reply))).toEqual({ ok: false, error: 'Error: /routes/r1/: HTTP 404' });
  });
});
