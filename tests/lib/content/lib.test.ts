import { describe, expect, test } from 'vitest';
import { t } from '../../../src/i18n';
import { zhCN } from '../../../src/i18n/zh-CN';
import { sortStories, sortUnits } from '../../../src/lib/content/collate';
import {
  figureContext,
  formatCoordinates,
  formatDate,
  formatFigure,
  formatPrecision,
  isApproximate,
} from '../../../src/lib/format';
import { CATEGORIES, POINT_STATUSES, REGIONS, STATUSES } from '../../../src/lib/content/taxonomy';
import { STATUS_SYMBOLS } from '../../../src/lib/map/statusSymbols';
import { formatUnitFilter, matchesFilter, parseUnitFilter } from '../../../src/lib/filters/unitFilter';

describe('format', () => {
  test('dates read as Chinese calendar days', () => {
    expect(formatDate(new Date(Date.UTC(2022, 9, 14)))).toBe('2022年10月14日');
    expect(formatDate(new Date(Date.UTC(2023, 0, 5)))).toBe('2023年1月5日');
  });

  test('precision in metres below 1 km, kilometres above', () => {
    expect(formatPrecision(50)).toBe('约±50米');
    expect(formatPrecision(2000)).toBe('约±2公里');
    expect(formatPrecision(1500)).toBe('约±1.5公里');
    expect(formatPrecision(150000)).toBe('约±150公里');
  });

  test('a location is approximate above 200 m', () => {
    expect(isApproximate(200)).toBe(false);
    expect(isApproximate(201)).toBe(true);
    expect(isApproximate(10)).toBe(false);
  });

  test('coordinates with hemisphere words', () => {
    expect(formatCoordinates(40.655, 109.88)).toBe('北纬 40.655°，东经 109.880°');
  });

  test('key figures keep the qualifiers of the source', () => {
    expect(formatFigure({ value: 70, unit: '个' })).toBe('70个');
    expect(formatFigure({ value: 4, unit: '万人次', note: '余' })).toBe('4万余人次');
    expect(formatFigure({ value: 90, unit: '%', note: '以上，目标' })).toBe('90%以上');
    expect(formatFigure({ value: '2.8亿', unit: '次', note: '超' })).toBe('超2.8亿次');
    expect(formatFigure({ value: 273706, unit: '人次' })).toBe('273706人次');
    expect(formatFigure({ value: '11.1万', unit: '个' })).toBe('11.1万个');
    expect(formatFigure({ value: 1100, unit: '条', note: '余，3年来' })).toBe('1100余条');
    expect(figureContext('余，年初以来')).toBe('年初以来');
    expect(figureContext('余')).toBeUndefined();
    expect(figureContext('2016年以来')).toBe('2016年以来');
  });
});

describe('unit filter in the URL', () => {
  test('reads known values and reports unknown ones', () => {
    expect(parseUnitFilter('?region=baotou&status=confirmed-point')).toEqual({
      filter: { region: 'baotou', status: 'confirmed-point' },
      invalid: [],
    });
    expect(parseUnitFilter('?region=atlantis&category=community&status=')).toEqual({
      filter: { category: 'community' },
      invalid: ['region=atlantis'],
    });
    expect(parseUnitFilter('?region=%E5%8C%85%E5%A4%B4')).toEqual({ filter: {}, invalid: ['region=包头'] });
  });

  test('writes facets in a stable order, nothing when empty', () => {
    expect(formatUnitFilter({ status: 'related-site', region: 'baotou' })).toBe('?region=baotou&status=related-site');
    expect(formatUnitFilter({})).toBe('');
  });

  test('round-trips', () => {
    const filter = { region: 'hohhot', category: 'organ' };
    expect(parseUnitFilter(formatUnitFilter(filter)).filter).toEqual(filter);
  });

  test('matches on every selected facet', () => {
    const unit = { region: 'baotou', category: 'community', status: 'confirmed-point' };
    expect(matchesFilter(unit, {})).toBe(true);
    expect(matchesFilter(unit, { region: 'baotou', status: 'confirmed-point' })).toBe(true);
    expect(matchesFilter(unit, { region: 'baotou', category: 'organ' })).toBe(false);
  });
});

describe('ordering', () => {
  test('units: most certain status first, then names in pinyin order', () => {
    const units = [
      { data: { name: '黄河谣文化园', status: 'seed-named-project' as const } },
      { data: { name: '青山区团结广场', status: 'confirmed-point' as const } },
      { data: { name: '创客中心', status: 'confirmed-point' as const } },
      { data: { name: '包头稀土博物馆', status: 'point-other-source' as const } },
    ];
    expect(sortUnits(units).map((u) => u.data.name)).toEqual([
      '创客中心',
      '青山区团结广场',
      '包头稀土博物馆',
      '黄河谣文化园',
    ]);
  });

  test('stories: newest first, same day by title', () => {
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    const stories = [
      { data: { title: '乙', date: day('2022-10-14') } },
      { data: { title: '丙', date: day('2023-01-01') } },
      { data: { title: '甲', date: day('2022-10-14') } },
    ];
    expect(sortStories(stories).map((s) => s.data.title)).toEqual(['丙', '甲', '乙']);
  });
});

describe('vocabularies and strings', () => {
  test('slugs are unique, URL-safe ASCII', () => {
    for (const terms of [REGIONS, CATEGORIES, STATUSES]) {
      const slugs = terms.map((term) => term.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  test('the official list is the most certain status, a point status with a symbol of its own', () => {
    expect(STATUSES[0]).toMatchObject({ value: 'official-list', label: '示范点（官方名单）' });
    expect(POINT_STATUSES).toContain('official-list');
    const symbols = Object.entries(STATUS_SYMBOLS).filter(([status]) => (POINT_STATUSES as readonly string[]).includes(status));
    expect(new Set(symbols.map(([, symbol]) => symbol)).size).toBe(POINT_STATUSES.length);
  });

  test('t() fills placeholders and leaves unknown ones visible', () => {
    expect(t('units.shown', { shown: 5, total: 32 })).toBe('显示 5 / 32 个');
    expect(t('units.shown', { shown: 5 })).toBe('显示 5 / {total} 个');
  });

  test('the dictionary uses full-width punctuation, not ASCII quotes', () => {
    for (const [key, text] of Object.entries(zhCN)) {
      expect(text, key).not.toMatch(/"/);
    }
  });
});
