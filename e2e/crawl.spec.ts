/**
 * The whole real build, crawled: no broken internal link, file or anchor; every page of the
 * sitemap answers 200 (e2e/support/crawl.ts).
 */
import { expect, test } from '@playwright/test';
import { crawl } from './support/crawl';
import { MISSING_PATH } from './support/sitemap';

test('no broken internal link or anchor anywhere in the site', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const report = await crawl(request, baseURL ?? '');
  console.log(`crawl: ${report.pages} pages, ${report.urls} URLs, ${report.anchors} anchors checked`);
  expect(report.problems).toEqual([]);
  expect(report.pages).toBeGreaterThan(100);
  expect(report.anchors).toBeGreaterThan(0);
});

test('an unknown URL gets the 404 page', async ({ page }) => {
  const response = await page.goto(MISSING_PATH);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
});
