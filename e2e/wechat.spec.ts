/**
 * WeChat sharing: the share poster (分享海报) of a story, a unit and a route is a portrait PNG whose
 * QR code reads back as the page's address, made by code that loads only on click and works under
 * the site's Content Security Policy; 复制到公众号 puts the story on the clipboard as inline-styled
 * HTML and plain text, on the story page and on its press pack.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { DEMO_CONTENT, readCollection, REAL_CONTENT, ROOT } from './support/content';
import { pngSize } from './support/media';
import { NGINX_BINARY, NGINX_DEMO_URL, NGINX_REAL_URL } from './support/nginx';

/** A story with key figures and headings in its body. */
const story = readCollection(REAL_CONTENT, 'stories').find(
  (entry) =>
    Array.isArray(entry.data.keyFigures) &&
    entry.data.keyFigures.length > 0 &&
    /^## /m.test(readFileSync(join(REAL_CONTENT, 'stories', `${entry.id}.mdx`), 'utf8')),
);
const unit = readCollection(REAL_CONTENT, 'units')[0];
const hasDemo = existsSync(join(ROOT, 'dist-demo', 'index.html'));

/** Code split out of the page for the poster and the copy: it must not load before a click. */
const ON_DEMAND = /\/(wechatPoster|wechatCopy)[^/]*\.js$/;

/** Records the page's Content Security Policy violations and its requests for on-demand code. */
async function watch(page: Page) {
  const onDemand: string[] = [];
  page.on('request', (request) => {
    if (ON_DEMAND.test(new URL(request.url()).pathname)) onDemand.push(request.url());
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return {
    onDemand,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

/** The RGBA pixels of a PNG, decoded by the browser in a blank page. */
async function pixels(page: Page, png: Buffer): Promise<Uint8ClampedArray> {
  const blank = await page.context().newPage();
  const base64 = await blank.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const rgba = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let text = '';
    for (let i = 0; i < rgba.length; i += 0x8000) text += String.fromCharCode(...rgba.subarray(i, i + 0x8000));
    return btoa(text);
  }, png.toString('base64'));
  await blank.close();
  return new Uint8ClampedArray(Buffer.from(base64, 'base64'));
}

/** Makes the poster of the page at `url`, downloads it and checks its size and its QR code. */
async function checkPoster(page: Page, url: string, id: string, title: string) {
  const watched = await watch(page);
  await page.goto(url);
  const address = await page.locator('#share-link').inputValue();
  const panel = page.locator('#wechat');
  await panel.getByRole('button', { name: '生成分享海报' }).click();

  const preview = panel.getByRole('img', { name: `分享海报：${title}` });
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(750);
  expect(
    watched.onDemand.some((request) => /wechatPoster/.test(request)),
    'poster code loaded on click',
  ).toBe(true);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: '下载海报（PNG）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${id}-poster.png`);
  const png = readFileSync(await download.path());
  const { width, height } = pngSize(png);
  expect(width).toBeGreaterThanOrEqual(750);
  expect(height).toBeGreaterThan(width);

  const code = jsQR(await pixels(page, png), width, height);
  expect(code?.data, 'the QR code on the poster reads as the page address').toBe(address);
  expect(address).toMatch(new RegExp(`^https?://[^/]+/[a-z]+/${id}/$`));
  expect(await watched.violations()).toEqual([]);
}

test.describe('分享海报', () => {
  // Decoding a full poster's pixels for its QR code takes seconds on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('the poster and copy code load only when asked for', async ({ page }) => {
    expect(story, 'a real story with key figures and headings').toBeDefined();
    const watched = await watch(page);
    await page.goto(`/stories/${story?.id}/`);
    await expect(page.locator('#wechat').getByRole('button', { name: '生成分享海报' })).toBeVisible();
    expect(watched.onDemand, 'no poster or copy code before a click').toEqual([]);
    await page.close();
  });

  test('story page (served by nginx, under the CSP)', async ({ page }) => {
    expect(NGINX_BINARY, 'nginx is needed (apt-get install nginx)').toBeDefined();
    await checkPoster(page, `${NGINX_REAL_URL}/stories/${story?.id}/`, String(story?.id), String(story?.data.title));
  });

  test('unit page', async ({ page }) => {
    expect(unit, 'a real unit').toBeDefined();
    await checkPoster(page, `/units/${unit?.id}/`, String(unit?.id), String(unit?.data.name));
  });

  test('route page (demo build, served by nginx)', async ({ page }) => {
    expect(hasDemo, 'the demo build is needed: npm run build:demo -- --stories 20').toBe(true);
    expect(NGINX_BINARY, 'nginx is needed (apt-get install nginx)').toBeDefined();
    const route = readCollection(DEMO_CONTENT, 'routes')[0];
    expect(route, 'a demo route').toBeDefined();
    await checkPoster(page, `${NGINX_DEMO_URL}/routes/${route?.id}/`, String(route?.id), String(route?.data.name));
  });

  test('the embed help points WeChat users to the WeChat buttons', async ({ page }) => {
    await page.goto(`/units/${unit?.id}/`);
    const link = page.locator('#share-embed-help').getByRole('link', { name: /微信公众号不能使用嵌入代码/ });
    await expect(link).toHaveAttribute('href', '#wechat');
    await link.click();
    await expect(page.locator('#wechat')).toBeInViewport();
  });
});

