/**
 * What media teams and machines get from the real site: oEmbed documents that follow the spec and
 * that pages link; feeds that an independent parser reads, listing every story; JSON-LD on every
 * page; share tags and share images of the declared size; robots.txt; the share panel; press packs.
 */
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readCollection, REAL_CONTENT } from './support/content';
import {
  alternateHref,
  html,
  type Json,
  jsonLdNodes,
  localPath,
  metaContent,
  nodeOfType,
  oembedProblems,
  pngSize,
} from './support/media';
import { allPagePaths } from './support/sitemap';

const stories = readCollection(REAL_CONTENT, 'stories');
const units = readCollection(REAL_CONTENT, 'units');

const decode = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#34;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/** The embed code a page's share panel shows. */
const panelCode = (page: string) =>
  decode(/<textarea id="share-embed"[^>]*>([\s\S]*?)<\/textarea>/.exec(page)?.[1] ?? '');

test('every story and unit page links an oEmbed document that follows the spec and holds its embed code', async ({
  request,
}) => {
  const pages = [
    ...stories.map((s) => ({ kind: 'stories', id: s.id })),
    ...units.map((u) => ({ kind: 'units', id: u.id })),
  ];
  const problems: string[] = [];
  for (const { kind, id } of pages) {
    const page = await html(request, `/${kind}/${id}/`);
    const href = alternateHref(page, 'application/json+oembed');
    if (!href) {
      problems.push(`/${kind}/${id}/: no oEmbed link`);
      continue;
    }
    const response = await request.get(localPath(href));
    expect(response.status(), href).toBe(200);
    const doc = (await response.json()) as Json;
    problems.push(...oembedProblems(doc).map((p) => `${href}: ${p}`));
    if (doc.html !== panelCode(page)) problems.push(`${href}: html differs from the page's embed code`);
    expect(String(doc.html)).toContain(`/embed/${kind}/${id}/`);
    if (kind === 'stories') expect(doc.thumbnail_url, 'a story has its share image as thumbnail').toBeTruthy();
    else expect(doc).not.toHaveProperty('thumbnail_url');
  }
  expect(problems).toEqual([]);
});

test('the spec check rejects a broken oEmbed document', () => {
  expect(oembedProblems({ version: '1.0', type: 'rich', html: '<p>', thumbnail_url: 'x' })).toEqual(
    expect.arrayContaining(['title missing', 'width not a positive integer', 'only thumbnail_url of the thumbnail']),
  );
});

test('RSS, Atom and JSON Feed parse and list every story with categories and content', async ({ request }) => {
  const home = await html(request, '/');
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  const asArray = <T>(value: T | T[] | undefined): T[] =>
    value === undefined ? [] : Array.isArray(value) ? value : [value];
  const storyUrls = stories.map((s) => `/stories/${s.id}/`).sort();

  const rssHref = alternateHref(home, 'application/rss+xml');
  expect(rssHref).toBeTruthy();
  const rss = parser.parse(await html(request, localPath(rssHref ?? ''))) as {
    rss: { '@version': string; channel: { item: Json | Json[] } };
  };
  expect(rss.rss['@version']).toBe('2.0');
  const rssItems = asArray(rss.rss.channel.item);
  expect(rssItems.map((item) => localPath(String(item.link))).sort()).toEqual(storyUrls);
  const storyByPath = new Map(stories.map((s) => [`/stories/${s.id}/`, s.data]));
  for (const item of rssItems) {
    expect(asArray(item.category).length).toBeGreaterThan(0);
    expect(String(item['content:encoded'] ?? item.description)).not.toBe('');
    // Title as plain text, summary as escaped HTML: both read back as the story's own words.
    const data = storyByPath.get(localPath(String(item.link)));
    expect(String(item.title)).toBe(String(data?.title));
    expect(decode(String(item.description))).toBe(String(data?.summary));
  }

  const atomHref = alternateHref(home, 'application/atom+xml');
  const atom = parser.parse(await html(request, localPath(atomHref ?? ''))) as { feed: { entry: Json | Json[] } };
  const entries = asArray(atom.feed.entry);
  const alternate = (entry: Json) =>
    asArray(entry.link as Json | Json[]).find((l) => !l['@rel'] || l['@rel'] === 'alternate');
  expect(entries.map((entry) => localPath(String(alternate(entry)?.['@href']))).sort()).toEqual(storyUrls);
  for (const entry of entries) {
    expect(asArray(entry.category).length).toBeGreaterThan(0);
    expect(entry.content).toBeTruthy();
    const data = storyByPath.get(localPath(String(alternate(entry)?.['@href'])));
    for (const [element, text] of [
      [entry.title, data?.title],
      [entry.summary, data?.summary],
    ] as const) {
      expect(element, 'title and summary are text, never HTML').toMatchObject({ '@type': 'text', '#text': text });
    }
  }

  const jsonHref = alternateHref(home, 'application/feed+json');
  const feed = JSON.parse(await html(request, localPath(jsonHref ?? ''))) as { version: string; items: Json[] };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.items.map((item) => localPath(String(item.url))).sort()).toEqual(storyUrls);
  for (const item of feed.items) {
    expect((item.tags as string[]).length).toBeGreaterThan(0);
    expect(item.content_html).toBeTruthy();
  }
});

