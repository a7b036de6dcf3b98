/**
 * Map, route figures, route files, print view and the planner on the demo build, whose 40
 * fictional points and 5 routes exercise what the real content cannot yet fill.
 */
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import {
  DEFAULT_START_MINUTES,
  formatClock,
  formatKm,
  formatMinutesRange,
  legsOf,
  schedule,
  summarise,
  type TravelMode,
} from '../src/lib/geo/travel';
import { DEMO_CONTENT, readCollection } from './support/content';
import { interceptTiles, settleMaps } from './support/map';

type Location = { lat: number; lng: number; precision: number };
type Stop = { unit: string; minutes: number };
const units = readCollection(DEMO_CONTENT, 'units');
const routes = readCollection(DEMO_CONTENT, 'routes');
const unitById = new Map(units.map((u) => [u.id, u]));
const locOf = (id: string) => unitById.get(id)?.data.location as Location | undefined;
/** Units with a published location: a sensitive facility's is never published (e2e/demo-sensitive.spec.ts). */
const located = units.filter((u) => u.data.location && !u.data.sensitive);
const route = routes.find((r) => r.id === 'demo-route-2');
const stops = (route?.data.stops ?? []) as Stop[];
const mode = (route?.data.travelMode ?? 'coach') as TravelMode;
const geoStops = stops.map((s) => ({ location: locOf(s.unit), minutes: s.minutes }));

const markers = (page: Page) => page.locator('mz-point-map .leaflet-marker-icon');

test.beforeEach(async ({ page }) => {
  await interceptTiles(page);
});

test('the map shows one marker per located demo unit, and a route filter numbers its stops', async ({ page }) => {
  await page.goto('/map/');
  await settleMaps(page);
  await expect(markers(page)).toHaveCount(located.length);
  await page.getByRole('combobox', { name: '线路' }).selectOption('demo-route-2');
  await expect(page).toHaveURL(/\/map\/\?route=demo-route-2$/);
  const plotted = stops.filter((s) => locOf(s.unit));
  await expect(markers(page)).toHaveCount(plotted.length);
  const first = stops.findIndex((s) => locOf(s.unit));
  const name = unitById.get(stops[first]?.unit ?? '')?.data.name as string;
  await expect(page.getByRole('button', { name: new RegExp(`^第${first + 1}站 ${name}，`) })).toHaveCount(1);
  await page.reload();
  await settleMaps(page);
  await expect(markers(page)).toHaveCount(plotted.length);
});

test('units on the official list are a status of their own: filtered on the map, starred on their pages', async ({
  page,
}) => {
  const official = units.filter((u) => u.data.status === 'official-list');
  expect(official.length).toBeGreaterThan(0);
  await page.goto('/map/');
  await settleMaps(page);
  await page.getByRole('combobox', { name: '状态' }).selectOption({ label: '示范点（官方名单）' });
  await expect(page).toHaveURL(/\/map\/\?status=official-list$/);
  await expect(markers(page)).toHaveCount(official.filter((u) => u.data.location).length);
  const first = official[0];
  await page.goto(`/units/${first?.id}/`);
  const badge = page.getByRole('main').locator('span:visible', { hasText: '示范点（官方名单）' }).first();
  await expect(badge).toBeVisible();
  await expect(badge).toContainText('★');
});

test('a route page shows the legs, totals and schedule the geo library computes', async ({ page }) => {
  await page.goto('/routes/demo-route-2/');
  const legs = legsOf(geoStops, mode);
  const summary = summarise(geoStops, legs);
  const times = schedule(geoStops, legs, DEFAULT_START_MINUTES);
  await expect(page.locator('[data-total-distance]')).toHaveText(formatKm(summary.km));
  await expect(page.locator('[data-total-duration]')).toHaveText(formatMinutesRange(summary.duration));
  await expect(page.getByText('不是道路距离')).toBeVisible();
  const items = page.getByRole('region', { name: '站点' }).getByRole('listitem');
  await expect(items).toHaveCount(stops.length);
  for (const [k, leg] of legs.entries()) {
    const item = items.nth(k);
    if (leg.km === null || !leg.minutes) await expect(item).toContainText('距离和用时未知');
    else {
      await expect(item.locator('[data-leg-distance]')).toHaveText(`直线距离 ${formatKm(leg.km)}`);
      await expect(item.locator('[data-leg-time]')).toContainText(formatMinutesRange(leg.minutes));
    }
  }
  for (const [k, time] of times.entries()) {
    await expect(items.nth(k)).toContainText(`到达 ${formatClock(time.arrive)} · 离开 ${formatClock(time.depart)}`);
  }
  await settleMaps(page);
  await expect(markers(page)).toHaveCount(new Set(stops.filter((s) => locOf(s.unit)).map((s) => s.unit)).size);
});

