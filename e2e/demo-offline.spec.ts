/**
 * Offline for the field (demo build): "保存离线使用" on a route page keeps the route, its stops'
 * pages and its files; with the network off, the route and a stop still open, styled, and the
 * route file still downloads. A page that was not saved does not.
 */
import { expect, test } from '@playwright/test';
import { DEMO_CONTENT, readCollection } from './support/content';

const route = readCollection(DEMO_CONTENT, 'routes')[0];
const stops = (route?.data.stops ?? []) as { unit: string }[];

test('a saved route reads without a network', async ({ page, context }) => {
  test.setTimeout(60_000);
  expect(stops.length).toBeGreaterThan(1);
  await page.goto(`/routes/${route?.id}/`);
  await page.getByRole('button', { name: '保存离线使用' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible({ timeout: 30_000 });

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(route?.data.name));
    await expect(page.getByRole('region', { name: '站点' }).getByRole('listitem')).toHaveCount(stops.length);
    // The stylesheet came from the cache too: the header is laid out, not plain text.
    expect(await page.locator('body').evaluate((body) => getComputedStyle(body).display)).toBe('flex');

    await page.locator(`a[href="/units/${stops[1]?.unit}/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/units/${stops[1]?.unit}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const gpx = await page.evaluate(async (path) => {
      const response = await fetch(path);
      return { status: response.status, text: await response.text() };
    }, `/exports/routes/${route?.id}.gpx`);
    expect(gpx.status).toBe(200);
    expect(gpx.text).toContain('<gpx');

    const unsaved = await page.goto('/about/').catch((error: Error) => error);
    expect(unsaved instanceof Error || (unsaved?.status() ?? 0) !== 200).toBe(true);
  } finally {
    await context.setOffline(false);
  }
});

test('saved routes are listed on this device and can be removed; an earlier version’s cache is cleaned up', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const routes = readCollection(DEMO_CONTENT, 'routes').slice(0, 2);
  expect(routes).toHaveLength(2);
  const [first, second] = routes.map((entry) => ({ id: entry.id, name: String(entry.data.name) }));
  await page.goto(`/routes/${first?.id}/`);
  // A cache left by an earlier version of the offline worker.
  await page.evaluate(async () => (await caches.open('mztj-offline-v1')).put('/old/', new Response('old')));

  const saved = page.getByRole('region', { name: '本设备上保存的线路' });
  await expect(saved).toBeHidden();
  for (const route of [first, second]) {
    await page.goto(`/routes/${route?.id}/`);
    await page.getByRole('button', { name: '保存离线使用' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: '更新离线副本' })).toBeVisible();
  }
  const cacheNames = () => page.evaluate(() => caches.keys());
  expect(await cacheNames()).not.toContain('mztj-offline-v1');

  // Newest first, each a link to its route with a button that names it.
  await expect(saved.getByRole('listitem')).toHaveCount(2);
  await expect(saved.getByRole('link')).toHaveText([String(second?.name), String(first?.name)]);
  await expect(saved.getByRole('link').first()).toHaveAttribute('href', `/routes/${second?.id}/`);

  await saved.getByRole('button', { name: `删除“${first?.name}”的离线副本` }).click();
  await expect(page.getByRole('status').filter({ hasText: '已删除' })).toHaveText(`已删除“${first?.name}”的离线副本。`);
  await expect(saved.getByRole('listitem')).toHaveCount(1);
  expect(await cacheNames()).toEqual([`mztj-offline-v2-${second?.id}`]);

  // The last one gone, the worker goes too: the site is as it was before anything was saved.
  await saved.getByRole('button', { name: `删除“${second?.name}”的离线副本` }).click();
  await expect(saved).toBeHidden();
  await expect(page.getByRole('button', { name: '保存离线使用' })).toBeVisible();
  expect(await cacheNames()).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
