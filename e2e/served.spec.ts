/**
 * The site as nginx serves it with deploy/nginx/site.conf (scripts/serve-nginx.mjs): the security
 * headers on every page type; no Content Security Policy violation anywhere, with the map, search,
 * elder mode and embeds working under the policy; framing refused except for embeds; no request
 * leaving the site except for map tiles from the configured tile servers.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { DEMO_CONTENT, readCollection, REAL_CONTENT, ROOT } from './support/content';
import { interceptTiles, settleMaps } from './support/map';
import { type HostServer, hostDocument, startHost } from './support/hostServer';
import { NGINX_BINARY, NGINX_DEMO_URL, NGINX_REAL_PORT, NGINX_REAL_URL, rawRequest } from './support/nginx';

const stories = readCollection(REAL_CONTENT, 'stories');
const units = readCollection(REAL_CONTENT, 'units');
const story = stories[0]?.id;
const unit = units.find((u) => u.data.location)?.id;
const hasDemo = existsSync(join(ROOT, 'dist-demo', 'index.html'));
const route = hasDemo ? readCollection(DEMO_CONTENT, 'routes')[0]?.id : undefined;

interface PageType {
  name: string;
  url: string;
  /** What shows that the page works (its scripts ran where it has any). */
  ready?: (page: Page) => Promise<void>;
}

const searchReady = async (page: Page) => {
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/找到 \d+ 条结果/, { timeout: 15_000 });
};

const real = (path: string) => `${NGINX_REAL_URL}${path}`;
const demo = (path: string) => `${NGINX_DEMO_URL}${path}`;

const PAGE_TYPES: PageType[] = [
  { name: 'home', url: real('/') },
  { name: 'about', url: real('/about/') },
  { name: 'story directory', url: real('/stories/') },
  { name: 'story', url: real(`/stories/${story}/`) },
  { name: 'press pack', url: real(`/stories/${story}/press/`) },
  { name: 'unit directory', url: real('/units/') },
  { name: 'unit facet', url: real('/units/category/community/') },
  { name: 'unit', url: real(`/units/${unit}/`), ready: settleMaps },
  { name: 'route directory', url: real('/routes/') },
  { name: 'map', url: real('/map/'), ready: settleMaps },
  { name: 'planner', url: real('/plan/'), ready: settleMaps },
  { name: 'search', url: real(`/search/?q=${encodeURIComponent('团结广场')}`), ready: searchReady },
  { name: 'story embed', url: real(`/embed/stories/${story}/`) },
  { name: 'unit embed', url: real(`/embed/units/${unit}/`) },
  { name: '404', url: real('/no-such-page/') },
  ...(route
    ? [
        { name: 'route (demo)', url: demo(`/routes/${route}/`), ready: settleMaps },
        { name: 'route embed (demo)', url: demo(`/embed/routes/${route}/`) },
        { name: 'map (demo)', url: demo('/map/'), ready: settleMaps },
      ]
    : []),
];

/** Image sources the policy allows beyond the site: the configured tile servers. */
function tileOrigins(csp: string): string[] {
  const imgSrc = csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'img-src');
  return (imgSrc ?? []).slice(1).filter((source) => /^https?:\/\//.test(source));
}

test.beforeAll(() => {
  if (!NGINX_BINARY)
    throw new Error('nginx is not installed: apt-get install -y nginx (Debian), then run the tests again.');
});

test('the content and builds have what these tests rely on', () => {
  expect(story).toBeTruthy();
  expect(unit).toBeTruthy();
  expect(hasDemo, 'build the demo (npm run build:demo) so route pages are checked too').toBe(true);
  expect(route).toBeTruthy();
});

