/**
 * One search session: Pagefind's JS API, the name list and the list of story indexes, loaded once,
 * and the searches run against them. It runs in the search worker (src/scripts/searchWorker.ts), so
 * that Pagefind's WebAssembly and the work of a search stay off the page's main thread, and in the
 * page itself where a browser cannot start that worker. Either way it is asked and answers in the
 * same messages ({@link WorkerRequest}, {@link WorkerReply}: plain data that can be posted between
 * threads), through {@link answer}.
 */
import { normaliseQuery, type PagefindApi, runSearch, type SearchHit, type SearchOutcome } from './searchEngine';
import type { LabelFilters, NameEntry } from './searchFallback';
import { SHARD_FILTER, SHARD_MANIFEST, type StoryShards } from './searchShards';

/** Where a session finds its index and name list. */
export interface SessionSource {
  /** Folder of the main Pagefind index, ending in `/` (e.g. `/pagefind/`). */
  indexBase: string;
  /** The name list (`/search/names.json`). */
  namesUrl: string;
}

/** One search as the page asks for it. */
export interface SessionQuery {
  query: string;
  filters: LabelFilters;
  sort: 'relevance' | 'date';
  /** Search the indexes of older stories too. */
  all: boolean;
  /** Results to load for the first page. */
  pageSize: number;
}

/** What a search found, as data: `id` names it for {@link SearchSession.more}. */
export interface SessionResult {
  id: number;
  total: number;
  hits: SearchHit[];
  shards: StoryShards;
  /** The indexes of older stories were searched: asked for, or merged by an earlier search that found nothing without them. */
  all: boolean;
}

export interface SearchSession {
  /** Loads the index (the first focus on a search field does this, ahead of the first query). */
  warm(): Promise<void>;
  /** Fetches the index chunks a query will need, while the reader is still typing. */
  preload(query: string): Promise<void>;
  search(query: SessionQuery): Promise<SessionResult>;
  /** The next `count` results of search `id`; none once that search is no longer kept. */
  more(id: number, count: number): Promise<SearchHit[]>;
}

/** What every request carries: its id, and the source and language of the session it is for. */
export interface Addressed {
  id: number;
  indexBase: string;
  namesUrl: string;
  /** The page's language (`<html lang>`): Pagefind splits queries into words by it. */
  lang: string;
}

/** A message to the session of `indexBase` and `namesUrl`. */
export type WorkerRequest = Addressed &
  (
    | { type: 'warm' }
    | { type: 'preload'; query: string }
    | { type: 'search'; query: SessionQuery }
    | { type: 'more'; search: number; count: number }
  );

/** The answer to the request with the same `id`. */
export type WorkerReply = { id: number } & (
  | { type: 'done' }
  | { type: 'result'; result: SessionResult }
  | { type: 'hits'; hits: SearchHit[] }
  | { type: 'error'; message: string }
);

/** Searches whose "more" can still be asked for: the newest of each search field on a page. */
const KEPT_OUTCOMES = 4;

/** The parts of the environment a session uses: replaced in unit tests. */
export interface SessionEnvironment {
  loadPagefind(url: string): Promise<PagefindApi>;
  fetchJson<T>(url: string): Promise<T>;
}

const browserEnvironment: SessionEnvironment = {
  loadPagefind: (url) => import(/* @vite-ignore */ url) as Promise<PagefindApi>,
  fetchJson: (url) =>
    fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    }),
};

interface Engine {
  api: PagefindApi;
  names: NameEntry[];
  shards: StoryShards;
  /** Set once the indexes of older stories are merged in (or being merged). */
  older?: Promise<unknown>;
}

export function createSearchSession(
  { indexBase, namesUrl }: SessionSource,
  environment: SessionEnvironment = browserEnvironment,
): SearchSession {
  let engine: Promise<Engine> | undefined;
  let nextId = 0;
  const outcomes = new Map<number, SearchOutcome>();

  /** Loaded once; a failed load is tried again by the next call. */
  function load(): Promise<Engine> {
    engine ??= (async () => {
      const [api, names, shards] = await Promise.all([
        environment.loadPagefind(`${indexBase}pagefind.js`),
        environment.fetchJson<NameEntry[]>(namesUrl),
        environment.fetchJson<StoryShards>(`${indexBase}${SHARD_MANIFEST}`),
      ]);
      // noWorker: the session already runs off the main thread where it can; Pagefind's own worker
      // would load a second copy of its code.
      await api.options({ basePath: indexBase, excerptLength: 24, noWorker: true });
      await api.init();
      return { api, names, shards };
    })();
    engine.catch(() => {
      engine = undefined;
    });
    return engine;
  }

  /** Merges the indexes of older stories into the search (once; Pagefind and its WebAssembly are shared). */
  function loadOlder(loaded: Engine) {
    loaded.older ??= Promise.all(
      loaded.shards.older.map(({ path }, i) =>
        loaded.api.mergeIndex?.(`${indexBase}${path}`, {
          excerptLength: 24,
          mergeFilter: { [SHARD_FILTER]: String(i + 1) },
        }),
      ),
    );
    return loaded.older;
  }

  return {
    async warm() {
      await load();
    },

    async preload(query) {
      const text = normaliseQuery(query);
      if (!text) return;
      const { api } = await load();
      await api.preload?.(text);
    },

    async search({ query, filters, sort, all, pageSize }) {
      const id = ++nextId;
      const loaded = await load();
      // Asked for, or merged already (by an earlier search here, perhaps still under way).
      if (all || loaded.older) await loadOlder(loaded);
      const run = () =>
        runSearch(
          loaded.api,
          loaded.names,
          { query, filters, sort, olderIndexes: loaded.older ? loaded.shards.older.length : 0 },
          pageSize,
        );
      let outcome = await run();
      // Nothing among the newest stories, units and routes: an older story may still match.
      if (outcome.total === 0 && !loaded.older && loaded.shards.older.length > 0) {
        await loadOlder(loaded);
        outcome = await run();
      }
      outcomes.set(id, outcome);
      for (const kept of outcomes.keys()) {
        if (outcomes.size <= KEPT_OUTCOMES) break;
        outcomes.delete(kept);
      }
      // Once merged, Pagefind searches the older indexes every time, whoever asked for them.
      return { id, total: outcome.total, hits: outcome.hits, shards: loaded.shards, all: !!loaded.older };
    },

    async more(id, count) {
      return (await outcomes.get(id)?.more(count)) ?? [];
    },
  };
}

const sessions = new Map<string, SearchSession>();

/** The one session of a source in this thread, started on first use. */
export function sessionFor(source: SessionSource): SearchSession {
  const key = `${source.indexBase}\n${source.namesUrl}`;
  let found = sessions.get(key);
  if (!found) {
    found = createSearchSession({ indexBase: source.indexBase, namesUrl: source.namesUrl });
    sessions.set(key, found);
  }
  return found;
}

/** Answers a request with the session of its source (errors are the caller's to report). */
export async function answer(request: WorkerRequest): Promise<WorkerReply> {
  const session = sessionFor(request);
  switch (request.type) {
    case 'warm':
      await session.warm();
      return { id: request.id, type: 'done' };
    case 'preload':
      await session.preload(request.query);
      return { id: request.id, type: 'done' };
    case 'search':
      return { id: request.id, type: 'result', result: await session.search(request.query) };
    case 'more':
      return { id: request.id, type: 'hits', hits: await session.more(request.search, request.count) };
  }
}
