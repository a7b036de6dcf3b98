import { beforeAll, describe, expect, test } from 'vitest';
import {
  facetTerms,
  getBaotouPoints,
  getRoutes,
  getStories,
  getUnitMap,
  getUnits,
  routesOfUnit,
  siteCounts,
  storiesOfUnit,
  stopsOfRoute,
  type Route,
  type Story,
  type Unit,
  unitsOfStory,
} from '../../../src/lib/content/queries';
import { useContentFixtures } from '../../support/contentFixtures';

beforeAll(useContentFixtures);

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);
const unit = async (id: string) => (await getUnitMap()).get(id) as Unit;
const story = async (id: string) => (await getStories()).find((s) => s.id === id) as Story;
const route = async (id: string) => (await getRoutes()).find((r) => r.id === id) as Route;

describe('the lists pages get', () => {
  test('units in directory order: the most certain status first', async () => {
    expect(ids(await getUnits())).toEqual(['test-school', 'test-square', 'test-company']);
  });

  test('stories newest first, routes by name', async () => {
    expect(ids(await getStories())).toEqual(['test-newer', 'test-older']);
    expect(ids(await getRoutes())).toEqual(['test-route-a', 'test-route-b']);
  });

  test('Baotou points are Baotou units with a point status', async () => {
    expect(ids(await getBaotouPoints())).toEqual(['test-school', 'test-square']);
  });
});

describe('cross-references', () => {
  test('a story’s units in the story’s order', async () => {
    expect(ids(await unitsOfStory(await story('test-older')))).toEqual(['test-square', 'test-school']);
  });

  test('a unit’s stories include those where it is the speaker', async () => {
    expect(ids(await storiesOfUnit(await unit('test-company')))).toEqual(['test-newer']);
    expect(ids(await storiesOfUnit(await unit('test-square')))).toEqual(['test-older']);
  });

  test('a unit’s routes, and a route’s stops with their units, notes and minutes', async () => {
    expect(ids(await routesOfUnit(await unit('test-square')))).toEqual(['test-route-a', 'test-route-b']);
    const stops = await stopsOfRoute(await route('test-route-a'));
    expect(stops.map((s) => [s.unit.id, s.minutes, s.note])).toEqual([
      ['test-square', 40, '看广场'],
      ['test-company', 60, undefined],
    ]);
  });
});

describe('counts', () => {
  test('facet terms count the units that have them', async () => {
    const regions = await facetTerms('region');
    expect(regions.map(({ term, count }) => [term.value, count])).toEqual([
      ['包头市', 2],
      ['鄂尔多斯市', 1],
    ]);
  });

  test('the home page counts only official routes', async () => {
    expect(await siteCounts()).toEqual({ stories: 2, units: 3, points: 2, routes: 1 });
  });
});
