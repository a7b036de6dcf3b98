/**
 * The real content in `content/`: it passes every check, carries its sources, and has no demo data
 * mixed in.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCollection } from '../src/integrations/contentGuard';
import { checkContent } from '../src/lib/content/contentIssues';

const root = join(import.meta.dirname, '..');
const files = {
  units: readCollection(root, 'content', 'units'),
  stories: readCollection(root, 'content', 'stories'),
  routes: readCollection(root, 'content', 'routes'),
};
type Data = Record<string, unknown> & { id: string };
const data = (list: { data: unknown }[]) => list.map((f) => f.data as Data);

describe('real content', () => {
  test('passes every schema and reference check', () => {
    expect(checkContent(files, { publicFileExists: (p) => existsSync(join(root, 'public', p)) })).toEqual([]);
  });

  test('has the eight stories of the 2022-10-14 page, each citing it', () => {
    const stories = data(files.stories);
    expect(stories).toHaveLength(8);
    for (const story of stories) {
      const source = story.source as Record<string, unknown>;
      expect(source.publication, story.id).toBe('内蒙古日报');
      expect(source.page, story.id).toBe('第08版');
      expect(source.url, story.id).toBe('http://szb.northnews.cn/nmgrb/html/2022-10/14/content_39113_192638.htm');
    }
  });

  test('has the 32 researched units, six of them confirmed demonstration points', () => {
    const units = data(files.units);
    expect(units).toHaveLength(32);
    const confirmed = units
      .filter((u) => ['confirmed-point', 'point-other-source'].includes(String(u.status)))
      .map((u) => u.id);
    expect(confirmed.sort()).toEqual([
      'bt-aerding-1-community',
      'bt-chuangke-center',
      'bt-fire-special-service-brigade',
      'bt-guyang-zhubao-dqfwzx',
      'bt-rare-earth-museum',
      'bt-tuanjie-square',
    ]);
  });

  test('every located unit states a precision and what the point stands for', () => {
    for (const unit of data(files.units)) {
      const location = unit.location as { precision?: number; note?: string } | undefined;
      if (!location) continue;
      expect(location.precision, unit.id).toBeGreaterThan(0);
      expect(location.note, unit.id).toBeTruthy();
    }
  });

  test('publishes no route without a source (the 5 routes are not yet known)', () => {
    for (const route of data(files.routes)) expect((route.sources as unknown[]).length, route.id).toBeGreaterThan(0);
  });

  test('contains no demo data', () => {
    for (const file of [...files.units, ...files.stories, ...files.routes]) {
      const record = file.data as Data;
      expect(record.id, file.file).not.toMatch(/^demo-/);
      expect(JSON.stringify(record), file.file).not.toContain('示例');
    }
  });
});
