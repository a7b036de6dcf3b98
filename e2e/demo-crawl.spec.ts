/**
 * The whole demo build, crawled: no broken internal link, file or anchor; every page of the
 * sitemap answers 200; unknown URLs get the 404 page (e2e/support/crawl.ts).
 */
import { crawlTests } from './support/crawl';

crawlTests({ minPages: 250 });
