/**
 * Nothing on the map page or the search page moves while it loads: the layout shift a reader
 * sees (CLS, from the browser's own `layout-shift` entries) stays under 0.01 on a phone and on a
 * desktop, with the map's tiles loading or failing and while search results arrive. The boxes the
 * scripts fill (the filter's count line, the map, the list, the results area) are in place from
 * the first paint: with the page's scripts blocked they stand where they stand once scripts ran.
 */
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { interceptTiles } from './support/map';

/** The first search loads Pagefind and its index: allow for a busy machine. */
const expect = baseExpect.configure({ timeout: 15_000 });

/** Most layout shift allowed; "good" is below 0.1. The pages measure 0 to 0.002 here. */
const MAX_SHIFT = 0.01;
const SEARCH = `/search/?q=${encodeURIComponent('团结')}`;

/** What moved, for the failure message: a short name of each shifted node and its boxes. */
interface Shift {
  value: number;
  sources: string[];
}

/**
 * Every layout shift of the page so far (no input happens in these tests), with what moved: the
 * sum is what is checked, the sources say where to look when it is too high.
 */
async function layoutShifts(page: Page): Promise<{ total: number; shifts: Shift[] }> {
  const shifts = await page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        const seen: Shift[] = [];
        const rect = (r: DOMRectReadOnly) =>
          `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
        const name = (node: Node | null) => {
          if (!(node instanceof Element)) return node?.nodeName ?? '(gone)';
          const id = node.id ? `#${node.id}` : '';
          const classes = [...node.classList]
            .slice(0, 3)
            .map((c) => `.${c}`)
            .join('');
          return `${node.tagName.toLowerCase()}${id}${classes}`;
        };
        type Entry = PerformanceEntry & {
          value: number;
          sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Entry[]) {
            seen.push({
              value: entry.value,
              sources: entry.sources.map(
                (s) =>
                  `${name(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)} at ${Math.round(entry.startTime)} ms`,
              ),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(seen), 200);
      }),
  );
  return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
}

/** Checks the page moved less than {@link MAX_SHIFT}; the message lists what moved. */
async function expectStill(page: Page) {
  const { total, shifts } = await layoutShifts(page);
  expect(total, `layout shifts:\n${JSON.stringify(shifts, null, 2)}`).toBeLessThan(MAX_SHIFT);
}

/** The map page, loaded until Leaflet has drawn its markers and the filter has counted. */
async function loadMap(page: Page) {
  await page.goto('/map/');
  await expect(page.locator('mz-map-filter [data-count]')).not.toBeEmpty();
  await page.locator('mz-point-map[data-markers]').waitFor({ state: 'attached' });
  // Tiles and Leaflet's stylesheet arrive after the markers.
  await page.waitForTimeout(500);
}

/** The search page for 团结, loaded until the results are listed. */
async function loadSearch(page: Page) {
  await page.goto(SEARCH);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/“团结”：找到 \d+ 条结果/);
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  await page.waitForTimeout(300);
}

/** Top and height of each element, in page coordinates. */
function boxes(page: Page, selectors: string[]) {
  return page.evaluate(
    (list) =>
      list.map((selector) => {
        const rect = document.querySelector(selector)?.getBoundingClientRect();
        return rect ? { selector, top: Math.round(rect.top + scrollY), height: Math.round(rect.height) } : { selector };
      }),
    selectors,
  );
}

/** The page as first painted, before any of its module scripts: they are refused. */
async function withoutModuleScripts(page: Page) {
  await page.route('**/_astro/*.js', (route) => route.abort());
}

for (const [name, viewport] of [
  ['phone (360×740)', { width: 360, height: 740 }],
  ['desktop (1280×720)', { width: 1280, height: 720 }],
] as const) {
  test.describe(name, () => {
    test.use({ viewport });

    test(`the map page does not shift while the map and its tiles load (CLS < ${MAX_SHIFT})`, async ({ page }) => {
      await interceptTiles(page);
      await loadMap(page);
      await expectStill(page);
    });

    test('when tiles fail, the notice lies over the map and nothing moves', async ({ page }) => {
      await interceptTiles(page, { fail: true });
      await loadMap(page);
      const notice = page.getByText('底图加载失败');
      await expect(notice).toBeVisible();
      await expectStill(page);
      const [box, map] = [
        await notice.boundingBox(),
        await page.locator('mz-point-map .leaflet-container').boundingBox(),
      ];
      if (!box || !map) throw new Error('notice or map not laid out');
      expect(box.y).toBeGreaterThanOrEqual(map.y);
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    });

    test(`the search page does not shift while results arrive (CLS < ${MAX_SHIFT})`, async ({ page }) => {
      await loadSearch(page);
      await expectStill(page);
    });

    test('the map page has its filter, count line, map and list where they end up before its scripts run', async ({
      page,
    }) => {
      const selectors = [
        'mz-map-filter form',
        'mz-map-filter [data-count]',
        'mz-point-map [data-map-canvas]',
        '#map-places',
        '#map-downloads',
      ];
      await interceptTiles(page);
      await loadMap(page);
      const after = await boxes(page, selectors);
      await withoutModuleScripts(page);
      await page.goto('/map/');
      await expect(page.locator('mz-point-map [data-map-canvas]')).toBeVisible();
      expect(await page.locator('mz-point-map[data-markers]').count()).toBe(0);
      const before = await boxes(page, selectors);
      expect(before).toEqual(after);
      expect(after.every((b) => (b.height ?? 0) > 0)).toBe(true);
    });

    test('the header has its navigation, search entry and elder-mode switch where they end up before its scripts run', async ({
      page,
    }) => {
      // The search entry is a link until the script makes it a button that opens the dialog.
      const header = () =>
        page.evaluate(() =>
          [
            'header nav',
            'mz-search-open [data-link]:not([hidden])',
            'mz-search-open [data-open]:not([hidden])',
            // A link to ?mode=elder until the script makes it a toggle button.
            'header a[data-mode-toggle], header button[aria-pressed]',
          ].flatMap((selector) => {
            const element = document.querySelector(selector);
            if (!element) return [];
            const { x, y, width, height } = element.getBoundingClientRect();
            return [[x, y, width, height].map(Math.round)];
          }),
        );
      await page.goto('/');
      await expect(page.locator('mz-search-open [data-open]')).toBeVisible();
      const after = await header();
      await withoutModuleScripts(page);
      await page.goto('/');
      await expect(page.locator('mz-search-open [data-link]')).toBeVisible();
      const before = await header();
      expect(after).toHaveLength(3);
      expect(before).toEqual(after);
    });

    test('the search page has its status line and a screen-tall results area before its script runs', async ({
      page,
    }) => {
      const selectors = ['mz-search form', 'mz-search [data-status]', 'mz-search [data-results]'];
      await loadSearch(page);
      const after = await boxes(page, selectors);
      await withoutModuleScripts(page);
      await page.goto(SEARCH);
      await expect(page.getByRole('main').getByRole('status')).toBeEmpty();
      const before = await boxes(page, selectors);
      // The form, the status line and the start of the results stand where they will be.
      expect(before).toEqual(after.map((b) => (b.selector === 'mz-search [data-results]' ? { ...b, height: 0 } : b)));
      // The footer starts below the screen from the first paint, so results do not push it.
      const footer = await page.getByRole('contentinfo').boundingBox();
      expect(footer?.y ?? 0).toBeGreaterThanOrEqual(viewport.height);
    });
  });
}