test('map-app links only for precise stops, with converted coordinates', async ({ page }) => {
  await page.goto('/routes/demo-route-2/');
  const items = page.getByRole('region', { name: '站点' }).getByRole('listitem');
  for (const [k, stop] of stops.entries()) {
    const loc = locOf(stop.unit);
    const amap = items.nth(k).getByRole('link', { name: '在高德地图中打开' });
    if (loc && loc.precision <= 200) {
      await expect(amap).toHaveCount(1);
      const position = new URL((await amap.getAttribute('href')) ?? '').searchParams.get('position') ?? '';
      const [lng, lat] = position.split(',').map(Number);
      // GCJ-02 is offset from WGS84 by a few hundred metres in Inner Mongolia, never by more than 0.01°.
      expect(Math.abs((lng ?? 0) - loc.lng)).toBeGreaterThan(0.001);
      expect(Math.abs((lng ?? 0) - loc.lng)).toBeLessThan(0.01);
      expect(Math.abs((lat ?? 0) - loc.lat)).toBeLessThan(0.01);
      await expect(items.nth(k).getByRole('link', { name: '在百度地图中打开' })).toHaveCount(1);
    } else {
      await expect(amap).toHaveCount(0);
    }
  }
});

const xmlDoc = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
type Feature = { geometry: { type: string; coordinates: number[] | number[][] }; properties: Record<string, unknown> };
const pair = (c: number[]) => [Number(c[0]?.toFixed(5)), Number(c[1]?.toFixed(5))];

test('route files parse with an independent parser and give back the stops in order', async ({ request }) => {
  const plotted = stops.flatMap((s) => {
    const loc = locOf(s.unit);
    return loc ? [{ ...loc, id: s.unit }] : [];
  });
  const expected = plotted.map((l) => pair([l.lng, l.lat]));

  const gpxFeatures = gpx(xmlDoc(await (await request.get('/exports/routes/demo-route-2.gpx')).text()))
    .features as unknown as Feature[];
  const line = gpxFeatures.find((f) => f.geometry.type === 'LineString');
  expect((line?.geometry.coordinates as number[][]).map(pair)).toEqual(expected);
  const wpts = gpxFeatures.filter((f) => f.geometry.type === 'Point');
  expect(wpts.map((f) => pair(f.geometry.coordinates as number[]))).toEqual(
    plotted.filter((l) => l.precision <= 200).map((l) => pair([l.lng, l.lat])),
  );

  const kmlFeatures = kml(xmlDoc(await (await request.get('/exports/routes/demo-route-2.kml')).text()))
    .features as unknown as Feature[];
  expect(
    kmlFeatures.filter((f) => f.geometry.type === 'Point').map((f) => pair(f.geometry.coordinates as number[])),
  ).toEqual(expected);

  const geojson = (await (await request.get('/exports/routes/demo-route-2.geojson')).json()) as { features: Feature[] };
  const points = geojson.features.filter((f) => f.geometry.type === 'Point');
  expect(points.map((f) => pair(f.geometry.coordinates as number[]))).toEqual(expected);
  expect(points.map((f) => f.properties.approximate)).toEqual(plotted.map((l) => l.precision > 200));

  const csv = await (await request.get('/exports/routes/demo-route-2.csv')).text();
  expect(
    csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n'),
  ).toHaveLength(stops.length + 1);
});

