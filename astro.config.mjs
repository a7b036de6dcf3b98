// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import cacheEviction from './src/integrations/cacheEviction.ts';
import contentGuard from './src/integrations/contentGuard.ts';
import outDirAside from './src/integrations/outDirAside.ts';
import searchIndex from './src/integrations/searchIndex.ts';
import securityHeaders from './src/integrations/securityHeaders.ts';
import workerPagesLast from './src/integrations/workerPagesLast.ts';
import requireSiteUrl, { siteUrlProblem } from './src/integrations/siteUrl.ts';
import { CACHE_DIR, CONTENT_DIR, IS_DEMO } from './src/lib/content/contentDir.ts';
import { rawHtmlAsText } from './src/lib/content/rawHtmlAsText.ts';
import { LOCAL_SITE_URL } from './src/lib/paths.ts';

/**
 * Public address of the site; absolute URLs in the sitemap and share tags are built from it.
 * `astro build` stops without a usable one (requireSiteUrl says why); dev and preview fall back to
 * the local address.
 */
const site = siteUrlProblem(process.env.SITE_URL) ? LOCAL_SITE_URL : process.env.SITE_URL;

export default defineConfig({
  site,
  // Each data set keeps its own content cache, so a demo build can never pick up real entries
  // (or a real build demo ones) from the other's cache.
  cacheDir: `./${CACHE_DIR}`,
  trailingSlash: 'always',
  outDir: IS_DEMO ? './dist-demo' : './dist',
  build: { format: 'directory', concurrency: 8 },
  // Pages listed with a cacheKey (src/lib/content/pageKeys.ts) whose key and code are unchanged
  // since the last build are copied from it (kept in the cache folder) instead of rendered again.
  experimental: { incrementalBuild: true },
  // Story, unit and route bodies are rendered as Markdown (src/lib/content/markdownEntries.ts).
  // Chinese text uses full-width punctuation; ASCII quotes must not be turned into curly ones.
  // HTML in a body is shown as text, never as markup.
  markdown: { processor: satteri({ features: { smartPunctuation: false }, mdastPlugins: [rawHtmlAsText] }) },
  integrations: [
    requireSiteUrl(),
    outDirAside(CACHE_DIR),
    contentGuard(CONTENT_DIR),
    // Share cards (drawn on worker threads) are written after the HTML pages, not before them.
    workerPagesLast(),
    // Embed pages (framed fragments, noindex) and press packs (a story's text again) stay out of
    // the sitemap; search engines index the full pages.
    sitemap({ filter: (page) => !/\/embed\/|\/press\/$/.test(new URL(page).pathname) }),
    searchIndex(),
    // After the search index: hashes the inline code of the finished pages into the header files.
    securityHeaders(),
    // Last: deletes cached cards, QR codes and indexes that no build has used for 30 days.
    cacheEviction(CACHE_DIR),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Module workers: the search worker loads Pagefind's own module (src/lib/search/searchClient.ts).
    worker: { format: 'es' },
    // The dev server watches the project for changes; build output and benchmark folders (tens of
    // thousands of files after a benchmark) are not source, and watching them exhausts the
    // system's file watchers.
    server: {
      watch: { ignored: ['**/dist/**', '**/dist-demo/**', '**/.bench/**', '**/.tmp-tests/**', '**/.tmp-nginx/**'] },
    },
  },
});
