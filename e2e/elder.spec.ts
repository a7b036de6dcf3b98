/**
 * Elder mode (长者模式) and read aloud (朗读) on the real site: the header switch by keyboard, kept
 * across reloads and pages; the `?mode=` link form and the `#elder` no-script form; axe, with the
 * AAA contrast rule, on the main page types in elder mode; no sideways scrolling at 320 px in either
 * mode; reading a story and a unit aloud with a stand-in speech engine.
 */
import { expect, type Page, test } from '@playwright/test';
import { axeViolations, enhancedContrastViolations, preloadAxe } from './support/axeSweep';
import { readCollection, REAL_CONTENT } from './support/content';
import { interceptTiles, settleMaps } from './support/map';

const story = readCollection(REAL_CONTENT, 'stories')[0];
const unit = readCollection(REAL_CONTENT, 'units').find((u) => u.data.location);
const PAGES = ['/', `/stories/${story?.id}/`, `/units/${unit?.id}/`, '/map/', '/plan/'];

const mode = (page: Page) => page.locator('html').getAttribute('data-mode');
/** Computed font size, in px, of the first element matching `selector`. */
const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('the content has what these tests rely on', () => {
  expect(story).toBeTruthy();
  expect(unit).toBeTruthy();
});

test.describe('elder mode', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the header switch works by keyboard and is kept on reload and on other pages', async ({ page }) => {
    await page.goto(`/stories/${story?.id}/`);
    const toggle = page.getByRole('banner').getByRole('button', { name: '长者模式' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await fontSize(page, '.prose-zh p')).toBeLessThan(18);

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await mode(page)).toBe('elder');
    expect(await fontSize(page, '.prose-zh p')).toBeGreaterThanOrEqual(18);
    expect(await fontSize(page, 'main .text-sm')).toBeGreaterThanOrEqual(18);

    await page.reload();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await fontSize(page, '.prose-zh p')).toBeGreaterThanOrEqual(18);

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关于本站' }).click();
    await expect(page).toHaveURL(/\/about\/$/);
    expect(await mode(page)).toBe('elder');
    expect(await fontSize(page, 'main p')).toBeGreaterThanOrEqual(18);

    // Off again with the space bar, and that too is kept.
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await fontSize(page, 'main p')).toBeLessThan(18);
    await page.goto('/');
    expect(await mode(page)).toBe('standard');
  });

  test('?mode=elder and ?mode=standard switch and are taken out of the address', async ({ page }) => {
    await page.goto('/about/?mode=elder');
    expect(await mode(page)).toBe('elder');
    expect(page.url()).not.toContain('mode=');
    expect(await fontSize(page, 'main p')).toBeGreaterThanOrEqual(18);
    await page.goto('/');
    expect(await mode(page)).toBe('elder');
    await expect(page.getByRole('button', { name: '长者模式' })).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/?mode=standard');
    expect(await mode(page)).toBe('standard');
    await page.goto('/about/');
    expect(await mode(page)).toBe('standard');

    // The planner's own `mode` (travel mode) is not elder mode's and stays in its address.
    await interceptTiles(page);
    await page.goto('/plan/?mode=walk');
    expect(await mode(page)).toBe('standard');
    expect(page.url()).toContain('mode=walk');
  });

  test('without JavaScript the header link turns elder mode on for the page, and off again', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`/stories/${story?.id}/`);
    expect(await fontSize(page, '.prose-zh p')).toBeLessThan(18);
    await page.getByRole('banner').getByRole('link', { name: '长者模式' }).click();
    await expect(page).toHaveURL(/\?mode=elder#elder$/);
    expect(await fontSize(page, '.prose-zh p')).toBeGreaterThanOrEqual(18);
    const colour = await page.locator('h1').evaluate((el) => getComputedStyle(el).color);
    expect(colour).toBe('rgb(0, 0, 0)');

    await page.goto(`/stories/${story?.id}/?mode=standard`);
    expect(await fontSize(page, '.prose-zh p')).toBeLessThan(18);
    await context.close();
  });

  test('axe finds nothing in elder mode, AAA contrast included, on the main page types', async ({ page }) => {
    test.setTimeout(90_000);
    await preloadAxe(page);
    await interceptTiles(page);
    const problems: string[] = [];
    for (const [index, path] of PAGES.entries()) {
      await page.goto(index === 0 ? `${path}?mode=elder` : path);
      expect(await mode(page), path).toBe('elder');
      await settleMaps(page);
      problems.push(...(await axeViolations(page, path)), ...(await enhancedContrastViolations(page, path)));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  for (const chosen of ['standard', 'elder']) {
    test(`nothing scrolls sideways at 320 px in ${chosen} mode`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 320, height: 640 });
      await interceptTiles(page);
      const wide: string[] = [];
      for (const [index, path] of PAGES.entries()) {
        await page.goto(index === 0 ? `${path}?mode=${chosen}` : path);
        expect(await mode(page), path).toBe(chosen);
        await settleMaps(page);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) wide.push(`${path}: ${scroll} px wide in ${client} px`);
      }
      expect(wide).toEqual([]);
    });
  }
});