test('the print view is an itinerary with a QR code per stop and no map', async ({ page }) => {
  await page.goto('/routes/demo-route-2/');
  await page.emulateMedia({ media: 'print' });
  const items = page.getByRole('region', { name: '站点' }).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  await expect(page.getByRole('img', { name: /页面的二维码$/ })).toHaveCount(stops.length);
  for (const qr of await page.getByRole('img', { name: /页面的二维码$/ }).all()) await expect(qr).toBeVisible();
  await expect(page.locator('mz-point-map')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印行程单' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('img', { name: /页面的二维码$/ }).first()).toBeHidden();
});

test.describe('planner', () => {
  const ids = located.slice(0, 3).map((u) => u.id);
  const nameOf = (id: string) => unitById.get(id)?.data.name as string;
  const planItems = (page: Page) => page.getByRole('region', { name: '我的行程' }).getByRole('listitem');

  test('build a plan, reorder it with the keyboard; it lives in the URL and survives a reload', async ({ page }) => {
    await page.goto('/plan/');
    for (const id of ids) await page.getByRole('button', { name: `加入行程：${nameOf(id)}` }).click();
    await expect(planItems(page)).toHaveCount(3);
    await expect(page).toHaveURL(new RegExp(`\\?stops=${ids.join(',')}&minutes=60,60,60$`));

    const down = page.getByRole('button', { name: `下移：${nameOf(ids[0] ?? '')}` });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`\\?stops=${[ids[1], ids[0], ids[2]].join(',')}&`));
    await expect(page.getByRole('button', { name: `下移：${nameOf(ids[0] ?? '')}` })).toBeFocused();

    const minutes = planItems(page).nth(0).getByRole('spinbutton', { name: '停留（分钟）' });
    await minutes.fill('45');
    await minutes.press('Tab');
    await page.getByRole('textbox', { name: '出发时间' }).fill('08:30');
    await page.getByRole('textbox', { name: '出发时间' }).press('Tab');
    await expect(page).toHaveURL(/minutes=45,60,60&start=08:30$/);

    await page.reload();
    await expect(planItems(page)).toHaveCount(3);
    await expect(planItems(page).nth(0)).toContainText(nameOf(ids[1] ?? ''));
    await expect(planItems(page).nth(0)).toContainText('到达 08:30 · 离开 09:15');
    const geo = [ids[1], ids[0], ids[2]].map((id, k) => ({ location: locOf(id ?? ''), minutes: k === 0 ? 45 : 60 }));
    const summary = summarise(geo, legsOf(geo, 'coach'));
    await expect(page.getByRole('status').filter({ hasText: '共 3 站' })).toHaveText(
      `共 3 站，直线距离合计 ${formatKm(summary.km)}，预计用时 ${formatMinutesRange(summary.duration)}`,
    );
  });

  test('a place picked on the map joins the plan, and the map numbers the plan', async ({ page }) => {
    await page.goto(`/plan/?stops=${ids[0] ?? ''}`);
    await settleMaps(page);
    const name = nameOf(ids[1] ?? '');
    // Markers may overlap at the fitted zoom: open the popup from the keyboard.
    await page.getByRole('button', { name: new RegExp(`^${name}，`) }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup').getByRole('button', { name: '加入行程' }).click();
    await expect(planItems(page)).toHaveCount(2);
    await expect(page).toHaveURL(new RegExp(`\\?stops=${ids[0] ?? ''},${ids[1] ?? ''}&`));
    await expect(page.getByRole('button', { name: new RegExp(`^第2站 ${name}，`) })).toHaveCount(1);
  });

  test('unknown units and malformed values give a notice; the rest is kept', async ({ page }) => {
    await page.goto(`/plan/?stops=${ids[0] ?? ''},no-such-unit,${ids[1] ?? ''}&minutes=30,5,abc&start=9am&mode=boat`);
    // A polite status, not an alert: the URL is anyone's to write.
    const notice = page.getByRole('status').filter({ hasText: '无法识别' });
    await expect(notice).toContainText('“stops=no-such-unit”');
    await expect(notice).toContainText('“minutes=abc”');
    await expect(notice).toContainText('“start=9am”');
    await expect(notice).toContainText('“mode=boat”');
    await expect(planItems(page)).toHaveCount(2);
    await expect(planItems(page).nth(0)).toContainText('到达 09:00 · 离开 09:30');
  });

  test('the calendar file parses and holds one event per stop in Beijing time', async ({ page }) => {
    await page.goto(`/plan/?stops=${ids.join(',')}&minutes=30,45,60&start=09:00&date=2026-06-01`);
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: '日历（iCalendar）' }).click();
    const download = await downloadPromise;
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(ids.map((id, k) => `${k + 1}. ${nameOf(id)}`));
    // 09:00 in Beijing is 01:00 UTC.
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-06-01T01:00:00.000Z');
    expect(events[0]?.endDate.toJSDate().toISOString()).toBe('2026-06-01T01:30:00.000Z');
  });

  test('the GPX download gives back the plan in order', async ({ page }) => {
    await page.goto(`/plan/?stops=${ids.join(',')}`);
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'GPX' }).click();
    const text = readFileSync((await (await downloadPromise).path()) ?? '', 'utf8');
    const line = (gpx(xmlDoc(text)).features as unknown as Feature[]).find((f) => f.geometry.type === 'LineString');
    expect((line?.geometry.coordinates as number[][]).map(pair)).toEqual(
      ids.map((id) => pair([locOf(id)?.lng ?? 0, locOf(id)?.lat ?? 0])),
    );
  });

  test('the plan prints without the controls', async ({ page }) => {
    await page.goto(`/plan/?stops=${ids.join(',')}`);
    await page.emulateMedia({ media: 'print' });
    await expect(planItems(page)).toHaveCount(3);
    await expect(planItems(page).first()).toBeVisible();
    await expect(page.getByRole('button', { name: '打印行程单' })).toBeHidden();
    await expect(page.getByRole('region', { name: '可选单位' })).toBeHidden();
  });
});
