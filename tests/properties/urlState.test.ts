/**
 * Every parser of state in a URL (unit directory, map, planner, search, embed page), run on
 * thousands of generated query strings: whatever a link says, the parser never throws, keeps only
 * values the site knows, reports the rest, and the notice made from that report stays short and
 * plain. State the site writes reads back the same.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FACET_TERMS, FACETS } from '../../src/lib/content/taxonomy';
import { formatMapFilter, type MapFilter, parseMapFilter } from '../../src/lib/filters/mapFilter';
import { formatUnitFilter, parseUnitFilter, type UnitFilter } from '../../src/lib/filters/unitFilter';
import { isTravelMode, TRAVEL_MODES } from '../../src/lib/geo/travel';
import { embedContext } from '../../src/lib/media/embedMessages';
import { formatPlan, MAX_STOP_MINUTES, MIN_STOP_MINUTES, parsePlan, type Plan } from '../../src/lib/plan/plan';
import {
  formatSearchParams,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  SEARCH_FILTER_TERMS,
  SEARCH_FILTERS,
  type SearchState,
} from '../../src/lib/search/searchQuery';
import { invalidNotice, NOTICE_VALUE_LIMIT, NOTICE_VALUES_MAX } from '../../src/lib/text';

const RUNS = { numRuns: 2_000 };
const UNITS = ['bt-tuanjie-square', 'demo-unit-1', 'demo-unit-2', 'x'];
const ROUTES = ['demo-route-1', 'route-2'];
const NAMES = [
  'region',
  'category',
  'status',
  'route',
  'stops',
  'minutes',
  'start',
  'date',
  'mode',
  'q',
  'type',
  'sort',
];

/** A parameter value: known values, near misses, and anything at all, raw or percent-encoded. */
const value = fc.oneof(
  fc.constantFrom(
    ...FACETS.flatMap((facet) => FACET_TERMS[facet].map((term) => term.slug)),
    ...UNITS,
    ...ROUTES,
    ...TRAVEL_MODES,
    '09:00',
    '2026-02-30',
    '2026-05-20',
    '60',
    '0',
    '601',
    '__proto__',
    'constructor',
    '%E4%B8',
    '%',
    '<script>alert(1)</script>',
    '本站已迁移，请致电 400-000-0000',
    '\u202Eevil',
  ),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 200 }).map(encodeURIComponent),
  fc.string({ maxLength: 5_000 }),
);
/** A query string of such parameters, sometimes with a `?`, sometimes repeated names. */
const query = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 10 })), value), { maxLength: 12 }),
  )
  .map(([mark, pairs]) => `${mark ? '?' : ''}${pairs.map(([name, text]) => `${name}=${text}`).join('&')}`);

const TEMPLATE = '已忽略：“{value}”。';

/** The notice the page would show for `invalid`: bounded, and free of controls and bidi marks. */
function expectShortPlainNotice(invalid: string[]) {
  const notice = invalidNotice(invalid, TEMPLATE);
  const perValue = [...TEMPLATE].length - '{value}'.length + NOTICE_VALUE_LIMIT + 1;
  expect([...notice].length).toBeLessThanOrEqual(NOTICE_VALUES_MAX * (perValue + 1));
  expect(notice).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
}

describe('the unit directory filter', () => {
  test('never throws; keeps only known slugs; reads back what it writes', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { filter, invalid } = parseUnitFilter(search);
        for (const [facet, slug] of Object.entries(filter)) {
          expect(FACET_TERMS[facet as (typeof FACETS)[number]].map((term) => term.slug)).toContain(slug);
        }
        expectShortPlainNotice(invalid);
        expect(parseUnitFilter(formatUnitFilter(filter))).toEqual({ filter, invalid: [] });
      }),
      RUNS,
    );
  });

  test('any filter the page can set survives the round trip', () => {
    const filters = fc.record(
      Object.fromEntries(FACETS.map((facet) => [facet, fc.constantFrom(...FACET_TERMS[facet].map((t) => t.slug))])),
      { requiredKeys: [] },
    ) as fc.Arbitrary<UnitFilter>;
    fc.assert(
      fc.property(filters, (filter) => {
        expect(parseUnitFilter(formatUnitFilter(filter)).filter).toEqual(filter);
      }),
    );
  });
});

