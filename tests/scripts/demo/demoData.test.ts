import { describe, expect, test } from 'vitest';
import { type CollectionName, type ContentFile, checkContent } from '../../../src/lib/content/contentIssues';
import { generateDemoContent } from '../../../scripts/lib/demo/demoData';
import { DEMO_SOURCE_TITLE, type DemoFile } from '../../../scripts/lib/demo/demoFile';
import { readFrontmatter, splitFrontmatter } from '../../../src/lib/content/frontmatter';
import { isMongolianScript } from '../../../src/lib/text';

const STORIES = 120;
const files = generateDemoContent({ stories: STORIES, seed: 7 });

/** Parses the generated files and groups them by collection, as the content guard does. */
function collections(list: readonly DemoFile[]): Record<CollectionName, ContentFile[]> {
  const grouped: Record<CollectionName, ContentFile[]> = { units: [], stories: [], routes: [] };
  for (const { path, text } of list) {
    const collection = path.split('/')[0] as CollectionName;
    expect(Object.keys(grouped)).toContain(collection);
    const { data, error } = readFrontmatter(text);
    grouped[collection].push({
      file: `.demo/content/${path}`,
      data,
      ...(error !== undefined ? { parseError: error } : {}),
    });
  }
  return grouped;
}

const parsed = collections(files);
type Data = Record<string, unknown>;
const dataOf = (collection: CollectionName) => parsed[collection].map((f) => f.data as Data);
const units = dataOf('units');
const routes = dataOf('routes');
const stories = dataOf('stories');

