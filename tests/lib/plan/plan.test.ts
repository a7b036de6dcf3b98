import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { formatMapFilter, matchesMapFilter, parseMapFilter } from '../../../src/lib/filters/mapFilter';
import { emptyPlan, formatPlan, moveStop, parsePlan } from '../../../src/lib/plan/plan';
import { planIcs, shanghaiToUtc } from '../../../src/lib/plan/planIcs';

const known = new Set(['unit-a', 'unit-b', 'unit-c']);

describe('plan in the URL', () => {
  test('round-trips', () => {
    const plan = {
      stops: [
        { unit: 'unit-b', minutes: 45 },
        { unit: 'unit-a', minutes: 90 },
      ],
      start: 8 * 60 + 30,
      date: '2026-05-20',
      mode: 'walk' as const,
    };
    const query = formatPlan(plan);
    expect(query).toBe('?stops=unit-b,unit-a&minutes=45,90&start=08:30&date=2026-05-20&mode=walk');
    expect(parsePlan(query, known)).toEqual({ plan, invalid: [] });
  });

  test('the default plan has an empty query', () => {
    expect(formatPlan(emptyPlan())).toBe('');
    expect(parsePlan('', known).plan).toEqual(emptyPlan());
  });

  test('unknown units and malformed values are reported and dropped; the rest is kept', () => {
    const { plan, invalid } = parsePlan(
      '?stops=unit-a,nope,unit-c&minutes=30,40,abc&start=25:00&date=2026-02-30&mode=plane',
      known,
    );
    expect(plan.stops).toEqual([
      { unit: 'unit-a', minutes: 30 },
      { unit: 'unit-c', minutes: 60 },
    ]);
    expect(plan.start).toBe(540);
    expect(plan.date).toBe('');
    expect(plan.mode).toBe('coach');
    expect(invalid).toEqual(['stops=nope', 'minutes=abc', 'start=25:00', 'date=2026-02-30', 'mode=plane']);
  });

  test('moving a stop', () => {
    expect(moveStop(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveStop(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStop(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('iCalendar', () => {
  test('Beijing time converts to UTC (UTC+8, no daylight saving)', () => {
    expect(shanghaiToUtc('2026-05-20', 9 * 60)).toEqual([2026, 5, 20, 1, 0]);
    expect(shanghaiToUtc('2026-01-01', 7 * 60)).toEqual([2025, 12, 31, 23, 0]);
  });

  test('an independent parser reads one event per stop at the right instant', () => {
    const text = planIcs('行程', '2026-05-20', [
      { name: '示例点甲', url: 'https://example.org/units/a/', arrive: 540, depart: 600 },
      { name: '示例点乙', url: 'https://example.org/units/b/', arrive: 620, depart: 665 },
    ]);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['1. 示例点甲', '2. 示例点乙']);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-05-20T01:00:00.000Z');
    expect(events[1]?.endDate.toJSDate().toISOString()).toBe('2026-05-20T03:05:00.000Z');
  });
});

describe('map filter in the URL', () => {
  test('round-trips with a route and reports unknown values', () => {
    const query = formatMapFilter({ region: 'baotou', status: 'confirmed-point', route: 'r-1' });
    expect(query).toBe('?region=baotou&status=confirmed-point&route=r-1');
    expect(parseMapFilter(query, ['r-1'])).toEqual({
      filter: { region: 'baotou', status: 'confirmed-point', route: 'r-1' },
      invalid: [],
    });
    expect(parseMapFilter('?route=r-9&region=mars', ['r-1']).invalid).toEqual(['region=mars', 'route=r-9']);
  });

  test('the route facet keeps only units the route stops at', () => {
    const unit = { region: 'baotou', category: 'park', status: 'confirmed-point', routes: ['r-1'] };
    expect(matchesMapFilter(unit, { route: 'r-1' })).toBe(true);
    expect(matchesMapFilter(unit, { route: 'r-2' })).toBe(false);
    expect(matchesMapFilter(unit, { region: 'baotou' })).toBe(true);
  });
});