for (const type of PAGE_TYPES) {
  test(`${type.name}: security headers, no policy violation, requests stay on the site except tiles`, async ({
    page,
    request,
  }) => {
    const response = await request.get(type.url);
    expect(response.status()).toBe(type.name === '404' ? 404 : 200);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, 'Content-Security-Policy').toMatch(/script-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/object-src 'none'/);
    if (type.name.includes('embed')) {
      expect(csp).toMatch(/frame-ancestors \*(;|$)/);
      expect(headers['x-frame-options']).toBeUndefined();
    } else {
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(headers['x-frame-options']).toBe('DENY');
    }
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['cache-control']).toBe('no-cache');

    const tiles = tileOrigins(csp);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Refused to load: CSP ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    await interceptTiles(page);

    await page.goto(type.url);
    await expect(page.locator('h1').first()).toBeVisible();
    await type.ready?.(page);
    // The header's search dialog works under the policy on every page with a header.
    // (The search page's own form is checked by its `ready`.)
    if (!type.name.includes('embed') && type.name !== 'search') {
      // The inline head script ran (elder mode is chosen before the first paint) and the header's
      // elder-mode switch works.
      await expect(page.locator('html')).toHaveAttribute('data-mode', 'standard');
      const elder = page.getByRole('banner').getByRole('button', { name: '长者模式' });
      await elder.click();
      await expect(elder).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
      await page.getByRole('banner').getByRole('button', { name: '搜索' }).click();
      const box = page.getByRole('dialog', { name: '搜索全站' }).getByRole('searchbox');
      await box.fill('民族团结');
      await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/找到 \d+ 条结果/, {
        timeout: 15_000,
      });
    }
    expect(violations, 'Content Security Policy violations').toEqual([]);

    const origin = new URL(type.url).origin;
    const offSite = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
    const notTiles = offSite.filter((url) => !tiles.includes(new URL(url).origin));
    expect(notTiles, `requests leaving ${origin} other than tiles from ${tiles.join(' ')}`).toEqual([]);
    if (type.ready === settleMaps) expect(offSite.length, 'tile requests on a page with a map').toBeGreaterThan(0);
  });
}

/**
 * A page on another site (a small server on 127.0.0.1, a different origin from localhost) that
 * frames `src`. A real server: Chromium refuses to frame loopback pages into a document that came
 * from nowhere (a response made up by the test).
 */
async function hostFraming(page: Page, src: string): Promise<HostServer> {
  const host = await startHost(NGINX_REAL_PORT + 2);
  const url = host.page(
    '/article',
    hostDocument(`<iframe title="embedded" src="${src}" width="600" height="400"></iframe>`),
  );
  await page.goto(url);
  return host;
}

test.describe('framing', () => {
  // The two tests share the host server's port.
  test.describe.configure({ mode: 'serial' });

  test('a site page refuses to load in another site’s frame', async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors|X-Frame-Options/i.test(message.text())) refused.push(message.text());
    });
    const host = await hostFraming(page, real(`/stories/${story}/`));
    try {
      await expect.poll(() => refused.length).toBeGreaterThan(0);
      await expect(page.frameLocator('iframe').locator('main')).toHaveCount(0);
    } finally {
      await host.close();
    }
  });

  test('an embed loads in another site’s frame', async ({ page }) => {
    const host = await hostFraming(page, real(`/embed/stories/${story}/`));
    try {
      await expect(page.frameLocator('iframe').locator('h1')).toHaveText(String(stories[0]?.data.title));
    } finally {
      await host.close();
    }
  });
});

test('unknown URLs get the 404 page with the page headers', async ({ request }) => {
  const response = await request.get(real('/stories/no-such-story/'));
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('lang="zh-CN"');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

/** The security headers of a site page, as every response must carry them. */
function expectPageHeaders(headers: Record<string, string>, what: string) {
  expect(headers['content-security-policy'], what).toMatch(/script-src 'self'/);
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['strict-transport-security'], what).toMatch(/max-age=\d{7,}/);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
}

test('errors nginx answers itself (400, 414) carry the security headers too', async ({ request }) => {
  const tooLong = await request.get(real(`/stories/${'a'.repeat(20_000)}/`));
  expect(tooLong.status()).toBe(414);
  expectPageHeaders(tooLong.headers(), '414 URI too long');

  const malformed = await rawRequest(NGINX_REAL_PORT, 'GET / HTTP/1.1\r\nHost: bad host\r\nConnection: close\r\n\r\n');
  expect(malformed.status).toBe(400);
  expectPageHeaders(malformed.headers, '400 bad request');

  const refused = await request.post(real('/'), { data: 'x' });
  expect(refused.status()).toBe(405);
  expectPageHeaders(refused.headers(), '405 method not allowed');
});

test('hashed assets are immutable; route and point files have their types, compressed', async ({ request }) => {
  const html = await (await request.get(real('/'))).text();
  const asset = /(\/_astro\/[^"']+\.(?:css|js))/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  const assetResponse = await request.get(real(asset ?? ''));
  expect(assetResponse.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const types: [string, string][] = [
    ['/exports/points.gpx', 'application/gpx+xml; charset=utf-8'],
    ['/exports/points.kml', 'application/vnd.google-earth.kml+xml; charset=utf-8'],
    ['/exports/points.geojson', 'application/geo+json; charset=utf-8'],
    ['/feed.json', 'application/json; charset=utf-8'],
  ];
  for (const [path, type] of types) {
    const response = await request.get(real(path), { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
    expect(response.headers()['content-encoding'], path).toBe('gzip');
  }
  expect((await request.get(real('/_headers'))).status()).toBe(404);
  expect((await request.get(real('/_nginx/page-headers.conf'))).status()).toBe(404);
});