test('every page has JSON-LD that parses: the site with its search action, breadcrumbs, and what it is about', async ({
  request,
}) => {
  const storyIds = new Set(stories.map((s) => s.id));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const problems: string[] = [];
  for (const path of await allPagePaths(request)) {
    const nodes = jsonLdNodes(await html(request, path));
    const site = nodeOfType(nodes, 'WebSite');
    const target = ((site?.potentialAction as Json | undefined)?.target as Json | undefined)?.urlTemplate;
    if (!String(target).endsWith('/search/?q={search_term_string}')) problems.push(`${path}: no WebSite SearchAction`);
    const isRecord = /^\/(stories|units|routes)\/[^/]+\/$/.exec(path);
    if (isRecord && !nodeOfType(nodes, 'BreadcrumbList')) problems.push(`${path}: no BreadcrumbList`);
    const [, kind, id = ''] = /^\/(stories|units)\/([^/]+)\/$/.exec(path) ?? [];
    if (kind === 'stories' && storyIds.has(id)) {
      const article = nodeOfType(nodes, 'Article');
      for (const key of ['headline', 'datePublished', 'author', 'publisher', 'image', 'mainEntityOfPage']) {
        if (!article?.[key]) problems.push(`${path}: Article without ${key}`);
      }
    }
    const unit = kind === 'units' ? unitById.get(id) : undefined;
    if (unit) {
      const place = nodes.find((n) => n['@type'] === 'Place' || n['@type'] === 'TouristAttraction');
      if (!place?.name) problems.push(`${path}: no Place or TouristAttraction with a name`);
      const location = unit.data.location as { precision: number } | undefined;
      if (location) {
        if (!place?.geo) problems.push(`${path}: known location without geo`);
        const precision = (place?.additionalProperty as Json | undefined)?.value;
        if (precision !== location.precision) problems.push(`${path}: precision ${String(precision)} stated`);
      } else if (place?.geo) {
        problems.push(`${path}: geo given for an unknown location`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('story pages have share tags with absolute URLs and a 1200×630 share image', async ({ request }) => {
  for (const story of stories) {
    const page = await html(request, `/stories/${story.id}/`);
    const image = metaContent(page, 'og:image') ?? '';
    expect(image).toMatch(/^https?:\/\/[^/]+\/share\/stories\/.+\.png$/);
    expect(metaContent(page, 'og:url')).toMatch(new RegExp(`^https?://[^/]+/stories/${story.id}/$`));
    expect(metaContent(page, 'og:type')).toBe('article');
    expect(metaContent(page, 'og:title')).toBe(story.data.title);
    expect(metaContent(page, 'twitter:card')).toBe('summary_large_image');
    const response = await request.get(localPath(image));
    expect(response.headers()['content-type']).toContain('image/png');
    const size = pngSize(await response.body());
    expect(size).toEqual({
      width: Number(metaContent(page, 'og:image:width')),
      height: Number(metaContent(page, 'og:image:height')),
    });
    expect(size).toEqual({ width: 1200, height: 630 });
  }
  // Other pages share the site's card.
  const home = await html(request, '/');
  expect(pngSize(await (await request.get(localPath(metaContent(home, 'og:image') ?? ''))).body())).toEqual({
    width: 1200,
    height: 630,
  });
});

test('robots.txt names the sitemap by its absolute address', async ({ request }) => {
  const robots = await html(request, '/robots.txt');
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  expect(sitemap).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
  expect((await request.get(localPath(sitemap))).status()).toBe(200);
});

test.describe('share panel', () => {
  const story = stories[0];
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the link and the embed code, shows a QR code, and previews the embed', async ({ page }) => {
    await page.goto(`/stories/${story?.id}/`);
    const panel = page.getByRole('region', { name: '分享与转载' });
    const qr = panel.getByRole('img', { name: /二维码/ });
    await expect(qr).toBeVisible();
    // The code is a file of its own, drawn once the panel is reached.
    await qr.scrollIntoViewIfNeeded();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    const link = panel.getByRole('textbox', { name: '本页链接' });
    await expect(link).toHaveValue(new RegExp(`/stories/${story?.id}/$`));
    await panel.getByRole('button', { name: '复制', exact: true }).first().click();
    await expect(panel.getByRole('status').first()).toHaveText('已复制到剪贴板');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());

    const code = panel.getByRole('textbox', { name: '嵌入代码' });
    await panel.getByRole('button', { name: '复制', exact: true }).nth(1).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

    await panel.getByRole('button', { name: '显示嵌入预览' }).click();
    const preview = panel.getByRole('region', { name: '嵌入预览' });
    const iframe = preview.locator('iframe');
    await expect(page.frameLocator('section[data-preview] iframe').locator('h1')).toHaveText(String(story?.data.title));
    // The preview runs embed.js as a host page would: the frame is fitted to its content.
    await expect.poll(() => iframe.evaluate((el) => el.clientHeight)).toBeGreaterThan(600);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the link and the code are there to select; no button that cannot work', async ({ page }) => {
      await page.goto(`/stories/${story?.id}/`);
      const panel = page.getByRole('region', { name: '分享与转载' });
      await expect(panel.getByRole('textbox', { name: '嵌入代码' })).toHaveAttribute('readonly', '');
      await expect(panel.getByRole('textbox', { name: '本页链接' })).toBeVisible();
      await expect(panel.getByRole('button')).toHaveCount(0);
      await expect(panel.getByRole('link', { name: '单独打开嵌入页' })).toBeVisible();
    });
  });
});

test.describe('press pack', () => {
  const story = stories.find((s) => s.id === 'baotou-mw-urban-ethnic-work') ?? stories[0];
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('gives copy-ready text with the summary, body, key figures and source line', async ({ page }) => {
    await page.goto(`/stories/${story?.id}/`);
    await page.getByRole('link', { name: /新闻素材包/ }).click();
    await expect(page).toHaveURL(new RegExp(`/stories/${story?.id}/press/$`));
    const text = page.getByRole('textbox', { name: '可复制文本' });
    const value = await text.inputValue();
    expect(value.startsWith(`${String(story?.data.title)}\n\n${String(story?.data.summary)}`)).toBe(true);
    expect(value).toContain('打造“红石榴家园”：70个');
    expect(value).toContain('原报道出处：内蒙古日报，2022年10月14日，第08版，自治区民委供稿。');
    expect(value, 'Markdown markup is gone from the plain text').not.toMatch(/^#+ |\*\*/m);
    await page.getByRole('button', { name: '复制', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
    await expect(page.getByText('本篇没有可提供的图片。')).toBeVisible();
  });

  test('downloads as .txt and .md', async ({ page, request }) => {
    await page.goto(`/stories/${story?.id}/press/`);
    const txt = page.getByRole('link', { name: '纯文本（.txt）' });
    await expect(txt).toHaveAttribute('download', `${story?.id}.txt`);
    const txtResponse = await request.get(String(await txt.getAttribute('href')));
    expect(txtResponse.headers()['content-type']).toContain('text/plain');
    expect(await txtResponse.text()).toBe(await page.getByRole('textbox', { name: '可复制文本' }).inputValue());

    const md = page.getByRole('link', { name: 'Markdown（.md）' });
    const mdText = await (await request.get(String(await md.getAttribute('href')))).text();
    expect(mdText.startsWith(`# ${String(story?.data.title)}\n`)).toBe(true);
    expect(mdText).toContain('## 关键数据');
  });
});
