/**
 * Stories in search shards. The main Pagefind index (`/pagefind/`) holds the units, the routes and
 * the newest stories; older stories go into further indexes of the same size, newest first
 * (`/pagefind/stories-1/`, `stories-2/`, …), which the search page loads only when asked or when
 * the main index finds nothing. Every index's page list (`pf_meta`) is downloaded whole before its
 * first query and grows with its pages, so the first search stays small however many stories
 * there are. The build writes which indexes exist to `/pagefind/stories.json` ({@link StoryShards}).
 */

/** Stories per index: the newest this many are searched first. */
export const STORY_SHARD_SIZE = 250;

/** Environment variable that sets another shard size at build time (tests build small shards). */
export const SHARD_SIZE_ENV = 'SEARCH_STORY_SHARD_SIZE';

/** The file, in the main index's folder, that lists the indexes of older stories. */
export const SHARD_MANIFEST = 'stories.json';

/** Folder of the index of older stories number `n` (1, 2, …), inside the main index's folder. */
export const shardDir = (n: number): string => `stories-${n}/`;

/**
 * The filter the search adds to every page of an index of older stories when it merges it, valued
 * `'1'`, `'2'`, …: sorted by date, Pagefind merges indexes by each result's rank within its own
 * index, so the search asks each older index for its stories separately (searchEngine.ts).
 */
export const SHARD_FILTER = 'shard';

/** What `/pagefind/stories.json` says: how many stories the main index holds, and the older indexes. */
export interface StoryShards {
  /** Stories in the main index: the newest ones. */
  recent: number;
  /** The indexes of older stories, newest first: folder (relative to the main index) and stories. */
  older: { path: string; stories: number }[];
}

/** Thrown when {@link SHARD_SIZE_ENV} is set to something that is not a size. */
export class ShardSizeError extends Error {
  override name = 'ShardSizeError';
}

/** The shard size: {@link SHARD_SIZE_ENV} when set (a whole number from 1 to 100,000), else the default. */
export function storyShardSize(env: Record<string, string | undefined>): number {
  const value = env[SHARD_SIZE_ENV];
  if (value === undefined || value.trim() === '') return STORY_SHARD_SIZE;
  const size = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(size) || size < 1 || size > 100_000) {
    throw new ShardSizeError(
      `${SHARD_SIZE_ENV} must be a whole number of stories from 1 to 100000, got ${JSON.stringify(value)}. ` +
        `Leave it unset for the default of ${STORY_SHARD_SIZE}.`,
    );
  }
  return size;
}

/** A story page to place: its path and its date (`YYYY-MM-DD`; a story without one counts as oldest). */
export interface ShardStory {
  path: string;
  date?: string | undefined;
}

/**
 * Splits the stories into shards of `size`, newest first: shard 0 holds the newest `size` stories
 * (it goes into the main index), shard 1 the next, and so on. Stories of the same day are ordered
 * by path, so every build places them the same way. No stories, no shards.
 */
export function planStoryShards<T extends ShardStory>(stories: readonly T[], size: number): T[][] {
  const ordered = [...stories].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  const shards: T[][] = [];
  for (let start = 0; start < ordered.length; start += size) shards.push(ordered.slice(start, start + size));
  return shards;
}
