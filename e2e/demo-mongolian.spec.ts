/**
 * Names in traditional Mongolian script on the demo build (demo-point-01, 06, … and
 * demo-story-00001, 00011, … carry a fictional one): written vertically beside the title, marked
 * as Mongolian, labelled for screen readers, never widening a 320 px screen, in the system's
 * Mongolian font with no web font downloaded; and nothing of it on pages without a name.
 */
import { expect, type Page, test } from '@playwright/test';
import { axeViolations, preloadAxe } from './support/axeSweep';
import { DEMO_CONTENT, readCollection } from './support/content';
import { validateBuild } from './support/validateBuild';

type Named = { mongolianName?: { text: string } };
const nameOf = (collection: 'units' | 'stories', id: string) =>
  (readCollection(DEMO_CONTENT, collection).find((entry) => entry.id === id)?.data as Named | undefined)?.mongolianName
    ?.text;

const PAGES = [
  { path: '/units/demo-point-01/', text: nameOf('units', 'demo-point-01') },
  { path: '/stories/demo-story-00001/', text: nameOf('stories', 'demo-story-00001') },
];

const mongolian = (page: Page) => page.getByRole('main').locator('header [lang="mn-Mong"]');

test('the demo data set gives a unit and a story a Mongolian name (run npm run build:demo)', () => {
  for (const { path, text } of PAGES) expect(text, path).toMatch(/^[\u1800-\u18AF][\u1800-\u18AF \u202F]*$/u);
  expect(nameOf('units', 'demo-point-02')).toBeUndefined();
});

for (const { path, text } of PAGES) {
  test(`${path}: the Mongolian name stands vertically beside the title, marked and labelled`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    const name = mongolian(page);
    await expect(name).toHaveText(text ?? '');
    await expect(name).toHaveAttribute('lang', 'mn-Mong');
    expect(await name.evaluate((el) => getComputedStyle(el).writingMode)).toBe('vertical-lr');
    expect(await name.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Mongolian');

    // Screen readers hear what it is before the name itself; the label is visually hidden.
    const block = page.getByRole('main').locator('[data-mongolian-name]');
    await expect(block).toMatchAriaSnapshot(`- paragraph: "蒙古文名称： ${text}"`);
    const label = block.getByText('蒙古文名称：');
    expect(await label.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    expect((await label.boundingBox())?.width).toBeLessThanOrEqual(1);

    // Beside the title: left of its text (the heading's box runs under the float; its lines do
    // not), at the same height, and taller than wide (a vertical column).
    const nameBox = await block.boundingBox();
    const titleText = await page.getByRole('heading', { level: 1 }).evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const { x, y, height } = range.getBoundingClientRect();
      return { x, y, height };
    });
    if (!nameBox) throw new Error('name not laid out');
    expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(titleText.x);
    expect(nameBox.y).toBeLessThan(titleText.y + titleText.height);
    expect(nameBox.height).toBeGreaterThan(nameBox.width);

    // Machines get it too, tagged as Mongolian in its traditional script.
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(ld.join('')).toContain(JSON.stringify({ '@value': text, '@language': 'mn-Mong' }).slice(1, -1));
  });

  test(`${path}: on a 320 px screen the name fits and the page does not scroll sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const block = page.getByRole('main').locator('[data-mongolian-name]');
    await expect(block).toBeVisible();
    const box = await block.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const titleBox = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(titleBox && titleBox.x + titleBox.width <= 320).toBe(true);
  });

  test(`${path}: no font file is downloaded for the Mongolian name`, async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font' || /\.(?:woff2?|ttf|otf|eot)(?:[?#]|$)/i.test(request.url())) {
        fonts.push(request.url());
      }
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(mongolian(page)).toBeVisible();
    expect(fonts).toEqual([]);
    // Nor does any stylesheet declare one.
    const faces = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule).map((rule) => rule.cssText),
      ),
    );
    expect(faces).toEqual([]);
  });
}

test('the pages with a Mongolian name pass axe at 320 px and wide', async ({ page }) => {
  test.setTimeout(120_000);
  await preloadAxe(page);
  const problems: string[] = [];
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const { path } of PAGES) {
      await page.goto(path);
      problems.push(...(await axeViolations(page, `${path} (${width} px)`)));
    }
  }
  expect(problems).toEqual([]);
});

test('a page without a Mongolian name carries none of its markup or rules', async ({ page }) => {
  for (const path of ['/units/demo-point-02/', '/stories/demo-story-00002/']) {
    await page.goto(path);
    await expect(page.locator('[lang="mn-Mong"]')).toHaveCount(0);
    expect(await page.content()).not.toContain('mn-name');
  }
});

test('a unit is found in search by its Mongolian name', async ({ page }) => {
  const text = nameOf('units', 'demo-point-01') ?? '';
  await page.goto(`/search/?q=${encodeURIComponent(text)}`);
  const first = page.getByRole('main').getByRole('list').last().getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText('示例示范点 01', { timeout: 15_000 });
  await expect(first.locator('mark[lang="mn-Mong"]')).toHaveText(text);
});

test('the pages with a Mongolian name are valid HTML', async () => {
  expect(
    await validateBuild(['dist-demo/units/demo-point-01/index.html', 'dist-demo/stories/demo-story-00001/index.html']),
  ).toEqual([]);
});
