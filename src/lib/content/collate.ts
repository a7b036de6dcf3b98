/**
 * Ordering of units and stories, kept pure so that it can be tested without Astro.
 */
import { STATUSES, type Status } from './taxonomy';

const collator = new Intl.Collator('zh-CN');

/** Compares Chinese names in pinyin order. */
export const compareNames = (a: string, b: string) => collator.compare(a, b);

const statusRank = new Map<string, number>(STATUSES.map((s, i) => [s.value, i]));

/** Units in directory order: by status (most certain first), then by name. */
export function sortUnits<T extends { data: { status: Status; name: string } }>(units: readonly T[]): T[] {
  const rank = (u: T) => statusRank.get(u.data.status) ?? STATUSES.length;
  return [...units].sort((a, b) => rank(a) - rank(b) || compareNames(a.data.name, b.data.name));
}

/** Stories newest first; on the same day, by title. */
export function sortStories<T extends { data: { date: Date; title: string } }>(stories: readonly T[]): T[] {
  return [...stories].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || compareNames(a.data.title, b.data.title),
  );
}
