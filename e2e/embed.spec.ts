/**
 * Embeds on another site: a host page on a second origin pastes a story's embed code (taken from
 * its oEmbed document, which is the code the share panel shows). The iframe fits its content, at
 * any width; hosts that only run a Datawrapper-style or WordPress listener fit it too; messages
 * from other origins are ignored; without the script the link and the fixed-height frame remain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type FrameLocator, type Locator, type Page, test } from '@playwright/test';
import { readCollection, REAL_CONTENT, ROOT } from './support/content';
import { type HostServer, hostDocument, startHost } from './support/hostServer';

// One host server on a fixed port: the tests of this file run one after the other.
test.describe.configure({ mode: 'serial' });

const story = readCollection(REAL_CONTENT, 'stories')[0];
if (!story) throw new Error('the real content has no story');

let host: HostServer;
/** Origin of the site under test, and the embed code rewritten to point at it. */
let siteOrigin: string;
let code: string;

test.beforeAll(async ({ request, baseURL }) => {
  host = await startHost();
  siteOrigin = new URL(baseURL ?? '').origin;
  const response = await request.get(`/oembed/stories/${story.id}.json`);
  expect(response.status()).toBe(200);
  const oembed = (await response.json()) as { html: string; provider_url: string };
  // The build's absolute URLs carry SITE_URL's host; the site under test may run on another port.
  code = oembed.html.replaceAll(new URL(oembed.provider_url).origin, siteOrigin);
});

test.afterAll(async () => {
  await host.close();
});

/** The iframe's height against the height of the embedded content, in CSS pixels. */
async function heights(iframe: Locator, frame: FrameLocator) {
  const content = await frame.locator('mz-embed-height').evaluate((el) => el.getBoundingClientRect().height);
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  return { content, outer };
}

async function expectFitted(page: Page, iframe: Locator, frame: FrameLocator, max = Infinity) {
  await expect(frame.locator('h1')).toHaveText(String(story?.data.title));
  await expect
    .poll(async () => {
      const { content, outer } = await heights(iframe, frame);
      return Math.abs(Math.min(content, max) - outer);
    })
    .toBeLessThanOrEqual(3);
  return heights(iframe, frame);
}

test('the embed code fits the iframe to its content, again after the viewport narrows', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(host.page('/full.html', hostDocument(code)));
  const iframe = page.locator('iframe.mz-embed');
  const frame = page.frameLocator('iframe.mz-embed');
  const wide = await expectFitted(page, iframe, frame);
  expect(wide.outer, 'the fitted height differs from the fixed height').not.toBe(600);
  // The fallback link gives way once the embed has reported.
  await expect(page.locator('blockquote.mz-embed-fallback')).toBeHidden();

  await page.setViewportSize({ width: 360, height: 800 });
  const narrow = await expectFitted(page, iframe, frame);
  expect(narrow.outer, 'a narrower column makes the embed taller').toBeGreaterThan(wide.outer + 50);
});

test('several embeds on one page are each fitted to their own content', async ({ page, request }) => {
  const unit = readCollection(REAL_CONTENT, 'units')[0];
  const response = await request.get(`/oembed/units/${unit?.id}.json`);
  const oembed = (await response.json()) as { html: string; provider_url: string };
  const unitCode = oembed.html.replaceAll(new URL(oembed.provider_url).origin, siteOrigin);
  // Whatever the order of loading, the script logs nothing on the host page.
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
  });
  page.on('pageerror', (error) => logged.push(error.message));
  await page.goto(host.page('/two.html', hostDocument(`${code}\n<hr>\n${unitCode}`)));
  const frames = page.locator('iframe.mz-embed');
  await expect(frames).toHaveCount(2);
  for (const index of [0, 1]) {
    const iframe = frames.nth(index);
    const frame = page.frameLocator('iframe.mz-embed').nth(index);
    await expect
      .poll(async () => {
        const { content, outer } = await heights(iframe, frame);
        return Math.abs(content - outer);
      })
      .toBeLessThanOrEqual(3);
  }
  const [a, b] = await Promise.all([0, 1].map((i) => frames.nth(i).evaluate((el) => el.clientHeight)));
  expect(a).not.toBe(b);
  expect(logged).toEqual([]);
});

test('a host that only runs a Datawrapper-style listener fits the iframe', async ({ page }) => {
  const withoutScript = code.replace(/<script[^>]*><\/script>/, '');
  const listener = `<script>
    window.addEventListener('message', function (event) {
      var heights = event.data && event.data['datawrapper-height'];
      if (!heights) return;
      var frames = document.querySelectorAll('iframe');
      for (var key in heights) for (var i = 0; i < frames.length; i++)
        if (frames[i].contentWindow === event.source) frames[i].style.height = heights[key] + 'px';
    });
  </script>`;
  await page.goto(host.page('/datawrapper.html', hostDocument(withoutScript + listener)));
  await expectFitted(page, page.locator('iframe.mz-embed'), page.frameLocator('iframe.mz-embed'));
});

