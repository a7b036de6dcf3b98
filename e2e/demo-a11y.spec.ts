/** Accessibility sweep of the demo build (demo banner, routes, 40 units): every page in its sitemap, and the 404 page. */
import { defineAxeSweep } from './support/axeSweep';

defineAxeSweep({ shards: 6 });
