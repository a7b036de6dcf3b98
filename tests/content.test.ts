/**
 * The real content in `content/`: it passes every check, carries its sources, agrees with what the
 * site says about it, and has no demo data mixed in. Nothing here counts files by hand, so adding
 * a story or a unit never breaks a test; only content that is wrong does.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { zhCN } from '../src/i18n/zh-CN';
import { readCollection } from '../src/integrations/contentGuard';
import { type CollectionName, checkContent } from '../src/lib/content/contentIssues';
import { POINT_STATUSES, type Status } from '../src/lib/content/taxonomy';

const root = join(import.meta.dirname, '..');
const files = {
  units: readCollection(root, 'content', 'units'),
  stories: readCollection(root, 'content', 'stories'),
  routes: readCollection(root, 'content', 'routes'),
};
type Data = Record<string, unknown> & { id: string };
const data = (list: { data: unknown }[]) => list.map((f) => f.data as Data);

/** The `.mdx` files of a collection on disk, i.e. the pages the site builds from it. */
const mdxFiles = (collection: CollectionName) =>
  readdirSync(join(root, 'content', collection), { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.mdx'),
  );

/** The newspaper page the site's stories were first retold from. */
const PAGE_2022_10_14 = {
  publication: '内蒙古日报',
  date: '2022-10-14',
  page: '第08版',
  url: 'http://szb.northnews.cn/nmgrb/html/2022-10/14/content_39113_192638.htm',
};

/** Statuses whose definitions (see STATUSES in taxonomy.ts) place the unit in Baotou, or outside it. */
const IN_BAOTOU: readonly Status[] = [...POINT_STATUSES, 'seed-named-project', 'related-site', 'seed-named-unit'];
const OUTSIDE_BAOTOU: readonly Status[] = ['seed-named-unit-elsewhere'];

describe('real content', () => {
  test('passes every schema and reference check', () => {
    expect(checkContent(files, { publicFileExists: (p) => existsSync(join(root, 'public', p)) })).toEqual([]);
  });

  test('the guard reads every file the site builds, and each id is its file name', () => {
    for (const collection of ['units', 'stories', 'routes'] as const) {
      expect(files[collection], collection).toHaveLength(mdxFiles(collection).length);
      for (const file of files[collection]) {
        expect((file.data as Data).id, file.file).toBe(basename(file.file, '.mdx'));
      }
    }
  });

  test('every story cites the original it retells, so a reader can find it', () => {
    for (const story of data(files.stories)) {
      const source = story.source as Record<string, unknown>;
      expect(source.publication, story.id).toBeTruthy();
      expect(source.date, story.id).toBeTruthy();
      expect(source.url ?? source.page, story.id).toBeTruthy();
    }
  });

  test('stories retold from the 2022-10-14 page cite it in full, and the same way', () => {
    const { publication, date, page, url } = PAGE_2022_10_14;
    // Frontmatter is read as Astro reads it: an unquoted date is a Date.
    const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
    const fromPage = data(files.stories).filter((story) => {
      const source = story.source as Record<string, unknown>;
      return source.url === url || (source.publication === publication && day(source.date) === date);
    });
    expect(fromPage.length).toBeGreaterThan(0);
    for (const story of fromPage) {
      const source = story.source as Record<string, unknown>;
      expect(source.publication, story.id).toBe(publication);
      expect(day(source.date), story.id).toBe(date);
      expect(source.page, story.id).toBe(page);
      expect(source.url, story.id).toBe(url);
    }
  });

  test('every unit is where its status says it is', () => {
    for (const unit of data(files.units)) {
      const status = unit.status as Status;
      if (IN_BAOTOU.includes(status)) expect(unit.region, unit.id).toBe('包头市');
      if (OUTSIDE_BAOTOU.includes(status)) expect(unit.region, unit.id).not.toBe('包头市');
    }
  });

  test('the demonstration points are those the site says the sources confirm', () => {
    const points = data(files.units).filter((u) => POINT_STATUSES.includes(u.status as Status));
    const inOriginalReport = points.filter((u) => u.status === 'confirmed-point');
    const elsewhere = points.filter((u) => u.status === 'point-other-source');
    // Baotou's programme has 40 points; the about page says how many of them the sources confirm.
    expect(points.length).toBeLessThanOrEqual(40);
    const known = zhCN['about.unknown.1'];
    expect(known).toContain(`只有${points.length}个`);
    expect(known).toContain(`${inOriginalReport.length}个见于2022年的原始报道`);
    expect(known).toContain(`${elsewhere.length}个（${elsewhere.map((u) => u.name).join('、')}）`);
  });

  test('every located unit states a precision and what the point stands for', () => {
    for (const unit of data(files.units)) {
      const location = unit.location as { precision?: number; note?: string } | undefined;
      if (!location) continue;
      expect(location.precision, unit.id).toBeGreaterThan(0);
      expect(location.note, unit.id).toBeTruthy();
    }
  });

  test('contains no demo data', () => {
    for (const file of [...files.units, ...files.stories, ...files.routes]) {
      const record = file.data as Data;
      expect(record.id, file.file).not.toMatch(/^demo-/);
      expect(JSON.stringify(record), file.file).not.toContain('示例');
    }
  });
});
