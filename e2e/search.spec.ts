/**
 * Search in the browser: the header's search dialog (click and `/` key), the search page with its
 * state in the URL, what it says with no results, without the index and without JavaScript, and
 * a few recall queries end to end. The full recall set runs in Node (tests/search/).
 */
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { axeViolations, preloadAxe } from './support/axeSweep';
import { storyTitle } from './support/content';

/** The first search loads Pagefind and its index: allow for a busy machine. */
const expect = baseExpect.configure({ timeout: 15_000 });

const dialog = (page: Page) => page.getByRole('dialog', { name: '搜索全站' });
const openButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: '搜索' });
const results = (scope: ReturnType<Page['getByRole']> | Page) => scope.getByRole('listitem');
const pageForm = (page: Page) => page.getByRole('main').getByRole('search', { name: '搜索内容' });

test.describe('header search', () => {
  test('opens on click, finds a unit by its short name, announces the count, and closes with Escape', async ({
    page,
  }) => {
    await page.goto('/stories/');
    await openButton(page).click();
    await expect(dialog(page)).toBeVisible();
    const box = dialog(page).getByRole('searchbox', { name: '搜索内容' });
    await expect(box).toBeFocused();
    await box.fill('团结广场');
    await expect(dialog(page).getByRole('status')).toHaveText(/“团结广场”：找到 \d+ 条结果/);
    const first = results(dialog(page)).first();
    await expect(first.getByRole('link')).toHaveText('青山区团结广场');
    await expect(first).toContainText('示范单位');
    await expect(first).toContainText('包头市');

    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(openButton(page)).toBeFocused();
  });

  test('opens on the / key, but not while typing in a field', async ({ page }) => {
    await page.goto('/units/bt-tuanjie-square/');
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    const box = dialog(page).getByRole('searchbox');
    await box.pressSequentially('32/');
    await expect(box).toHaveValue('32/');
    await expect(dialog(page)).toBeVisible();
  });

  test('Enter in the dialog opens the search page with the query in the URL', async ({ page }) => {
    await page.goto('/');
    await openButton(page).click();
    await dialog(page).getByRole('searchbox').fill('红石榴');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E7%BA%A2%E7%9F%B3%E6%A6%B4$/);
    await expect(pageForm(page).getByRole('searchbox')).toHaveValue('红石榴');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/“红石榴”：找到 \d+ 条结果/);
  });

  test('pages load no search code or index until search is used', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/stories/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/') || path.includes('/search'))).toEqual([]);
    await openButton(page).click();
    await dialog(page).getByRole('searchbox').fill('蒙牛');
    await expect(results(dialog(page)).first()).toBeVisible();
    expect(requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  });

  test('the opened dialog with results passes axe', async ({ page }) => {
    await preloadAxe(page);
    await page.goto('/about/');
    await openButton(page).click();
    await dialog(page).getByRole('searchbox').fill('红石榴');
    await expect(results(dialog(page)).first()).toBeVisible();
    expect(await axeViolations(page, '/about/ (search dialog open)')).toEqual([]);
  });
});

test.describe('search page', () => {
  test('query and filters come from the URL, and changes go back into it', async ({ page }) => {
    await page.goto('/search/?q=红石榴&type=unit');
    const form = pageForm(page);
    await expect(form.getByRole('searchbox')).toHaveValue('红石榴');
    await expect(form.getByRole('combobox', { name: '类型' })).toHaveValue('unit');
    const list = page.getByRole('main').getByRole('list').last();
    await expect(results(list).first()).toBeVisible();
    for (const text of await results(list).allTextContents()) expect(text).toContain('示范单位');

    // Keyboard only: focus the type filter and pick 故事.
    await form.getByRole('combobox', { name: '类型' }).focus();
    await form.getByRole('combobox', { name: '类型' }).selectOption('story');
    await expect(page).toHaveURL(/\?q=%E7%BA%A2%E7%9F%B3%E6%A6%B4&type=story$/);
    await expect(results(list).first()).toContainText('故事');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/找到 \d+ 条结果/);
  });

  test('results show a highlighted excerpt', async ({ page }) => {
    await page.goto('/search/?q=拉话话');
    const first = results(page.getByRole('main').getByRole('list').last()).first();
    await expect(first).toContainText('拉话话');
    await expect(first.locator('mark').first()).toBeVisible();
  });

  test('the page loads the search engine and its main index while idle, before anything is typed', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/search/');
    await expect.poll(() => requested).toContain('/pagefind/pagefind-entry.json');
    expect(requested).toContain('/search/names.json');
    await expect(pageForm(page).getByRole('searchbox')).not.toBeFocused();
  });

  test('with Save-Data on, nothing loads until the field is used', async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
    );
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/search/');
    await page.waitForLoadState('networkidle');
    // Past the longest wait for an idle moment (3 s).
    await page.waitForTimeout(3500);
    expect(requested.filter((path) => path.startsWith('/pagefind/') || path === '/search/names.json')).toEqual([]);
    await pageForm(page).getByRole('searchbox').fill('红石榴');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/“红石榴”：找到 \d+ 条结果/);
  });

  test('a link with an unknown filter says what was ignored and still searches', async ({ page }) => {
    await page.goto('/search/?q=蒙牛&region=atlantis');
    await expect(page.getByText('网址中的搜索条件“region=atlantis”无法识别，已忽略。')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: '蒙牛乳业（集团）股份有限公司' })).toBeVisible();
  });

  test('no results: suggests a shorter word and the directories', async ({ page }) => {
    await page.goto('/search/?q=火箭舰艇');
    const main = page.getByRole('main');
    await expect(main.getByRole('status')).toHaveText('“火箭舰艇”：找到 0 条结果');
    await expect(main.getByText('没有找到与“火箭舰艇”相关的内容。')).toBeVisible();
    await expect(main.getByRole('link', { name: '火箭' })).toBeVisible();
    await expect(main.getByRole('link', { name: '精品线路' }).first()).toBeVisible();
  });

  test('with every story in the main index, nothing mentions older stories', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/search/?q=民族团结');
    const main = page.getByRole('main');
    await expect(main.getByRole('status')).toHaveText(/“民族团结”：找到 [1-9]\d* 条结果/);
    await expect(main.getByText(/已搜索最近/)).toBeHidden();
    await expect(main.getByRole('button', { name: /更早/ })).toHaveCount(0);
    await expect(page).toHaveURL(/\?q=[^&]+$/);
    expect(requested.filter((path) => /^\/pagefind\/stories-/.test(path))).toEqual([]);
  });

  test('when the index cannot be loaded, the page says so', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/search/?q=蒙牛');
    await expect(page.getByRole('alert')).toContainText('搜索索引未能加载');
    await expect(page.getByRole('alert').getByRole('link', { name: '典型经验' })).toBeVisible();
  });

  test('with results it passes axe', async ({ page }) => {
    await preloadAxe(page);
    await page.goto('/search/?q=民委&sort=date');
    await expect(results(page.getByRole('main').getByRole('list').last()).first()).toBeVisible();
    expect(await axeViolations(page, '/search/?q=民委')).toEqual([]);
  });
});

