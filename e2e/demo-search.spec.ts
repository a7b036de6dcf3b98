/**
 * Search over the demo build, which has what the real content lacks: routes, 40 points with short
 * names and aliases, and many stories. It has its own index in dist-demo/pagefind/.
 */
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { DEMO_CONTENT, readCollection } from './support/content';

/** The first search loads Pagefind and its index: allow for a busy machine. */
const expect = baseExpect.configure({ timeout: 15_000 });

const routes = readCollection(DEMO_CONTENT, 'routes');
const resultList = (page: Page) => page.getByRole('main').getByRole('list').last();
const status = (page: Page) => page.getByRole('main').getByRole('status');

test('a unit is found by its short name, first', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('示例点07')}`);
  await expect(resultList(page).getByRole('listitem').first().getByRole('link')).toHaveText('示例示范点 07');
});

test('the 线路 filter lists every route and nothing else', async ({ page }) => {
  await page.goto('/search/?type=route');
  await expect(status(page)).toHaveText(`找到 ${routes.length} 条结果`);
  const items = resultList(page).getByRole('listitem');
  await expect(items).toHaveCount(routes.length);
  for (const text of await items.allTextContents()) expect(text).toContain('线路');
});

test('stories sorted by date come newest first, and more results load on request', async ({ page }) => {
  await page.goto('/search/?type=story&sort=date');
  await expect(status(page)).toHaveText(/找到 \d+ 条结果/);
  const items = resultList(page).getByRole('listitem');
  await expect(items).toHaveCount(6);
  await page.getByRole('button', { name: '显示更多结果' }).click();
  await expect(items).toHaveCount(16);
  // The first new result takes focus, so keyboard users carry on from where they were.
  await expect(items.nth(6).getByRole('link')).toBeFocused();
});
