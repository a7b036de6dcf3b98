/**
 * Getting around the real site: header navigation and links from the home page to every section,
 * the page shell every page shares (language, one h1, skip link, current nav item), and the 404 page.
 */
import { expect, type Page, test } from '@playwright/test';
import { MISSING_PATH, sitemapPaths } from './support/sitemap';
import { storyTitle } from './support/content';

const mainNav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

/** The header link of the current section is the only one marked, with `page` or `true`. */
async function expectCurrentNavItem(page: Page, name: string, current: 'page' | 'true') {
  const nav = mainNav(page);
  await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', current);
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
}

async function expectH1(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('header navigation and links lead from the home page to every section', async ({ page }) => {
  // A walk through every section, one page load after another: allow for a busy machine.
  test.setTimeout(120_000);
  await page.goto('/');
  await expectH1(page, '内蒙古民族团结进步创建典型经验与示范点');
  await expect(page.getByRole('link', { name: '民族团结进步创建', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(mainNav(page).locator('[aria-current]')).toHaveCount(0);

  await mainNav(page).getByRole('link', { name: '典型经验' }).click();
  await expect(page).toHaveURL(/\/stories\/$/);
  await expectH1(page, '典型经验');
  await expectCurrentNavItem(page, '典型经验', 'page');

  const story = storyTitle('baotou-mw-urban-ethnic-work');
  await page.getByRole('link', { name: story }).click();
  await expect(page).toHaveURL(/\/stories\/baotou-mw-urban-ethnic-work\/$/);
  await expectH1(page, story);
  await expectCurrentNavItem(page, '典型经验', 'true');

  const related = page.getByRole('region', { name: '相关单位与地点' });
  await related.getByRole('link', { name: '“齐心协力建包钢”展陈馆' }).click();
  await expect(page).toHaveURL(/\/units\/bt-qixinxieli-baogang-hall\/$/);
  await expectH1(page, '“齐心协力建包钢”展陈馆');
  await expectCurrentNavItem(page, '示范单位与地点', 'true');

  await mainNav(page).getByRole('link', { name: '示范单位与地点' }).click();
  await expect(page).toHaveURL(/\/units\/$/);
  await expectH1(page, '示范单位与地点');
  await expectCurrentNavItem(page, '示范单位与地点', 'page');

  await page.getByRole('link', { name: '青山区团结广场' }).click();
  await expect(page).toHaveURL(/\/units\/bt-tuanjie-square\/$/);
  await expectH1(page, '青山区团结广场');
  // The breadcrumb trail leads back to the directory.
  await expect(
    page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '示范单位与地点' }),
  ).toHaveAttribute('href', '/units/');

  await mainNav(page).getByRole('link', { name: '精品线路' }).click();
  await expect(page).toHaveURL(/\/routes\/$/);
  await expectH1(page, '精品线路');
  await expectCurrentNavItem(page, '精品线路', 'page');

  await mainNav(page).getByRole('link', { name: '关于本站' }).click();
  await expect(page).toHaveURL(/\/about\/$/);
  await expectH1(page, '关于本站');
  await expectCurrentNavItem(page, '关于本站', 'page');

  await page.getByRole('link', { name: '民族团结进步创建', exact: true }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
});

test('every page is zh-CN and has exactly one h1', async ({ request }) => {
  const problems: string[] = [];
  for (const path of [...(await sitemapPaths(request)), MISSING_PATH]) {
    const html = await (await request.get(path)).text();
    if (!/<html lang="zh-CN"[\s>]/.test(html)) problems.push(`${path}: <html> lacks lang="zh-CN"`);
    const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1s !== 1) problems.push(`${path}: ${h1s} h1 elements`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

/** One page of each type; they all render through BaseLayout, which holds the skip link. */
const PAGE_TYPES = [
  '/',
  '/stories/',
  '/stories/baotou-mw-urban-ethnic-work/',
  '/units/',
  '/units/bt-tuanjie-square/',
  '/units/region/baotou/',
  '/routes/',
  '/about/',
  MISSING_PATH,
];

test('on every page type the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  // One page load per page type: allow for a busy machine.
  test.setTimeout(120_000);
  for (const path of PAGE_TYPES) {
    await page.goto(path);
    const skip = page.getByRole('link', { name: '跳到正文' });
    await page.keyboard.press('Tab');
    await expect(skip, `${path}: the skip link is the first stop`).toBeFocused();
    // Visually hidden until focused: then it must be a real, readable box, not a 1px clip.
    expect((await skip.boundingBox())?.width ?? 0, `${path}: the focused skip link is visible`).toBeGreaterThan(20);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main'), `${path}: the skip link focuses <main>`).toBeFocused();
    await expect(page).toHaveURL(/#main$/);
  }
});

test('an unknown URL answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto(MISSING_PATH);
  expect(response?.status()).toBe(404);
  await expectH1(page, '页面不存在');
  await expect(page.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
  await expect(mainNav(page)).toBeVisible();
});