describe('generateDemoContent', () => {
  test('is deterministic: the same options give the same files', () => {
    expect(generateDemoContent({ stories: STORIES, seed: 7 })).toEqual(files);
    expect(generateDemoContent({ stories: 5 })).toEqual(generateDemoContent({ stories: 5 }));
  });

  test('different seeds give different stories, over the same units and routes', () => {
    const a = generateDemoContent({ stories: 10, seed: 1 });
    const b = generateDemoContent({ stories: 10, seed: 2 });
    const stories = (list: DemoFile[]) => list.filter((f) => f.path.startsWith('stories/')).map((f) => f.text);
    const skeleton = (list: DemoFile[]) => list.filter((f) => !f.path.startsWith('stories/'));
    expect(stories(a).every((text, i) => text !== stories(b)[i])).toBe(true);
    expect(skeleton(a)).toEqual(skeleton(b));
  });

  test('a smaller data set is a prefix of a larger one', () => {
    expect(files.slice(0, 47 + 20)).toEqual(generateDemoContent({ stories: 20, seed: 7 }));
  });

  test('writes 40 units, 2 sensitive facilities, 5 routes and the requested number of stories, at the expected paths', () => {
    expect(units).toHaveLength(42);
    expect(units.filter((u) => u.sensitive)).toHaveLength(2);
    expect(routes).toHaveLength(5);
    expect(stories).toHaveLength(STORIES);
    expect(files.map((f) => f.path)).toContain('units/demo-point-01.mdx');
    expect(files.map((f) => f.path)).toContain('units/demo-point-40.mdx');
    expect(files.map((f) => f.path)).toContain('routes/demo-route-5.mdx');
    expect(files.map((f) => f.path)).toContain(`stories/demo-story-00120.mdx`);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    expect(generateDemoContent({ stories: 0 })).toHaveLength(47);
  });

  test('every file passes the content guard with zero problems', () => {
    expect(checkContent(parsed)).toEqual([]);
  });

  test('every unit, route and story is plainly marked as fictional', () => {
    for (const unit of units) expect(unit.name).toContain('示例');
    for (const route of routes) expect(route.name).toContain('示例');
    for (const story of stories) expect(story.title).toContain('示例');
    for (const item of [...units, ...routes]) expect(item.sources).toEqual([{ title: DEMO_SOURCE_TITLE }]);
    for (const story of stories) expect((story.source as Data).publication).toContain('虚构');
  });

  test('routes have 5–10 distinct stops and are official, mostly by coach', () => {
    for (const route of routes) {
      const stops = route.stops as Data[];
      expect(stops.length).toBeGreaterThanOrEqual(5);
      expect(stops.length).toBeLessThanOrEqual(10);
      expect(new Set(stops.map((s) => s.unit)).size).toBe(stops.length);
      expect(route.kind).toBe('official');
      for (const stop of stops) {
        expect(stop.minutes).toBeGreaterThanOrEqual(20);
        expect(stop.minutes).toBeLessThanOrEqual(60);
      }
      expect(stops.at(-1)?.directions).toBeUndefined();
    }
    expect(routes.filter((r) => r.travelMode === 'walk')).toHaveLength(1);
  });

  test('units mix precise, approximate and unknown locations, and routes visit all three', () => {
    const precision = (u: Data) => (u.location as { precision: number } | undefined)?.precision;
    const approximate = units.filter((u) => (precision(u) ?? 0) > 200);
    const unlocated = units.filter((u) => u.location === undefined);
    expect(approximate.length).toBeGreaterThanOrEqual(3);
    expect(unlocated.length).toBeGreaterThanOrEqual(2);
    expect(units.filter((u) => (precision(u) ?? Infinity) <= 50).length).toBeGreaterThan(25);
    for (const unit of units.filter((u) => !u.sensitive)) {
      const loc = unit.location as { lat: number; lng: number } | undefined;
      if (!loc) continue;
      expect(loc.lat).toBeGreaterThanOrEqual(40.55);
      expect(loc.lat).toBeLessThanOrEqual(40.7);
      expect(loc.lng).toBeGreaterThanOrEqual(109.75);
      expect(loc.lng).toBeLessThanOrEqual(110.25);
    }
    const visited = new Set(routes.flatMap((r) => (r.stops as Data[]).map((s) => s.unit)));
    expect(approximate.some((u) => visited.has(u.id))).toBe(true);
    expect(unlocated.some((u) => visited.has(u.id))).toBe(true);
  });

  test('stories are dated within 2020-01-01…2026-10-31 and have bodies fit for MDX and search', () => {
    for (const { path, text } of files.filter((f) => f.path.startsWith('stories/'))) {
      const body = splitFrontmatter(text)?.body ?? text;
      expect(body, path).not.toMatch(/[{}<]/);
      expect(body).toMatch(/^## /m);
      const han = body.match(/\p{Script=Han}/gu)?.length ?? 0;
      expect(han).toBeGreaterThan(1200);
      expect(han).toBeLessThan(1900);
    }
    for (const story of stories) {
      const date = story.date instanceof Date ? story.date.toISOString().slice(0, 10) : String(story.date);
      expect(date >= '2020-01-01' && date <= '2026-10-31').toBe(true);
      expect(story.speakerUnit).toMatch(/^demo-point-\d\d$/);
      expect((story.keyFigures as unknown[]).length).toBeGreaterThanOrEqual(2);
      expect((story.keyFigures as unknown[]).length).toBeLessThanOrEqual(5);
    }
    // Stories differ from one another, so that a search index over them is realistic.
    const bodies = new Set(
      files.filter((f) => f.path.startsWith('stories/')).map((f) => splitFrontmatter(f.text)?.body),
    );
    expect(bodies.size).toBe(STORIES);
  });

  test('some units and stories have a Mongolian name in real Mongolian script, cited as demo data', () => {
    type Named = { mongolianName?: { text: string; source: { title: string } } };
    const named = (list: Data[]) => list.filter((item) => (item as Named).mongolianName);
    expect(named(units).map((u) => u.id)).toContain('demo-point-01');
    expect(named(units).length).toBeGreaterThan(1);
    expect(named(units).length).toBeLessThan(units.length);
    expect(named(stories).map((s) => s.id)).toContain('demo-story-00001');
    for (const item of [...named(units), ...named(stories)]) {
      const { text, source } = (item as Named).mongolianName as { text: string; source: { title: string } };
      expect(isMongolianScript(text), text).toBe(true);
      // 示例 (jisiy-e) leads every demo name, so none can pass for a real one.
      expect(text.startsWith('\u1835\u1822\u1831\u1822\u1836\u180E\u1821')).toBe(true);
      expect(source.title).toMatch(/示例数据（虚构）/);
    }
  });

  test('rejects a story count that is not a non-negative integer', () => {
    expect(() => generateDemoContent({ stories: -1 })).toThrow(RangeError);
    expect(() => generateDemoContent({ stories: 1.5 })).toThrow(RangeError);
    expect(() => generateDemoContent({ stories: Number.NaN })).toThrow(RangeError);
    expect(() => generateDemoContent({ stories: 1, seed: 0.5 })).toThrow(RangeError);
  });
});
