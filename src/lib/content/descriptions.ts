/**
 * Records described in words: the one-line descriptions that a full page and its embed page give
 * in their meta tags and JSON-LD, and the small phrases a unit page builds from its data.
 */
import { t } from '../../i18n';
import { type Status, statusTerm } from './taxonomy';

/** A unit's meta description: `包头市团结广场：示范点（来源证实）。包头市昆都仑区。`. */
export function unitDescription(data: { name: string; status: Status; region: string; district?: string | undefined }): string {
  return `${data.name}：${statusTerm(data.status).label}。${data.region}${data.district ?? ''}。`;
}

/** A route's meta description: `线路名：主题，5 站。`. */
export function routeDescription(data: { name: string; theme: string }, stopCount: number): string {
  return `${data.name}：${data.theme}，${t('route.stopCount', { count: stopCount })}。`;
}

/** The other names of a unit, short name first, as the page lists them; empty when it has none. */
export function otherNames(data: { shortName?: string | undefined; aliases: string[] }): string[] {
  return [data.shortName, ...data.aliases].filter((name): name is string => !!name);
}

/** The known facts of a designation besides its title: level, batch, year (e.g. `国家级`, `第十批`). */
export function designationFacts(designation: {
  level?: string | undefined;
  batch?: number | undefined;
  year?: number | undefined;
}): string[] {
  const { level, batch, year } = designation;
  return [
    level,
    batch ? t('unit.designation.batch', { batch }) : undefined,
    year ? t('unit.designation.year', { year }) : undefined,
  ].filter((fact): fact is string => !!fact);
}

/** A source as the sources section lists it. */
interface ListedSource {
  title: string;
  url?: string | undefined;
  date?: Date | undefined;
  note?: string | undefined;
}

/**
 * A unit's sources as its page lists them: its own, then the source of its Mongolian name (when it
 * has one), noted as such, so that the name's provenance is shown like every other fact's.
 */
export function sourcesWithMongolianName(data: {
  sources: ListedSource[];
  mongolianName?: { source: ListedSource } | undefined;
}): ListedSource[] {
  if (!data.mongolianName) return data.sources;
  const { source } = data.mongolianName;
  return [...data.sources, { ...source, note: [t('mongolian.source'), source.note].filter(Boolean).join('；') }];
}