test.describe('复制到公众号', () => {
  const data = story?.data as
    | {
        title: string;
        licence: string;
        keyFigures: { label: string }[];
        source: { publication: string };
      }
    | undefined;
  const heading = story
    ? /^## (.+)$/m.exec(readFileSync(join(REAL_CONTENT, 'stories', `${story.id}.mdx`), 'utf8'))?.[1]
    : undefined;

  /** Clicks 复制到公众号 on the page at `url` and reads back the clipboard. */
  async function copied(page: Page, url: string) {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const watched = await watch(page);
    await page.goto(url);
    await page.locator('#wechat').getByRole('button', { name: '复制到公众号' }).click();
    await expect(page.locator('#wechat [role="status"]')).toHaveText('已复制，请到公众号编辑器中粘贴');
    expect(
      watched.onDemand.some((request) => /wechatCopy/.test(request)),
      'copy code loaded on click',
    ).toBe(true);
    // Chrome sanitizes HTML written to the clipboard by parsing it in the page, and reports each
    // inline style attribute under the page's policy although none is applied to the page: those
    // reports are expected (the attributes still reach the clipboard, as checkCopy shows); any
    // other violation is a fault.
    const violations = await watched.violations();
    expect(violations.filter((violation) => !violation.startsWith('style-src-attr inline'))).toEqual([]);
    return page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) throw new Error('clipboard empty');
      return {
        types: item.types,
        html: await (await item.getType('text/html')).text(),
        text: await (await item.getType('text/plain')).text(),
      };
    });
  }

  function checkCopy({ types, html, text }: { types: readonly string[]; html: string; text: string }) {
    expect(types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(data && heading, 'story data').toBeTruthy();
    if (!data || !heading) return;
    const escaped = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    expect(html).toContain(escaped(data.title));
    expect(html).toMatch(new RegExp(`<h2[^>]*>${escaped(heading).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h2>`));
    expect(html).toContain(escaped(data.keyFigures[0]?.label ?? '—'));
    expect(html).toContain(`出处：${escaped(data.source.publication)}`);
    expect(html).toContain(escaped(data.licence));
    expect(html).toMatch(/<p style="[^"]+">/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\sclass=/i);
    expect(html).not.toMatch(/<link|<style/i);
    expect(text.split('\n')[0]).toBe(data.title);
    expect(text).toContain(data.licence);
  }

  test('on a story page, the clipboard gets the story as inline-styled HTML and as plain text', async ({ page }) => {
    checkCopy(await copied(page, `${NGINX_REAL_URL}/stories/${story?.id}/`));
  });

  test('on the press pack, the copy is the same story, read from its page', async ({ page }) => {
    checkCopy(await copied(page, `/stories/${story?.id}/press/`));
  });
});
