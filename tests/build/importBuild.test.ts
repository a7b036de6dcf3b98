/**
 * The built site after an import: a sheet imported (with `npm run import -- … --write`) into a
 * copy of the content, then a real `astro build` of that copy. The new units get their pages and
 * appear in the directory and on the map; the new route lists its stops in the sheet's order and
 * draws them on its map. A second sheet of text cells that YAML could read as dates, numbers or
 * booleans imports and builds, and its unit's page shows the text as the sheet had it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_SITE_URL } from '../../src/lib/paths';
import { afterAll, beforeAll, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const work = join(root, '.tmp-tests', 'import-build');
const contentDir = '.tmp-tests/import-build/content';
const outDir = join(work, 'dist');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

const JIA = { id: 'baotou-ceshishifandianjiaxugou', name: '测试示范点甲（虚构）' };
const YI = { id: 'baotou-ceshishifandianyixugou', name: '测试示范点乙（虚构）' };
const BING = { id: 'baotou-ceshishifandianbingxugou', name: '测试示范点丙（虚构）' };
const DING = { id: 'baotou-ceshishifandiandingxugou', name: '测试示范点丁（虚构）' };
const UNITS = [JIA, YI, BING, DING];
const ROUTE = { id: 'route-ceshixianluyi', name: '测试线路一', stops: [JIA, YI, BING] };

const WU = { id: 'baotou-ceshishifandianwuxugou', name: '测试示范点戊（虚构）' };

let importOutput = '';
let textImportOutput = '';
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(root, 'content'), join(root, contentDir), { recursive: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: LOCAL_SITE_URL };
  const imported = spawnSync(
    bin('tsx'),
    ['scripts/import.ts', 'tests/fixtures/import/points.csv', '--write', '--content', contentDir],
    { cwd: root, env, encoding: 'utf8' },
  );
  importOutput = `${imported.stdout}${imported.stderr}`;
  expect(imported.status, importOutput).toBe(0);
  const texts = spawnSync(
    bin('tsx'),
    ['scripts/import.ts', 'tests/fixtures/import/yaml-text.csv', '--write', '--content', contentDir],
    { cwd: root, env, encoding: 'utf8' },
  );
  textImportOutput = `${texts.stdout}${texts.stderr}`;
  expect(texts.status, textImportOutput).toBe(0);
  const built = spawnSync(bin('astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
    timeout: 170_000,
  });
  expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the import wrote four units and one route', () => {
  expect(importOutput).toContain('单位：新建 4，更新 0，不变 0，拒绝 0');
  expect(importOutput).toContain('已写入 5 个文件。');
});

interface MapData {
  points: { id: string; lat?: number; lng?: number }[];
  routes: { id: string; stops: { unit: string }[] }[];
}
/** The data a page hands to its map (`<script type="application/json" data-map-data>`). */
const mapData = (html: string): MapData => {
  const match = /<script type="application\/json" data-map-data>(.*?)<\/script>/s.exec(html);
  expect(match, 'the page has a map').not.toBeNull();
  return JSON.parse(match?.[1] ?? '{}') as MapData;
};

test('each imported unit has its page and is listed in the directory', () => {
  const directory = page('units');
  for (const unit of UNITS) {
    expect(page(`units/${unit.id}`)).toContain(`<h1 class="text-2xl sm:text-3xl">${unit.name}</h1>`);
    expect(directory).toContain(`href="/units/${unit.id}/"`);
  }
});

test('the map plots the located imported units and lists the unlocated one as 位置待补充', () => {
  const html = page('map');
  const points = new Map(mapData(html).points.map((p) => [p.id, p]));
  // 甲 was given in WGS84; 乙 (GCJ-02) and 丙 (BD-09) arrive converted, a few hundred metres away.
  expect(points.get(JIA.id)).toMatchObject({ lat: 40.6571, lng: 109.8402 });
  for (const [unit, lat, lng] of [
    [YI, 40.6702, 109.9001],
    [BING, 40.5802, 110.0301],
  ] as const) {
    const point = points.get(unit.id);
    expect(Math.abs((point?.lat ?? 0) - lat)).toBeLessThan(0.01);
    expect(Math.abs((point?.lng ?? 0) - lng)).toBeLessThan(0.015);
    expect(point?.lng).not.toBe(lng);
  }
  expect(points.get(DING.id)?.lat).toBeUndefined();
  const unlocated = html.slice(html.indexOf('id="map-unlocated"'));
  expect(unlocated).toContain(`href="/units/${DING.id}/"`);
});

test('the imported route lists its stops in the order of the sheet', () => {
  const html = page(`routes/${ROUTE.id}`);
  expect(html).toContain(ROUTE.name);
  const list = html.slice(html.indexOf('id="route-stops"'));
  const positions = ROUTE.stops.map((stop) => list.indexOf(`href="/units/${stop.id}/"`));
  expect(positions.every((p) => p > 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(page('routes')).toContain(`href="/routes/${ROUTE.id}/"`);
  const map = mapData(html);
  expect(map.routes.map((r) => r.id)).toEqual([ROUTE.id]);
  expect(map.routes[0]?.stops.map((stop) => stop.unit)).toEqual(ROUTE.stops.map((stop) => stop.id));
  expect(map.points.map((p) => p.id).sort()).toEqual(ROUTE.stops.map((stop) => stop.id).sort());
});

test('text cells that YAML could read as dates or numbers build, and the page shows them as written', () => {
  expect(textImportOutput).toContain('单位：新建 1，更新 0，不变 0，拒绝 0');
  const html = page(`units/${WU.id}`);
  expect(html).toContain(`<h1 class="text-2xl sm:text-3xl">${WU.name}</h1>`);
  for (const text of ['0b101', '2022-09-01', '0x1F', '1e3']) expect(html).toContain(text);
});
