/**
 * Where the content lives and which data set a build publishes. The real site reads the
 * top-level `content/`; a demo build points `CONTENT_DIR` at the generated demo data set and sets
 * `SITE_DATA=demo`, so demo data never mixes into `content/` or a real build.
 *
 * Read at build time only (astro.config.mjs, src/content.config.ts, the content guard).
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/** True when this build publishes the fictional demo data set. */
export const IS_DEMO = process.env.SITE_DATA === 'demo';