describe('the map filter', () => {
  test('never throws; keeps only known slugs and routes; reads back what it writes', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { filter, invalid } = parseMapFilter(search, ROUTES);
        if (filter.route !== undefined) expect(ROUTES).toContain(filter.route);
        expectShortPlainNotice(invalid);
        expect(parseMapFilter(formatMapFilter(filter), ROUTES)).toEqual({ filter, invalid: [] });
      }),
      RUNS,
    );
  });

  test('a route the page can set survives the round trip', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROUTES), (route) => {
        const filter: MapFilter = { route };
        expect(parseMapFilter(formatMapFilter(filter), ROUTES).filter).toEqual(filter);
      }),
    );
  });
});

describe('the planner', () => {
  const known = new Set(UNITS);

  test('never throws; keeps only known stops, stays in range, valid days and modes; reads back what it writes', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { plan, invalid } = parsePlan(search, known);
        for (const stop of plan.stops) {
          expect(known.has(stop.unit)).toBe(true);
          expect(stop.minutes).toBeGreaterThanOrEqual(MIN_STOP_MINUTES);
          expect(stop.minutes).toBeLessThanOrEqual(MAX_STOP_MINUTES);
        }
        expect(plan.start).toBeGreaterThanOrEqual(0);
        expect(plan.start).toBeLessThan(24 * 60);
        if (plan.date) expect(new Date(`${plan.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(plan.date);
        expect(isTravelMode(plan.mode)).toBe(true);
        expectShortPlainNotice(invalid);
        expect(parsePlan(formatPlan(plan), known)).toEqual({ plan, invalid: [] });
      }),
      RUNS,
    );
  });

  test('any plan the page can make survives the round trip', () => {
    const plans: fc.Arbitrary<Plan> = fc.record({
      stops: fc.array(
        fc.record({
          unit: fc.constantFrom(...UNITS),
          minutes: fc.integer({ min: MIN_STOP_MINUTES, max: MAX_STOP_MINUTES }),
        }),
        { maxLength: 12 },
      ),
      start: fc.integer({ min: 0, max: 24 * 60 - 1 }),
      date: fc.oneof(
        fc.constant(''),
        fc
          .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
      mode: fc.constantFrom(...TRAVEL_MODES),
    });
    fc.assert(
      fc.property(plans, (plan) => {
        expect(parsePlan(formatPlan(plan), new Set(UNITS)).plan).toEqual(plan);
      }),
    );
  });
});

describe('the search page', () => {
  test('never throws; a query is cut to its limit; filters only known; reads back what it writes', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state, invalid } = parseSearchParams(search);
        expect(state.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        for (const [filter, slug] of Object.entries(state.filters)) {
          expect(SEARCH_FILTER_TERMS[filter as (typeof SEARCH_FILTERS)[number]].map((t) => t.slug)).toContain(slug);
        }
        expectShortPlainNotice(invalid);
        // The cut may split a character in two, so the query itself may come back changed: the
        // filters come back as they were, and nothing is reported.
        expect(parseSearchParams(formatSearchParams(state)).invalid).toEqual([]);
        expect(parseSearchParams(formatSearchParams(state)).state.filters).toEqual(state.filters);
      }),
      RUNS,
    );
  });

  test('a search the page can make survives the round trip', () => {
    const states: fc.Arbitrary<SearchState> = fc.record(
      {
        query: fc
          .string({ unit: 'grapheme', maxLength: 40 })
          .map((q) => q.trim())
          .filter((q) => !/\s{2}/.test(q)),
        filters: fc.record(
          Object.fromEntries(
            SEARCH_FILTERS.map((filter) => [
              filter,
              fc.constantFrom(...SEARCH_FILTER_TERMS[filter].map((t) => t.slug)),
            ]),
          ),
          { requiredKeys: [] },
        ) as fc.Arbitrary<SearchState['filters']>,
        sort: fc.constantFrom('relevance' as const, 'date' as const),
        allStories: fc.constant(true as const),
      },
      { requiredKeys: ['query', 'filters', 'sort'] },
    );
    fc.assert(
      fc.property(states, (state) => {
        expect(parseSearchParams(formatSearchParams(state)).state).toEqual(state);
      }),
    );
  });
});

describe('the embed page', () => {
  test('never throws; the ids it echoes to the host page are short word characters or nothing', () => {
    fc.assert(
      fc.property(
        query,
        fc.oneof(
          value,
          value.map((v) => `#?secret=${v}`),
        ),
        (search, hash) => {
          const context = embedContext('stories-x', search, hash);
          for (const id of [context.pymId, context.secret]) {
            if (id !== undefined) expect(id).toMatch(/^[\w-]{1,64}$/);
          }
        },
      ),
      RUNS,
    );
  });
});