test('a host that only runs a WordPress embed listener fits the iframe', async ({ page }) => {
  // WordPress hands the secret to the embed in the address's fragment and finds the iframe by it.
  const secret = 'k3Yx9Qp2';
  const wordpressCode = code
    .replace(/<script[^>]*><\/script>/, '')
    .replace(/src="([^"]+)"/, `src="$1#?secret=${secret}" data-secret="${secret}"`);
  const listener = `<script>
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (!data || !data.secret || data.message !== 'height') return;
      var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
      var height = Math.min(1000, Math.max(200, parseInt(data.value, 10)));
      for (var i = 0; i < frames.length; i++) frames[i].height = height;
    });
  </script>`;
  // As WordPress does, the page's CSS does not fix the iframe's height, so its attribute applies.
  await page.goto(host.page('/wordpress.html', hostDocument(wordpressCode.replace(/height:\d+px;/, '') + listener)));
  // WordPress caps embeds at 1000 pixels.
  const fitted = await expectFitted(page, page.locator('iframe.mz-embed'), page.frameLocator('iframe.mz-embed'), 1000);
  expect(fitted.outer).not.toBe(600);
});

test('height messages from another origin are ignored', async ({ page }) => {
  host.page(
    '/impostor.html',
    `<!doctype html><html lang="en"><head><title>x</title></head><body><script>
      setInterval(function () { parent.postMessage({ type: 'mz-embed-height', height: 2000 }, '*'); }, 100);
    </script></body></html>`,
  );
  // A frame that was opened on the site, then navigated to a page of another origin that asks
  // for 2000 pixels: its src attribute still names the site, only the message's origin tells.
  const impostor = `<iframe id="impostor" src="${siteOrigin}/favicon.svg" title="impostor" style="width:100%;height:150px;border:0"></iframe>`;
  await page.goto(host.page('/foreign.html', hostDocument(`${impostor}\n${code}`)));
  const iframe = page.locator('iframe.mz-embed');
  const frame = page.frameLocator('iframe.mz-embed');
  await expectFitted(page, iframe, frame);
  await page.evaluate((url) => {
    const target = document.getElementById('impostor') as HTMLIFrameElement;
    if (target.contentWindow) target.contentWindow.location.href = url;
  }, `${host.origin}/impostor.html`);
  await expect(page.frameLocator('#impostor').locator('script')).toHaveCount(1);
  await page.waitForTimeout(500);
  expect(await page.locator('#impostor').evaluate((el) => el.clientHeight)).toBe(150);
  const { content, outer } = await heights(iframe, frame);
  expect(Math.abs(content - outer)).toBeLessThanOrEqual(3);
});

test('with the script stripped, the link fallback and the fixed-height frame remain', async ({ page }) => {
  const stripped = code.replace(/<script[^>]*><\/script>/, '');
  await page.goto(host.page('/stripped.html', hostDocument(stripped)));
  const fallback = page.getByRole('link', { name: String(story.data.title) });
  await expect(fallback).toBeVisible();
  await expect(fallback).toHaveAttribute('href', `${siteOrigin}/stories/${story.id}/`);
  const iframe = page.locator('iframe.mz-embed');
  await expect(page.frameLocator('iframe.mz-embed').locator('h1')).toBeVisible();
  await page.waitForTimeout(300);
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(600);
  await expect(iframe).toHaveAttribute('title', new RegExp(String(story.data.title).slice(0, 6)));
  await expect(iframe).toHaveAttribute('loading', 'lazy');
});

test('with iframes stripped too, the blockquote still links to the story', async ({ page }) => {
  const textOnly = code.replace(/<iframe[\s\S]*?<\/iframe>/, '').replace(/<script[^>]*><\/script>/, '');
  await page.goto(host.page('/text.html', hostDocument(textOnly)));
  await expect(page.getByRole('link', { name: String(story.data.title) })).toBeVisible();
});

/** The Content-Security-Policy the build gives site pages (dist/_nginx/page-headers.conf). */
function sitePolicy(): string {
  const snippet = readFileSync(join(ROOT, 'dist', '_nginx', 'page-headers.conf'), 'utf8');
  const policy = /add_header Content-Security-Policy "([^"]+)" always;/.exec(snippet)?.[1];
  if (!policy) throw new Error('dist/_nginx/page-headers.conf has no Content-Security-Policy: build the site first');
  return policy;
}

test('the share panel’s preview works under the site’s policy and fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  // astro preview sends no headers of its own: the story page gets the policy nginx would send.
  const policy = sitePolicy();
  await page.route(
    (url) => url.pathname === `/stories/${story.id}/`,
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    },
  );
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused: CSP ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  await page.goto(`/stories/${story.id}/`);
  await page.getByRole('button', { name: '显示嵌入预览' }).click();
  const preview = page.getByRole('region', { name: '嵌入预览' });
  const iframe = preview.locator('iframe.mz-embed');
  await expect(preview.frameLocator('iframe.mz-embed').locator('h1')).toHaveText(String(story.data.title));
  // The code's style attribute, applied through the CSSOM: full width, no border.
  await expect(iframe).toHaveCSS('border-top-width', '0px');
  const {
    frame,
    panel,
    page: pageWidth,
  } = await iframe.evaluate((element) => ({
    frame: element.getBoundingClientRect().width,
    panel: element.closest('section[aria-labelledby="share-title"]')?.getBoundingClientRect().width ?? 0,
    page: document.documentElement.scrollWidth,
  }));
  expect(pageWidth, 'page width at 360 px with the preview open').toBeLessThanOrEqual(360);
  expect(frame).toBeLessThanOrEqual(panel);
  expect(frame, 'the iframe takes the preview’s width').toBeGreaterThan(panel - 60);
  // embed.js runs in the preview too and fits the frame to its content.
  await expect.poll(() => iframe.evaluate((element) => element.getBoundingClientRect().height)).not.toBe(600);
  expect(violations, 'Content Security Policy violations').toEqual([]);
});
