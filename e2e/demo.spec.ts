/**
 * The demo build (`npm run build:demo`, served from dist-demo/): every page says its data is
 * fictional, the five routes and their stops render from the data, the directory has all 40
 * points and the 2 sensitive facilities, and the HTML is valid.
 */
import { expect, type Page, test } from '@playwright/test';
import { DEMO_CONTENT, readCollection } from './support/content';
import { MISSING_PATH } from './support/sitemap';
import { builtPages, defineBuildChecks, servedPath } from './support/validateBuild';

const OUT_DIR = 'dist-demo';
const units = readCollection(DEMO_CONTENT, 'units');
const routes = readCollection(DEMO_CONTENT, 'routes');
const unitById = new Map(units.map((u) => [u.id, u]));

interface Stop {
  unit: string;
  minutes: number;
  directions?: string;
}

const banner = (page: Page) => page.getByRole('note').filter({ hasText: '示例数据' });

test('the demo data set is the one these tests expect (run npm run build:demo)', () => {
  expect(units.map((u) => u.id)).toEqual([
    ...Array.from({ length: 40 }, (_, i) => `demo-point-${String(i + 1).padStart(2, '0')}`),
    'demo-sensitive-01',
    'demo-sensitive-02',
  ]);
  expect(routes.map((r) => r.id)).toEqual([
    'demo-route-1',
    'demo-route-2',
    'demo-route-3',
    'demo-route-4',
    'demo-route-5',
  ]);
});

test('every page type shows the 示例数据 banner', async ({ page }) => {
  const paths = [
    '/',
    '/stories/',
    '/stories/demo-story-00001/',
    '/units/',
    '/units/demo-point-01/',
    '/units/region/baotou/',
    '/routes/',
    '/routes/demo-route-1/',
    '/about/',
  ];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(banner(page), path).toHaveCount(1);
    await expect(banner(page), path).toContainText('示例数据：本页内容为虚构的演示数据');
    await expect(banner(page), `${path}: the banner comes before the page content`).toBeInViewport();
  }
  const response = await page.goto(MISSING_PATH);
  expect(response?.status()).toBe(404);
  await expect(banner(page)).toBeVisible();
});

test('the routes page lists the 5 routes', async ({ page }) => {
  await page.goto('/routes/');
  await expect(page.getByRole('main')).toContainText('共 5 条');
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  await expect(links).toHaveCount(5);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')).sort());
  expect(hrefs).toEqual(routes.map((r) => `/routes/${r.id}/`));
  await expect(page.getByRole('region', { name: '共 0 条' })).toHaveCount(0);
});

test('a route page lists its stops in order with numbers, minutes and directions', async ({ page }) => {
  // demo-route-1 is the walking route; two of its stops have no location.
  const route = routes.find((r) => r.id === 'demo-route-1');
  const stops = (route?.data.stops ?? []) as Stop[];
  const withoutLocation = stops.filter((s) => !unitById.get(s.unit)?.data.location);
  expect(withoutLocation.length, 'stops without a location on demo-route-1').toBeGreaterThan(0);

  await page.goto('/routes/demo-route-1/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(route?.data.name as string);
  const items = page.getByRole('region', { name: '站点' }).getByRole('listitem');
  await expect(items).toHaveCount(stops.length);

  for (const [i, stop] of stops.entries()) {
    const item = items.nth(i);
    const name = unitById.get(stop.unit)?.data.name as string;
    await expect(item.getByRole('heading', { level: 3 }), `stop ${i + 1}`).toHaveText(`${i + 1}. ${name}`);
    await expect(item.getByRole('link', { name })).toHaveAttribute('href', `/units/${stop.unit}/`);
    await expect(item).toContainText(`停留 ${stop.minutes} 分钟`);
    const isLast = i === stops.length - 1;
    if (stop.directions && !isLast) await expect(item).toContainText(`前往下一站：${stop.directions}`);
    else await expect(item).not.toContainText('前往下一站');
    if (unitById.get(stop.unit)?.data.location) await expect(item).not.toContainText('位置待补充');
    else await expect(item).toContainText('位置待补充');
  }

  const total = stops.reduce((sum, s) => sum + s.minutes, 0);
  await expect(page.getByRole('main')).toContainText(`${stops.length} 站，参观时间合计约 ${total} 分钟`);
});

test('the unit directory lists the 40 demo points and the 2 sensitive facilities', async ({ page }) => {
  await page.goto('/units/');
  await expect(page.getByRole('main')).toContainText('共 42 个');
  const items = page.getByRole('main').getByRole('list').last().getByRole('listitem');
  await expect(items).toHaveCount(42);
  await expect(page.getByRole('status')).toHaveText('显示 42 / 42 个');
  const names = await items.getByRole('link').allTextContents();
  expect(names.map((n) => n.trim()).sort()).toEqual(units.map((u) => u.data.name as string).sort());
});

defineBuildChecks(OUT_DIR, 'npm run build:demo');

test('the demo build holds no real content', () => {
  const files = builtPages(OUT_DIR).map((file) => servedPath(file, OUT_DIR));
  const real = files.filter(
    (path) => /^\/(units|stories|routes)\/(?!demo-)[^/]+\/$/.test(path) && !/\/(region|category|status)\//.test(path),
  );
  expect(real).toEqual([]);
});