interface SpeechCall {
  method: string;
  text?: string;
  lang?: string;
  voice?: string;
}

/**
 * A stand-in for the browser's speech synthesis, with the given voices (`late`: announced by
 * `voiceschanged` after a moment, as Chromium does). Every call is recorded in sessionStorage, so
 * that calls made as the page is left can be read on the next one.
 */
async function stubSpeech(page: Page, voices: { lang: string; name: string }[], { late = false } = {}) {
  await page.addInitScript(
    ({ voices, late }) => {
      const record = (call: object) => {
        const calls = JSON.parse(sessionStorage.getItem('speech') ?? '[]') as object[];
        sessionStorage.setItem('speech', JSON.stringify([...calls, call]));
      };
      let ready = !late;
      const synth = Object.assign(new EventTarget(), {
        getVoices: () =>
          ready ? voices.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false })) : [],
        speak: (u: { text: string; lang: string; voice: { lang: string } | null }) =>
          record({ method: 'speak', text: u.text, lang: u.lang, voice: u.voice?.lang }),
        pause: () => record({ method: 'pause' }),
        resume: () => record({ method: 'resume' }),
        cancel: () => record({ method: 'cancel' }),
      });
      class Utterance extends EventTarget {
        lang = '';
        voice = null;
        constructor(public text: string) {
          super();
        }
      }
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      if (late)
        setTimeout(() => {
          ready = true;
          synth.dispatchEvent(new Event('voiceschanged'));
        }, 300);
    },
    { voices, late },
  );
}

const speechCalls = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('speech') ?? '[]') as SpeechCall[]);

test.describe('read aloud', () => {
  const ZH = { lang: 'zh-CN', name: 'Fake Mandarin' };
  const EN = { lang: 'en-US', name: 'Fake English' };

  test('reads a story in the Chinese voice; pause, resume and stop work; leaving the page stops it', async ({
    page,
  }) => {
    await stubSpeech(page, [EN, ZH]);
    await page.goto(`/stories/${story?.id}/`);
    const controls = page.getByRole('group', { name: '朗读本页' });
    const play = controls.getByRole('button', { name: '朗读' });
    const pause = controls.getByRole('button', { name: '暂停' });
    const stop = controls.getByRole('button', { name: '停止' });
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await expect(stop).toBeDisabled();

    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    const spoken = (await speechCalls(page)).filter((call) => call.method === 'speak');
    expect(spoken.length).toBeGreaterThan(1);
    expect(spoken[0]?.text).toBe(story?.data.title);
    expect(spoken.every((call) => call.voice === 'zh-CN' && call.lang === 'zh-CN')).toBe(true);
    expect(spoken.map((call) => call.text).join('')).toMatch(/[\u4e00-\u9fff]{20}/);
    // Navigation and the share panel are not read.
    expect(spoken.map((call) => call.text).join('')).not.toContain('主导航');
    expect(spoken.map((call) => call.text).join('')).not.toContain('关于本站');

    await pause.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    await pause.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'false');
    await stop.click();
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await expect(stop).toBeDisabled();
    const methods = (await speechCalls(page)).map((call) => call.method);
    expect(methods.slice(methods.lastIndexOf('speak') + 1)).toEqual(['pause', 'resume', 'cancel', 'resume']);

    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '关于本站' }).click();
    await expect(page).toHaveURL(/\/about\/$/);
    const after = (await speechCalls(page)).map((call) => call.method);
    expect(after.slice(after.lastIndexOf('speak') + 1)).toContain('cancel');
  });

  test('reads a unit page: its name first, in the Chinese voice', async ({ page }) => {
    await stubSpeech(page, [ZH]);
    await interceptTiles(page);
    await page.goto(`/units/${unit?.id}/`);
    const play = page.getByRole('group', { name: '朗读本页' }).getByRole('button', { name: '朗读' });
    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    const spoken = (await speechCalls(page)).filter((call) => call.method === 'speak');
    expect(spoken[0]?.text).toBe(unit?.data.name);
    expect(spoken[0]?.voice).toBe('zh-CN');
  });

  test('appears when a Chinese voice arrives late', async ({ page }) => {
    await stubSpeech(page, [ZH], { late: true });
    await page.goto(`/stories/${story?.id}/`);
    await expect(page.getByRole('group', { name: '朗读本页' }).getByRole('button', { name: '朗读' })).toBeVisible();
  });

  test('stays hidden without a Chinese voice, and without speech synthesis', async ({ page }) => {
    await stubSpeech(page, [EN]);
    await page.goto(`/stories/${story?.id}/`);
    await page.waitForFunction(() => customElements.get('mz-read-aloud'));
    await expect(page.locator('mz-read-aloud button')).toHaveCount(0);

    await page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    });
    await page.reload();
    await page.waitForFunction(() => customElements.get('mz-read-aloud'));
    await expect(page.locator('mz-read-aloud button')).toHaveCount(0);
  });
});
