/**
 * Accessibility sweep of the demo build (demo banner, routes, 42 units): every page in its sitemap,
 * its embed and press pages, and the 404 page; of the generated stories, which differ only in their
 * made-up text and data, the first 12 (among them 00001 and 00011, which carry a Mongolian
 * name), with their press packs and embeds.
 */
import { defineAxeSweep } from './support/axeSweep';

/** Generated stories swept, from demo-story-00000 on. */
const STORIES_SWEPT = 12;

defineAxeSweep({
  shards: 5,
  sweep: (path) => Number(/\/stories\/demo-story-(\d+)\//.exec(path)?.[1] ?? 0) < STORIES_SWEPT,
});
