/**
 * The one query module: loads each collection once and exports the derived lists pages need.
 * Pages never call `getCollection` themselves.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { compareNames, sortStories, sortUnits } from './collate';
import { type Facet, FACET_TERMS, POINT_STATUSES, type Term } from './taxonomy';

export type { Facet };

export type Unit = CollectionEntry<'units'>;
export type Story = CollectionEntry<'stories'>;
export type Route = CollectionEntry<'routes'>;

/** A route stop with its unit resolved. */
export interface ResolvedStop {
  unit: Unit;
  minutes: number;
  note?: string | undefined;
  directions?: string | undefined;
}

let cache: Promise<{ units: Unit[]; unitMap: Map<string, Unit>; stories: Story[]; routes: Route[] }> | undefined;

function load() {
  cache ??= Promise.all([getCollection('units'), getCollection('stories'), getCollection('routes')]).then(
    ([units, stories, routes]) => ({
      units: sortUnits(units),
      unitMap: new Map(units.map((u) => [u.id, u])),
      stories: sortStories(stories),
      routes: [...routes].sort((a, b) => compareNames(a.data.name, b.data.name)),
    }),
  );
  return cache;
}

/** All units in directory order. */
export async function getUnits(): Promise<Unit[]> {
  return (await load()).units;
}

/** All stories, newest first. */
export async function getStories(): Promise<Story[]> {
  return (await load()).stories;
}

/** All routes, by name. */
export async function getRoutes(): Promise<Route[]> {
  return (await load()).routes;
}

/** Units by id. */
export async function getUnitMap(): Promise<Map<string, Unit>> {
  return (await load()).unitMap;
}

/** The units a story is about, in the story's order. References were checked by the content guard. */
export async function unitsOfStory(story: Story): Promise<Unit[]> {
  const map = await getUnitMap();
  return story.data.units.map((id) => map.get(id)).filter((u): u is Unit => u !== undefined);
}

/** Stories that name a unit, as subject or as speaker, newest first. */
export async function storiesOfUnit(unit: Unit): Promise<Story[]> {
  return (await getStories()).filter((s) => s.data.units.includes(unit.id) || s.data.speakerUnit === unit.id);
}

/** Routes that stop at a unit. */
export async function routesOfUnit(unit: Unit): Promise<Route[]> {
  return (await getRoutes()).filter((r) => r.data.stops.some((s) => s.unit === unit.id));
}

/** A route's stops with their units. */
export async function stopsOfRoute(route: Route): Promise<ResolvedStop[]> {
  const map = await getUnitMap();
  return route.data.stops.flatMap((stop) => {
    const unit = map.get(stop.unit);
    return unit ? [{ unit, minutes: stop.minutes, note: stop.note, directions: stop.directions }] : [];
  });
}

/** Units counted as Baotou demonstration points. */
export async function getBaotouPoints(): Promise<Unit[]> {
  return (await getUnits()).filter((u) => u.data.region === '包头市' && POINT_STATUSES.includes(u.data.status));
}

/** Terms of a facet that at least one unit has, with their unit counts. */
export async function facetTerms(facet: Facet): Promise<{ term: Term; count: number }[]> {
  const units = await getUnits();
  return FACET_TERMS[facet]
    .map((term) => ({ term, count: units.filter((u) => u.data[facet] === term.value).length }))
    .filter((entry) => entry.count > 0);
}
