/**
 * Cache keys of pages, for Astro's incremental builds (`experimental.incrementalBuild` in
 * astro.config.mjs): a page listed with a `cacheKey` in `getStaticPaths()` is copied from the last
 * build when its key and the code it is built from are both unchanged. Astro itself hashes the
 * page's code (the module graph), the Astro config and the lockfile; the key must hold everything
 * else the page shows. So a key is made of:
 *
 * - the records the page shows, each whole (id, data as the page gets it, body): a page that shows
 *   another record (a story page lists its units) names that record too, so an edit to the unit
 *   renders the story page again;
 * - the settings read from the environment at build time ({@link ENVIRONMENT}), on every key.
 *
 * A page that draws on many records (lists, the map, feeds) gets no key and is rendered on every
 * build. Build time only.
 */
import { createHash } from 'node:crypto';

/** Environment variables a page may read while it renders (siteConfig.ts, basemap.ts, contentDir.ts). */
const READ_AT_BUILD = /^(?:PUBLIC_|SITE_|SEARCH_)|^CONTENT_DIR$/;

/** The settings of this build's environment, as one hash: a change of any renders every keyed page. */
export const ENVIRONMENT = createHash('sha256')
  .update(
    JSON.stringify(
      Object.entries(process.env)
        .filter(([name]) => READ_AT_BUILD.test(name))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  )
  .digest('hex');

/** A record as a page reads it: its collection, id, data and body. */
interface KeyedRecord {
  collection: string;
  id: string;
  data: unknown;
  body?: string;
}

/** The cache key of a page that shows `records` (and nothing else from the content). */
export function pageKey(...records: KeyedRecord[]): string {
  const hash = createHash('sha256').update(ENVIRONMENT);
  for (const { collection, id, data, body } of records) {
    hash.update('\0').update(JSON.stringify([collection, id, data, body ?? null]));
  }
  return hash.digest('hex');
}
