/** Accessibility sweep of the demo build (demo banner, routes, 40 units): every page in its sitemap, its embed and press pages, and the 404 page. */
import { defineAxeSweep } from './support/axeSweep';

defineAxeSweep({ shards: 8 });
