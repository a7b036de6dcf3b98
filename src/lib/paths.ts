/**
 * Every address on the site: the path of each kind of page and file, and absolute URLs from the
 * configured site URL. Pages, files and scripts build links only through these.
 */

/** The record kinds with pages of their own; also the first segment of their paths. */
export type RecordKind = 'stories' | 'units' | 'routes';

/**
 * The local preview address: the site URL of `astro dev` and `astro preview` when `SITE_URL` is
 * not set, and the one that `npm start`, the tests and the demo build set explicitly. A
 * production build never falls back to it (src/integrations/siteUrl.ts).
 */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** The site's base URL: Astro's configured `site`, else the local preview address. */
export function siteBase(site?: URL | string): URL {
  return new URL(site ?? LOCAL_SITE_URL);
}

/** Absolute URL of a path on the site. */
export function absolute(site: URL | string | undefined, path: string): string {
  return new URL(path, siteBase(site)).href;
}

/** Path of a story, unit or route page, e.g. `/stories/x/`. */
export const pagePath = (kind: RecordKind, id: string) => `/${kind}/${id}/`;
export const storyPath = (id: string) => pagePath('stories', id);
export const unitPath = (id: string) => pagePath('units', id);
export const routePath = (id: string) => pagePath('routes', id);

/** Path of a directory page listing the units with one facet value, e.g. `/units/region/baotou/`. */
export const facetPath = (facet: string, value: string) => `/units/${facet}/${value}/`;

/** Path of the embed page, e.g. `/embed/stories/x/`. */
export const embedPath = (kind: RecordKind, id: string) => `/embed/${kind}/${id}/`;

/** Path of the static oEmbed document, e.g. `/oembed/stories/x.json`. */
export const oembedPath = (kind: RecordKind, id: string) => `/oembed/${kind}/${id}.json`;

/** Path of the QR code of a page's address, e.g. `/qr/stories/x.svg`. */
export const qrPath = (kind: RecordKind, id: string) => `/qr/${kind}/${id}.svg`;

/** Path of a story's 1200×630 share card. */
export const storyImagePath = (id: string) => `/share/stories/${id}.png`;

/** The site's own share card, for pages without one. */
export const SITE_IMAGE_PATH = '/share/site.png';

/** Paths of a story's press pack: the page and its two downloads. */
export const pressPaths = (id: string) => ({
  page: `/stories/${id}/press/`,
  txt: `/stories/${id}/press.txt`,
  md: `/stories/${id}/press.md`,
});

/** Path of an export file without its extension, e.g. `/exports/routes/x` or `/exports/points`. */
export const exportBase = (routeId?: string) => (routeId ? `/exports/routes/${routeId}` : '/exports/points');

/** Path of an export file, e.g. `/exports/routes/x.gpx`. */
export const exportPath = (format: string, routeId?: string) => `${exportBase(routeId)}.${format}`;

/** Path of the search page with a query string (already formatted, `?…` or empty). */
export const searchPath = (query = '') => `/search/${query}`;

/** The site's top-level pages and files. */
export const PATHS = {
  home: '/',
  stories: '/stories/',
  units: '/units/',
  routes: '/routes/',
  map: '/map/',
  plan: '/plan/',
  search: '/search/',
  searchNames: '/search/names.json',
  about: '/about/',
  rss: '/rss.xml',
  atom: '/atom.xml',
  jsonFeed: '/feed.json',
  sitemap: '/sitemap-index.xml',
} as const;
