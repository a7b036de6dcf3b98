/**
 * Map helpers for browser tests: no tile server is reachable, so every request that leaves the
 * preview server is answered with a blank tile (or made to fail, to test the notice); and a page's
 * maps are scrolled into view and awaited, so that checks see Leaflet's markup as rendered.
 */
import type { Page } from '@playwright/test';

/** A transparent 1×1 PNG. */
export const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const isLocal = (url: URL) => url.hostname === 'localhost' || url.hostname === '127.0.0.1';

/** Answers every off-site request (the tile hosts) with a blank PNG, or fails it. */
export async function interceptTiles(page: Page, { fail = false } = {}): Promise<void> {
  await page.route(
    (url) => !isLocal(url),
    (route) =>
      fail ? route.abort('failed') : route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG }),
  );
}

/** Scrolls each `<mz-point-map>` into view and waits until Leaflet has drawn it. */
export async function settleMaps(page: Page): Promise<void> {
  const maps = page.locator('mz-point-map');
  const count = await maps.count();
  for (let i = 0; i < count; i++) {
    const map = maps.nth(i);
    await map.scrollIntoViewIfNeeded();
    await map.locator('.leaflet-container').waitFor({ state: 'attached' });
    await page.waitForFunction((el) => el?.hasAttribute('data-markers'), await map.elementHandle());
  }
}
