/**
 * The one query module: loads each collection once and exports the derived lists pages need.
 * Pages never call `getCollection` themselves.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { compareNames, sortStories, sortUnits } from './collate';
import { publicUnit } from './publicUnit';
import { type Facet, FACETS, POINT_STATUSES, type Term } from './taxonomy';
import { type FacetGroup, unitsByFacet } from './unitsByFacet';

export type { Facet };

/** A unit entry of the content collection. */
export type Unit = CollectionEntry<'units'>;
/** A story entry of the content collection. */
export type Story = CollectionEntry<'stories'>;
/** A route entry of the content collection. */
export type Route = CollectionEntry<'routes'>;

/** A route stop with its unit resolved. */
export interface ResolvedStop {
  unit: Unit;
  minutes: number;
  note?: string | undefined;
  directions?: string | undefined;
}

let cache: Promise<{ units: Unit[]; unitMap: Map<string, Unit>; stories: Story[]; routes: Route[] }> | undefined;

/**
 * Loads the collections once. Units pass through `publicUnit` here, and only here: a sensitive
 * facility's location and address never reach a page, a file or a script.
 */
function load() {
  cache ??= Promise.all([getCollection('units'), getCollection('stories'), getCollection('routes')]).then(
    ([entries, stories, routes]) => {
      const units = entries.map(publicUnit);
      return {
        units: sortUnits(units),
        unitMap: new Map(units.map((u) => [u.id, u])),
        stories: sortStories(stories),
        routes: [...routes].sort((a, b) => compareNames(a.data.name, b.data.name)),
      };
    },
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
  return unitsByFacet(await getUnits(), facet).map(({ term, units }) => ({ term, count: units.length }));
}

/** One directory page per facet term that units have: the facet, the term and its units. */
export async function facetPages(): Promise<(FacetGroup<Unit> & { facet: Facet })[]> {
  const units = await getUnits();
  return FACETS.flatMap((facet) => unitsByFacet(units, facet).map((group) => ({ facet, ...group })));
}

/** What the site holds, as the home page counts it: routes are the published official ones. */
export async function siteCounts(): Promise<{ stories: number; units: number; points: number; routes: number }> {
  const [stories, units, points, routes] = await Promise.all([getStories(), getUnits(), getBaotouPoints(), getRoutes()]);
  return {
    stories: stories.length,
    units: units.length,
    points: points.length,
    routes: routes.filter((route) => route.data.kind === 'official').length,
  };
}

/** The terms units have, per facet: the options of a filter form. */
export async function facetOptions(): Promise<Record<Facet, Term[]>> {
  const units = await getUnits();
  const terms = (facet: Facet) => unitsByFacet(units, facet).map(({ term }) => term);
  return { region: terms('region'), category: terms('category'), status: terms('status') };
}