test.describe('search off the main thread', () => {
  /** The files this document itself fetched (a worker's requests are in its own timeline, not the page's). */
  const fetchedByPage = (page: Page) =>
    page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));

  test('Pagefind loads and searches in the search worker, not in the page', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/search/?q=拉话话');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/“拉话话”：找到 [1-9]\d* 条结果/);
    await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
    expect(workers.filter((url) => /^\/_astro\/searchWorker-[\w-]+\.js$/.test(url))).toHaveLength(1);
    expect(requested).toContain('/pagefind/pagefind.js');
    expect((await fetchedByPage(page)).filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  });

  test('where the worker cannot start, the page searches by itself', async ({ page }) => {
    await page.route('**/_astro/searchWorker-*.js', (route) => route.abort());
    await page.goto('/search/?q=拉话话');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/“拉话话”：找到 [1-9]\d* 条结果/);
    await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
    expect(await fetchedByPage(page)).toContain('/pagefind/pagefind.js');
    await expect(page.getByRole('alert')).toBeHidden();
  });

  test('pinyin being composed in an input method is not searched; the characters it gives are', async ({ page }) => {
    await page.goto('/search/');
    const box = pageForm(page).getByRole('searchbox');
    await box.focus();
    const cdp = await page.context().newCDPSession(page);
    // As a pinyin input method does: letters shown in the field while the reader picks characters.
    await cdp.send('Input.imeSetComposition', { text: 'tuanjie', selectionStart: 7, selectionEnd: 7 });
    await expect(box).toHaveValue('tuanjie');
    // Longer than the pause after typing: a search would have run by now.
    await page.waitForTimeout(600);
    await expect(page.getByRole('main').getByRole('status')).toHaveText('');
    await expect(page).toHaveURL(/\/search\/$/);
    await cdp.send('Input.insertText', { text: '团结' });
    await expect(box).toHaveValue('团结');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/“团结”：找到 [1-9]\d* 条结果/);
    await expect(page).toHaveURL(/\?q=%E5%9B%A2%E7%BB%93$/);
  });
});

test.describe('recall in the browser', () => {
  const cases: [query: string, title: string][] = [
    ['“拉话话”', storyTitle('baotou-mw-urban-ethnic-work')],
    ['2.8亿次', storyTitle('keyouqian-media-centre')],
    ['巴彦淖尔电业局', '巴彦淖尔供电公司'],
  ];
  for (const [query, title] of cases) {
    test(`“${query}” finds ${title}`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('main').getByRole('link', { name: title, exact: true }).first()).toBeVisible();
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links the directories', async ({ page }) => {
    await page.goto('/search/?q=蒙牛');
    const main = page.getByRole('main');
    await expect(main.getByText('搜索需要浏览器启用 JavaScript')).toBeVisible();
    for (const name of ['典型经验', '示范单位与地点', '精品线路']) {
      await expect(main.getByRole('link', { name, exact: true }).first()).toBeVisible();
    }
    await expect(main.getByRole('searchbox')).toBeDisabled();
  });

  test('the header links to the search page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
  });
});
