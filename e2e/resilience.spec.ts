/**
 * The real site when things go wrong: JavaScript off, the search index missing, a slow 3G
 * connection. Each page type stays readable and says what is missing instead of breaking.
 * (Tiles failing: map.spec.ts; directory facets and search without JavaScript: filters.spec.ts,
 * search.spec.ts.)
 */
import { expect, type Page, test } from '@playwright/test';
import { readCollection, REAL_CONTENT } from './support/content';
import { interceptTiles } from './support/map';

const stories = readCollection(REAL_CONTENT, 'stories');
const units = readCollection(REAL_CONTENT, 'units');
const story = stories[0];
const unit = units.find((u) => u.data.location);
const located = units.filter((u) => u.data.location);

const PAGES = [
  '/',
  '/about/',
  '/stories/',
  `/stories/${story?.id}/`,
  `/stories/${story?.id}/press/`,
  '/units/',
  '/units/category/community/',
  `/units/${unit?.id}/`,
  '/routes/',
  '/map/',
  '/plan/',
  '/search/',
  `/embed/stories/${story?.id}/`,
  `/embed/units/${unit?.id}/`,
];

const mainText = (page: Page) => page.locator('main, body').first().innerText();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page type shows its heading and text, and links onward', async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.locator('h1').first(), path).toBeVisible();
      expect((await mainText(page)).length, `${path}: readable text`).toBeGreaterThan(60);
      // Embeds link to the site with absolute URLs (they open outside the frame).
      const links = page.locator('a[href^="/"]:visible, a[href^="http://localhost"]:visible');
      expect(await links.count(), `${path}: links onward`).toBeGreaterThan(0);
    }
  });

  test('from the home page, links alone lead to a story and to a unit', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '典型经验' }).click();
    await expect(page).toHaveURL(/\/stories\/$/);
    await page
      .getByRole('main')
      .getByRole('link', { name: String(story?.data.title) })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(story?.data.title));
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '示范单位与地点' }).click();
    await page
      .getByRole('main')
      .getByRole('link', { name: String(unit?.data.name), exact: true })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(unit?.data.name));
  });

  test('the map page lists every located unit by region, with links', async ({ page }) => {
    await page.goto('/map/');
    for (const u of located) {
      await expect(
        page
          .getByRole('main')
          .getByRole('link', { name: String(u.data.name), exact: true })
          .first(),
      ).toBeVisible();
    }
    await expect(page.locator('.leaflet-container')).toHaveCount(0);
  });
});

test('a missing search index (404): the search page says so and offers the directories', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/search/?q=团结');
  await expect(page.getByRole('alert')).toContainText('搜索索引未能加载', { timeout: 15_000 });
  await expect(page.getByRole('alert').getByRole('link', { name: '示范单位与地点' })).toBeVisible();
});

test.describe('on a slow 3G connection', () => {
  /** Chromium's network emulation: 400 ms round trips, 400 kbit/s down (Lighthouse's slow 4G is 4× that). */
  async function slow3g(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: (400 * 1024) / 8,
      uploadThroughput: (400 * 1024) / 8,
    });
  }

  test('a story is readable as soon as its HTML has arrived', async ({ page }) => {
    test.setTimeout(60_000);
    await slow3g(page);
    await page.goto(`/stories/${story?.id}/`, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(story?.data.title));
    await expect(page.locator('main p').first()).toBeVisible();
  });

  test('the map page shows its list while the map loads, then the map', async ({ page }) => {
    test.setTimeout(90_000);
    await interceptTiles(page);
    await slow3g(page);
    await page.goto('/map/', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page
        .getByRole('main')
        .getByRole('link', { name: String(located[0]?.data.name), exact: true })
        .first(),
    ).toBeVisible();
    await expect(page.locator('mz-point-map .leaflet-container')).toBeVisible({ timeout: 60_000 });
  });
});
