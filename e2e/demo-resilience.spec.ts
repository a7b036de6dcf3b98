/**
 * Route pages (demo build) without JavaScript: the itinerary, its stop links, times and files are
 * all in the HTML; the map's place is taken by the list of stops.
 */
import { expect, test } from '@playwright/test';
import { DEMO_CONTENT, readCollection } from './support/content';

const routes = readCollection(DEMO_CONTENT, 'routes');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each route page shows its numbered stops, their links and the route files', async ({ page, request }) => {
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const stops = (route.data.stops ?? []) as { unit: string }[];
      await page.goto(`/routes/${route.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(route.data.name));
      const items = page.getByRole('region', { name: '站点' }).getByRole('listitem');
      await expect(items).toHaveCount(stops.length);
      for (const [i, stop] of stops.entries()) {
        await expect(items.nth(i).getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute(
          'href',
          `/units/${stop.unit}/`,
        );
      }
      await expect(page.getByRole('button', { name: '打印行程单' })).toBeHidden();
      const gpx = page.getByRole('link', { name: /^GPX/ });
      const response = await request.get(String(await gpx.getAttribute('href')));
      expect(response.status()).toBe(200);
    }
  });

  test('a stop link leads to the unit page, and back to the route', async ({ page }) => {
    const route = routes[0];
    const first = ((route?.data.stops ?? []) as { unit: string }[])[0];
    await page.goto(`/routes/${route?.id}/`);
    await page.locator(`a[href="/units/${first?.unit}/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/units/${first?.unit}/$`));
    await expect(page.getByRole('main').locator(`a[href="/routes/${route?.id}/"]`).first()).toBeVisible();
  });
});
