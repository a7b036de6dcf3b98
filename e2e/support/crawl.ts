/**
 * A crawler over a whole build, through the server under test: starting from the home page, the
 * sitemap and the pages the sitemap leaves out on purpose, it follows every internal `href` and
 * `src` and reports what is broken: a page or file that does not answer 200, and a link to
 * `#fragment` whose page has no element with that id.
 */
import { type APIRequestContext, expect, test } from '@playwright/test';
import { allPagePaths, MISSING_PATH } from './sitemap';

export interface CrawlReport {
  /** HTML pages read. */
  pages: number;
  /** Internal URLs requested (pages and files). */
  urls: number;
  /** Anchors (`#id` links) checked. */
  anchors: number;
  problems: string[];
}

const decode = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** Hosts that mean "this site" in a build's absolute URLs (SITE_URL) and on the server under test. */
const isSiteHost = (url: URL) => url.hostname === 'localhost' || url.hostname === '127.0.0.1';

/** Links and sources of a page, outside scripts (JSON data is not markup). */
function references(html: string): string[] {
  const markup = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  return [...markup.matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/gi)].map((m) => decode(m[1] ?? ''));
}

const ids = (html: string) =>
  new Set([...html.matchAll(/\s(?:id|name)\s*=\s*"([^"]+)"/gi)].map((m) => decode(m[1] ?? '')));

export async function crawl(request: APIRequestContext, baseURL: string): Promise<CrawlReport> {
  const base = new URL(baseURL);
  const queue: { path: string; from: string }[] = [
    { path: '/', from: 'start' },
    ...(await allPagePaths(request)).map((path) => ({ path, from: 'sitemap' })),
  ];
  const seen = new Set<string>();
  const pageIds = new Map<string, Set<string>>();
  const anchors: { path: string; id: string; from: string }[] = [];
  const problems: string[] = [];

  const visit = async ({ path, from }: { path: string; from: string }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      problems.push(`${path}: HTTP ${response.status()} (linked from ${from})`);
      return;
    }
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) return;
    const html = await response.text();
    pageIds.set(path.replace(/[?#].*$/, ''), ids(html));
    for (const ref of references(html)) {
      let url: URL;
      try {
        url = new URL(ref, new URL(path, base));
      } catch {
        problems.push(`${path}: malformed link "${ref}"`);
        continue;
      }
      if (!/^https?:$/.test(url.protocol) || !isSiteHost(url)) continue;
      const target = `${url.pathname}${url.search}`;
      if (url.hash.length > 1)
        anchors.push({ path: url.pathname, id: decodeURIComponent(url.hash.slice(1)), from: path });
      queue.push({ path: target, from: path });
    }
  };

  while (queue.length > 0) {
    const batch: { path: string; from: string }[] = [];
    while (queue.length > 0 && batch.length < 8) {
      const next = queue.shift();
      if (!next || seen.has(next.path)) continue;
      seen.add(next.path);
      batch.push(next);
    }
    await Promise.all(batch.map(visit));
  }

  for (const { path, id, from } of anchors) {
    const found = pageIds.get(path);
    if (found && !found.has(id)) problems.push(`${from}: link to ${path}#${id}, but ${path} has no id="${id}"`);
  }
  return { pages: pageIds.size, urls: seen.size, anchors: anchors.length, problems: [...new Set(problems)] };
}

/**
 * The crawl tests of one build, for its spec file: every link and anchor resolves, at least
 * `minPages` pages are read (so a crawl that stops early fails), and an unknown URL gets the 404 page.
 */
export function crawlTests({ minPages }: { minPages: number }): void {
  test('no broken internal link or anchor anywhere in the site', async ({ request, baseURL }) => {
    test.setTimeout(180_000);
    const report = await crawl(request, baseURL ?? '');
    console.log(`crawl: ${report.pages} pages, ${report.urls} URLs, ${report.anchors} anchors checked`);
    expect(report.problems).toEqual([]);
    expect(report.pages).toBeGreaterThan(minPages);
    expect(report.anchors).toBeGreaterThan(0);
  });

  test('an unknown URL gets the 404 page', async ({ page }) => {
    const response = await page.goto(MISSING_PATH);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  });
}
