/**
 * What each page type of the real site must show: a story with its key figures, source and
 * units; units with an approximate and with an unknown location; the routes page that admits the
 * routes are unknown; the about page; and the home page's counts, checked against content/.
 */
import { expect, type Locator, test } from '@playwright/test';
import { POINT_STATUSES, readCollection, REAL_CONTENT, storyTitle } from './support/content';

const stories = readCollection(REAL_CONTENT, 'stories');
const units = readCollection(REAL_CONTENT, 'units');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The value (`<dd>`) given for a term (`<dt>`) of a description list. Terms have no accessible name: match their text. */
const definitionOf = (scope: Locator, term: string) =>
  scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) })
    .locator('xpath=following-sibling::dd[1]');

test.describe('story page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/stories/baotou-mw-urban-ethnic-work/');
  });

  test('shows the key figures', async ({ page }) => {
    const figures = page.getByRole('region', { name: '关键数据' });
    await expect(figures.getByRole('heading', { level: 2, name: '关键数据' })).toBeVisible();
    await expect(definitionOf(figures, '打造“红石榴家园”')).toHaveText('70个');
    await expect(definitionOf(figures, '提供就业岗位')).toHaveText('11.1万个');
    const story = stories.find((s) => s.id === 'baotou-mw-urban-ethnic-work');
    await expect(figures.getByRole('term')).toHaveCount((story?.data.keyFigures as unknown[]).length);
  });

  test('cites its source with a link to the original report', async ({ page }) => {
    const source = page.getByRole('complementary', { name: '原报道出处' });
    await expect(source).toContainText('内蒙古日报，2022年10月14日，第08版，自治区民委供稿。');
    await expect(source).toContainText('原题：《奋力开创城市民族工作新局面》');
    await expect(source.getByRole('link', { name: '查看原报道' })).toHaveAttribute(
      'href',
      'http://szb.northnews.cn/nmgrb/html/2022-10/14/content_39113_192638.htm',
    );
  });

  test('lists its related units, in the story’s order, linking to their pages', async ({ page }) => {
    const story = stories.find((s) => s.id === 'baotou-mw-urban-ethnic-work');
    const ids = (story?.data.units ?? []) as string[];
    expect(ids.length).toBeGreaterThan(0);
    const names = ids.map((id) => units.find((u) => u.id === id)?.data.name as string);

    const related = page.getByRole('region', { name: '相关单位与地点' });
    const items = related.getByRole('listitem');
    await expect(items).toHaveCount(ids.length);
    for (const [i, id] of ids.entries()) {
      await expect(items.nth(i).getByRole('link', { name: names[i], exact: true })).toHaveAttribute(
        'href',
        `/units/${id}/`,
      );
    }
  });
});

test('a unit with an approximate location says so and by how much', async ({ page }) => {
  await page.goto('/units/bt-tuanjie-square/');
  const location = page.getByRole('region', { name: '位置', exact: true });
  await expect(definitionOf(location, '坐标（WGS84）')).toHaveText('北纬 40.655°，东经 109.880°');
  await expect(definitionOf(location, '精度')).toContainText('近似位置，约±2公里');
  await expect(location).toContainText('这是近似位置，实际地点可能在所示坐标约±2公里的范围内，不能用于导航。');
});

test('a unit without a location says it is unknown and shows no coordinates', async ({ page }) => {
  await page.goto('/units/bt-chuangke-center/');
  const location = page.getByRole('region', { name: '位置', exact: true });
  await expect(location).toContainText('位置待补充');
  await expect(location.getByRole('term')).toHaveCount(0);
  await expect(location).not.toContainText('坐标');
  await expect(location).not.toContainText(/北纬|东经/);
});

test('a unit page lists the stories that name it', async ({ page }) => {
  await page.goto('/units/bt-tuanjie-square/');
  const related = page.getByRole('region', { name: '相关典型经验' });
  await expect(related.getByRole('heading', { level: 3 })).toHaveCount(1);
  await related.getByRole('link', { name: storyTitle('event-2022-baotou-huguan-huxue') }).click();
  await expect(page).toHaveURL(/\/stories\/event-2022-baotou-huguan-huxue\/$/);
  // …and that story links back to the unit.
  await expect(
    page.getByRole('region', { name: '相关单位与地点' }).getByRole('link', { name: '青山区团结广场' }),
  ).toBeVisible();

  await page.goto('/units/bt-gang38-community/');
  await expect(page.getByRole('region', { name: '相关典型经验' })).toContainText('暂无提到该单位的典型经验。');
});

test('the routes page says the five routes are unknown and invents none', async ({ page }) => {
  expect(readCollection(REAL_CONTENT, 'routes'), 'content/routes/ is empty').toHaveLength(0);
  await page.goto('/routes/');
  const unknown = page.getByRole('region', { name: '共 0 条' });
  await expect(unknown).toContainText(
    '这5条精品线路的名称、站点和顺序，目前没有找到公开来源，因此本站暂不发布线路，也不会编造线路。',
  );
  await expect(unknown.getByRole('listitem')).toHaveCount(3);
  const hrefs = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(
    hrefs.filter((href) => /^\/routes\/.+/.test(href ?? '')),
    'links to route pages',
  ).toEqual([]);
});

test('the about page explains sources, status, location precision and what is unknown', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于本站');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    '数据从哪里来',
    '“状态”是什么意思',
    '位置和精度',
    '还不知道的',
    '许可与转载',
    '发现错误',
  ]);
  await expect(page.getByRole('region', { name: '位置和精度' })).toContainText('约±2公里');
  await expect(page.getByRole('region', { name: '还不知道的' }).getByRole('listitem')).toHaveCount(4);
});

test('the home page counts match content/', async ({ page }) => {
  const points = units.filter((u) => u.data.region === '包头市' && POINT_STATUSES.includes(u.data.status as string));
  // The numbers this site was written for; a content change that moves them should be deliberate.
  expect([stories.length, units.length, points.length]).toEqual([8, 32, 6]);

  await page.goto('/');
  const counts = page.getByRole('region', { name: '本站收录' });
  const count = (n: number, label: string) => counts.getByRole('link', { name: new RegExp(`^${n}\\s*${label}`) });
  await expect(count(stories.length, '篇典型经验')).toHaveAttribute('href', '/stories/');
  await expect(count(units.length, '个单位与地点')).toHaveAttribute('href', '/units/');
  await expect(count(points.length, '个有来源可查的包头示范点（计划共40个）')).toBeVisible();
  await expect(count(0, '条已公开的精品线路（共5条）')).toHaveAttribute('href', '/routes/');

  // The totals agree with the pages they link to.
  await count(stories.length, '篇典型经验').click();
  await expect(page.getByRole('main')).toContainText(`共 ${stories.length} 篇`);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(stories.length);
  await page.goBack();
  await count(units.length, '个单位与地点').click();
  await expect(page.getByRole('main')).toContainText(`共 ${units.length} 个`);
});
