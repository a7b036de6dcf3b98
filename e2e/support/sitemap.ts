/**
 * The pages of a build, as its sitemap lists them. The sitemap's absolute URLs carry the host of
 * SITE_URL (default http://localhost:4321) whatever server is under test, so only their path is
 * kept and resolved against the project's baseURL.
 */
import { type APIRequestContext, expect } from '@playwright/test';

/** `<loc>` values of a sitemap or sitemap index, with XML entities decoded. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  );
}

/** Path and query of an absolute URL, to be requested from the server under test. */
const localPath = (url: string) => {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
};

/** Paths of every page listed by `/sitemap-index.xml` and the sitemaps it names. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await request.get('/sitemap-index.xml');
  expect(index.status(), 'GET /sitemap-index.xml').toBe(200);
  const sitemaps = locs(await index.text()).map(localPath);
  expect(sitemaps.length, 'sitemaps named by /sitemap-index.xml').toBeGreaterThan(0);

  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const response = await request.get(sitemap);
    expect(response.status(), `GET ${sitemap}`).toBe(200);
    paths.push(...locs(await response.text()).map(localPath));
  }
  expect(paths, 'the sitemap lists the home page').toContain('/');
  return [...new Set(paths)];
}

/**
 * Pages that are deliberately left out of the sitemap, derived from the pages it lists: the embed
 * page of every story, unit and route (`/embed/<kind>/<id>/`) and the press pack of every story
 * (`/stories/<id>/press/`).
 */
export function unlistedPaths(listed: string[]): string[] {
  return listed.flatMap((path) => {
    const match = /^\/(stories|units|routes)\/([^/]+)\/$/.exec(path);
    if (!match) return [];
    const [, kind, id] = match;
    return kind === 'stories' ? [`/embed/${kind}/${id}/`, `/stories/${id}/press/`] : [`/embed/${kind}/${id}/`];
  });
}

/** Every page of a build: the sitemap's pages and the ones it leaves out on purpose. */
export async function allPagePaths(request: APIRequestContext): Promise<string[]> {
  const listed = await sitemapPaths(request);
  return [...listed, ...unlistedPaths(listed)];
}

/** A path that no build has, for the 404 page. */
export const MISSING_PATH = '/no-such-page-e2e/';
