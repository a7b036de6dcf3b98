/**
 * The search's name-list fallback: a plain substring match over the names of units and routes
 * (full name, short name, aliases). Pagefind segments Chinese into words at index and at query
 * time; a short name can be cut differently in the two (or not at all when it is shorter than a
 * word), and then the page people mean is missing from the results. Matching the query as a
 * substring of the few names the content records always finds it.
 */
import type { SearchRecord } from './searchRecords';
import { typeLabel } from './searchRecords';

/** One entry of `/search/names.json`. Filter values are labels, as in the Pagefind index. */
export interface NameEntry {
  url: string;
  title: string;
  /** Type label: 示范单位, 线路. */
  type: string;
  regions: string[];
  category?: string;
  status?: string;
  /** Short name and aliases. */
  names: string[];
}

/** The name-list entry of an indexed page: its names with the filters they can be narrowed by. */
export function toNameEntry(record: SearchRecord): NameEntry {
  return {
    url: record.url,
    title: record.title,
    type: typeLabel(record.type),
    regions: record.regions,
    ...(record.category ? { category: record.category } : {}),
    ...(record.status ? { status: record.status } : {}),
    names: record.names,
  };
}

/**
 * The form in which queries and names are compared: full-width letters and digits made
 * half-width (NFKC), lower case, without spaces, quotation marks and title marks, so that
 * “红石榴家园”, 《…》 and ＡＢＣ match what the content writes.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s"'“”‘’「」『』《》〈〉<>]+/g, '');
}

/** Filters as the index stores them: name → label (e.g. `{ type: '示范单位', region: '包头市' }`). */
export type LabelFilters = Partial<Record<'type' | 'region' | 'category' | 'status', string>>;

function passes(entry: NameEntry, filters: LabelFilters): boolean {
  return (
    (!filters.type || entry.type === filters.type) &&
    (!filters.region || entry.regions.includes(filters.region)) &&
    (!filters.category || entry.category === filters.category) &&
    (!filters.status || entry.status === filters.status)
  );
}

/** A name-list match: the entry, and the alias that matched when it was not the title. */
export interface NameMatch {
  entry: NameEntry;
  alias?: string;
}

/** Shorter queries match too much of every name to say anything. */
export const MIN_FALLBACK_LENGTH = 2;

/**
 * Entries whose title or one of whose names contains the query, best first: an exact name,
 * then a name that starts with the query, then any other containing name; ties keep list order.
 */
export function matchNames(entries: readonly NameEntry[], query: string, filters: LabelFilters = {}): NameMatch[] {
  const needle = normaliseForMatch(query);
  if ([...needle].length < MIN_FALLBACK_LENGTH) return [];
  const ranked: { match: NameMatch; rank: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    if (!passes(entry, filters)) return;
    let best: { rank: number; alias?: string } | undefined;
    for (const [name, isTitle] of [[entry.title, true], ...entry.names.map((n) => [n, false])] as [string, boolean][]) {
      const hay = normaliseForMatch(name);
      const rank = hay === needle ? 0 : hay.startsWith(needle) ? 1 : hay.includes(needle) ? 2 : -1;
      if (rank < 0 || (best && best.rank <= rank)) continue;
      best = isTitle ? { rank } : { rank, alias: name };
    }
    if (best) {
      ranked.push({ match: best.alias ? { entry, alias: best.alias } : { entry }, rank: best.rank, order });
    }
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map(({ match }) => match);
}
