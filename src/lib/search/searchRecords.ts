/**
 * What the search index knows about each page besides its text: the page type, region, category
 * and status as filters, the type and region as result metadata, a date to sort stories by, and
 * the names people may type (short names, aliases, a name in Mongolian script) for the name-list
 * fallback.
 */
import { categoryTerm, type Category, type Region, type Status, statusTerm } from '../content/taxonomy';
import { isoDay } from '../format';
import { routePath, storyPath, unitPath } from '../paths';

/** The kinds of page the index holds, with their URL slug and their label (filter value). */
export const SEARCH_TYPES = [
  { slug: 'story', label: '故事' },
  { slug: 'unit', label: '示范单位' },
  { slug: 'route', label: '线路' },
] as const;
/** The slug of a page type: `story`, `unit`, `route`. */
export type SearchType = (typeof SEARCH_TYPES)[number]['slug'];

/** The label of a page type, as the index stores it (故事, 示范单位, 线路). */
export const typeLabel = (type: SearchType): string => SEARCH_TYPES.find((entry) => entry.slug === type)?.label ?? type;

/** One indexed page, as the search sees it. */
export interface SearchRecord {
  type: SearchType;
  /** Path of the page, `/units/<id>/`. */
  url: string;
  /** Title shown in results. */
  title: string;
  /** Region values (盟市); a route has the regions of its stops. */
  regions: string[];
  /** Unit category label, for units. */
  category?: string;
  /** Unit status label, for units. */
  status?: string;
  /** `YYYY-MM-DD`: a story's date, a unit's last revision. Routes have none. */
  date?: string;
  /** Other names people type: short name, aliases, the name in Mongolian script. Empty for stories. */
  names: string[];
}

/** A story page as the search sees it. */
export function storyRecord(story: { id: string; data: { title: string; region: Region; date: Date } }): SearchRecord {
  return {
    type: 'story',
    url: storyPath(story.id),
    title: story.data.title,
    regions: [story.data.region],
    date: isoDay(story.data.date),
    names: [],
  };
}

/** A unit page as the search sees it: its names, region, category, status and last revision. */
export function unitRecord(unit: {
  id: string;
  data: {
    name: string;
    shortName?: string | undefined;
    aliases: string[];
    mongolianName?: { text: string } | undefined;
    region: Region;
    category: Category;
    status: Status;
    updated: Date;
  };
}): SearchRecord {
  const { data } = unit;
  return {
    type: 'unit',
    url: unitPath(unit.id),
    title: data.name,
    regions: [data.region],
    category: categoryTerm(data.category).label,
    status: statusTerm(data.status).label,
    date: isoDay(data.updated),
    names: [
      ...new Set([data.shortName, ...data.aliases, data.mongolianName?.text].filter((name): name is string => !!name)),
    ],
  };
}

/** A route page as the search sees it, in the regions of its stops. */
export function routeRecord(route: { id: string; data: { name: string } }, stopRegions: string[]): SearchRecord {
  return {
    type: 'route',
    url: routePath(route.id),
    title: route.data.name,
    regions: [...new Set(stopRegions)],
    names: [],
  };
}

/**
 * The Pagefind filters of a page. Values are the labels users see (故事, 包头市, 社区,
 * 示范点（来源证实）); the search page maps its URL slugs onto them.
 */
export function searchFilters(record: SearchRecord): [string, string][] {
  return [
    ['type', typeLabel(record.type)],
    ...record.regions.map((region): [string, string] => ['region', region]),
    ...(record.category ? [['category', record.category] as [string, string]] : []),
    ...(record.status ? [['status', record.status] as [string, string]] : []),
  ];
}

/** The Pagefind metadata of a page, shown on its result. */
export function searchMeta(record: SearchRecord): [string, string][] {
  return [
    ['type', typeLabel(record.type)],
    ['region', record.regions.join('、')],
  ];
}
