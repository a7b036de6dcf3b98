/**
 * `<mz-search>`: the search form and its results. Loads Pagefind's JS API and the name list
 * (`/search/names.json`) the first time it is needed (on the search page, once the page is idle),
 * runs the search as the reader types (src/lib/search/searchEngine.ts), announces the number of
 * results, and suggests what to do when there are none. On the search page the query and filters live in the URL. It searches the main index
 * (units, routes, the newest stories) and merges in the indexes of older stories on request
 * (`stories=all`) or when the main index finds nothing (src/lib/search/searchShards.ts).
 */
import { searchClient } from '../lib/search/searchClient';
import type { SearchHit } from '../lib/search/searchEngine';
import type { SearchSession, SessionResult } from '../lib/search/searchSession';
import type { StoryShards } from '../lib/search/searchShards';
import {
  EMPTY_STATE,
  formatSearchParams,
  hasFilters,
  labelFilters,
  parseSearchParams,
  SEARCH_FILTERS,
  type SearchState,
  shorterQuery,
} from '../lib/search/searchQuery';
import { fill, invalidNotice } from '../lib/text';

interface Strings {
  count: string;
  countFor: string;
  none: string;
  noneFiltered: string;
  invalid: string;
  all: string;
  aliasMatch: string;
  scope?: string;
  older?: string;
}

/**
 * Pause after a keystroke before searching: longer than the gap between the letters of a word typed
 * quickly (about 50 ms), so a word is searched once, not letter by letter. A word given by an input
 * method is searched at once: it arrives whole.
 */
const TYPING_PAUSE_MS = 80;
/**
 * Results shown first; "more" adds 10 at a time. Each result's excerpt is a fragment of 1.5–4 KB
 * (compressed) to download, a quarter of a first search's bytes at ten.
 */
const FIRST_RESULTS = 6;

/** Pagefind's excerpt as DOM nodes: its text, and its `<mark>` elements; nothing else survives. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** True when the reader's browser asks sites to use less data (Chromium's Save-Data setting). */
const saveData = () => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** Runs `task` once the page has loaded and the browser is idle (within a few seconds at most). */
function whenIdle(task: () => void) {
  const schedule = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 500);
  if (document.readyState === 'complete') schedule();
  else addEventListener('load', schedule, { once: true });
}

/** The elements of the server-rendered markup (src/components/SearchBox.astro) the script fills. */
interface Parts {
  status: HTMLElement;
  results: HTMLOListElement;
  error: HTMLElement;
  empty: HTMLElement;
  emptyText: HTMLElement;
  shorter: HTMLElement;
  shorterLink: HTMLAnchorElement;
  resetHint: HTMLElement;
  resetLink: HTMLAnchorElement;
}

class SearchElement extends HTMLElement {
  #strings = {} as Strings;
  #form?: HTMLFormElement;
  #input?: HTMLInputElement;
  #parts?: Parts;
  #session?: SearchSession;
  #outcome?: SessionResult;
  #shown = 0;
  /** Set when "more" found nothing new (results already shown as name matches). */
  #exhausted = false;
  #run = 0;
  /** Older stories are searched too (asked for, in the URL, or because the newest found nothing). */
  #all = false;
  #shards?: StoryShards;
  #timer: ReturnType<typeof setTimeout> | undefined;

  get #isPage() {
    return this.dataset.mode === 'page';
  }

  #part<T extends HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-${name}]`);
  }

  connectedCallback() {
    if (this.#form) return;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#form = this.querySelector('form') ?? undefined;
    this.#input = (this.#form?.elements.namedItem('q') as HTMLInputElement | null) ?? undefined;
    const parts = {
      status: this.#part('status'),
      results: this.#part<HTMLOListElement>('results'),
      error: this.#part('error'),
      empty: this.#part('empty'),
      emptyText: this.#part('empty-text'),
      shorter: this.#part('shorter'),
      shorterLink: this.#part<HTMLAnchorElement>('shorter-link'),
      resetHint: this.#part('reset-hint'),
      resetLink: this.#part<HTMLAnchorElement>('reset-link'),
    };
    if (!this.#form || !this.#input || Object.values(parts).some((part) => !part)) return;
    this.#parts = parts as Parts;
    const input = this.#input;
    this.#form.querySelector('fieldset')?.removeAttribute('disabled');
    this.#part('nojs')?.remove();

    if (this.#isPage) {
      const { state, invalid } = parseSearchParams(location.search);
      if (invalid.length > 0) this.#notice(invalidNotice(invalid, this.#strings.invalid));
      this.#setControls(state);
      this.#all = !!state.allStories;
    }

    const warm = () =>
      void this.#client()
        .warm()
        .catch(() => undefined);
    input.addEventListener('focus', warm, { once: true });
    // The search page is there to search: its engine and main index load once the page is idle,
    // so the first word typed is answered as fast as the next. Not when the reader asked to save
    // data; then, as in the header's search everywhere, they load when the field is focused.
    if (this.#isPage && !saveData()) whenIdle(warm);
    input.addEventListener('input', (event) => {
      // Letters typed into an input method (pinyin before it becomes 汉字) are not the query yet.
      if ((event as InputEvent).isComposing) return;
      this.#typed();
    });
    input.addEventListener('compositionend', () => this.#typed(0));
    this.#form.addEventListener('change', (event) => {
      if (event.target !== this.#input) void this.#search();
    });
    this.#form.addEventListener('submit', (event) => {
      // In the dialog, Enter opens the search page with the query (shareable, with filters).
      if (!this.#isPage) return;
      event.preventDefault();
      void this.#search();
    });
    this.#form.addEventListener('reset', () => setTimeout(() => void this.#search()));
    this.#part('more')?.addEventListener('click', () => void this.#more());
    this.#part('older')?.addEventListener('click', () => {
      this.#all = true;
      void this.#search().then(() => (this.#parts?.results.querySelector('a') ?? input).focus());
    });
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-shorter-link], a[data-reset-link]');
      if (!link) return;
      event.preventDefault();
      if (link.hasAttribute('data-shorter-link')) input.value = link.textContent ?? '';
      else this.#setControls({ ...this.#readControls(), filters: {} });
      input.focus();
      void this.#search();
    });

    const state = this.#readControls();
    if (state.query || hasFilters(state)) void this.#search();
  }

  /** Focuses the query field (the header's `/` key and search button use this). */
  focusInput() {
    this.#input?.focus();
    this.#input?.select();
  }

  get #indexBase() {
    return this.dataset.index ?? '/pagefind/';
  }

  /** The search session (in the search worker where it can run), started on first use. */
  #client() {
    this.#session ??= searchClient({
      indexBase: this.#indexBase,
      namesUrl: this.dataset.names ?? '/search/names.json',
    });
    return this.#session;
  }

  #select(name: string) {
    return this.#form?.elements.namedItem(name) as HTMLSelectElement | null;
  }

  #readControls(): SearchState {
    const state: SearchState = {
      query: this.#input?.value.trim() ?? '',
      filters: {},
      sort: 'relevance',
      ...(this.#all ? { allStories: true as const } : {}),
    };
    if (!this.#isPage) return state;
    for (const filter of SEARCH_FILTERS) {
      const value = this.#select(filter)?.value;
      if (value) state.filters[filter] = value;
    }
    if (this.#select('sort')?.value === 'date') state.sort = 'date';
    return state;
  }

  #setControls(state: SearchState) {
    if (this.#input) this.#input.value = state.query;
    for (const filter of SEARCH_FILTERS) {
      const select = this.#select(filter);
      if (!select) continue;
      const wanted = state.filters[filter] ?? '';
      // A valid value that nothing on the site has is not offered; show "any" rather than lie.
      select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
    }
    const sort = this.#select('sort');
    if (sort) sort.value = state.sort;
  }

  #notice(text: string) {
    const notice = this.#part('notice');
    if (!notice) return;
    notice.textContent = text;
    notice.hidden = !text;
  }

  /** The query changed: its index chunks start loading now, the search runs after `pause` ms. */
  #typed(pause = TYPING_PAUSE_MS) {
    const query = this.#input?.value.trim();
    if (query)
      void this.#client()
        .preload(query)
        .catch(() => undefined);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), pause);
  }

  async #search() {
    clearTimeout(this.#timer);
    const run = ++this.#run;
    let state = this.#readControls();
    this.#writeUrl(state);
    const empty = !state.query && !hasFilters(state);
    if (empty) {
      this.#render(state, undefined);
      return;
    }
    this.setAttribute('aria-busy', 'true');
    try {
      const outcome = await this.#client().search({
        query: state.query,
        filters: labelFilters(state),
        sort: state.sort,
        all: this.#all,
        pageSize: FIRST_RESULTS,
      });
      if (run !== this.#run || !this.#parts) return;
      this.#shards = outcome.shards;
      // Nothing among the newest stories, units and routes, so older ones were searched too.
      if (outcome.all && !this.#all) {
        this.#all = true;
        state = this.#readControls();
        this.#writeUrl(state);
      }
      this.#parts.error.hidden = true;
      this.#render(state, outcome);
    } catch (error) {
      if (run !== this.#run || !this.#parts) return;
      console.error('Search could not load its index:', error);
      this.#render(EMPTY_STATE, undefined);
      this.#parts.error.hidden = false;
    } finally {
      if (run === this.#run) this.removeAttribute('aria-busy');
    }
  }

  #writeUrl(state: SearchState) {
    if (this.#isPage) {
      history.replaceState(history.state, '', `${location.pathname}${formatSearchParams(state)}${location.hash}`);
    }
  }

  #render(state: SearchState, outcome: SessionResult | undefined) {
    if (!this.#parts) return;
    this.#outcome = outcome;
    const { results: list, status, empty: emptyBlock } = this.#parts;
    list.replaceChildren();
    this.#shown = 0;
    this.#exhausted = false;
    emptyBlock.hidden = true;
    if (!outcome) {
      status.textContent = '';
      this.#updateMore();
      this.#updateScope();
      return;
    }
    const { total, hits } = outcome;
    status.textContent = state.query
      ? fill(this.#strings.countFor, { query: state.query, count: total })
      : fill(this.#strings.count, { count: total });
    this.#append(hits);
    if (total === 0) this.#showEmpty(state);
    this.#updateMore();
    this.#updateScope();
  }

  /** Says which stories were searched while older ones were not, with the button to search them too. */
  #updateScope() {
    const [scope, text, older] = ['scope', 'scope-text', 'older'].map((name) => this.#part(name));
    const shards = this.#shards;
    if (!scope || !text || !older || !shards) return;
    scope.hidden = this.#all || !this.#outcome || shards.older.length === 0;
    const count = shards.older.reduce((sum, shard) => sum + shard.stories, 0);
    text.textContent = fill(this.#strings.scope ?? '', { count: shards.recent });
    older.textContent = fill(this.#strings.older ?? '', { count });
  }

  #showEmpty(state: SearchState) {
    if (!this.#parts) return;
    const { empty, emptyText, shorter, shorterLink, resetHint, resetLink } = this.#parts;
    empty.hidden = false;
    emptyText.textContent =
      state.query && !hasFilters(state) ? fill(this.#strings.none, { query: state.query }) : this.#strings.noneFiltered;
    const word = state.query ? shorterQuery(state.query) : undefined;
    shorter.hidden = !word;
    if (word) {
      shorterLink.textContent = word;
      shorterLink.href = `/search/${formatSearchParams({ ...state, query: word })}`;
    }
    resetHint.hidden = !hasFilters(state);
    resetLink.href = `/search/${formatSearchParams({ ...state, filters: {} })}`;
  }

  async #more() {
    if (!this.#outcome) return;
    const outcome = this.#outcome;
    const hits = await this.#client().more(outcome.id, 10);
    if (outcome !== this.#outcome) return;
    if (hits.length === 0) this.#exhausted = true;
    const first = this.#append(hits);
    first?.focus();
    this.#updateMore();
  }

  /** Appends results; returns the first new result's link (to move focus to after "more"). */
  #append(hits: SearchHit[]): HTMLAnchorElement | undefined {
    const list = this.#parts?.results;
    if (!list) return undefined;
    let first: HTMLAnchorElement | undefined;
    for (const hit of hits) {
      const item = document.createElement('li');
      item.className = 'border-b border-line py-3';
      const meta = document.createElement('p');
      meta.className = 'flex flex-wrap gap-2 text-sm text-muted';
      const type = document.createElement('span');
      type.className = 'rounded bg-accent-soft px-1.5 text-accent';
      type.textContent = hit.type;
      meta.append(type);
      if (hit.region) {
        const region = document.createElement('span');
        region.textContent = hit.region;
        meta.append(region);
      }
      const heading = document.createElement(this.#isPage ? 'h3' : 'p');
      heading.className = 'text-lg font-bold';
      const link = document.createElement('a');
      link.href = hit.url;
      link.textContent = hit.title;
      heading.append(link);
      item.append(meta, heading);
      if (hit.alias) {
        const alias = document.createElement('p');
        alias.className = 'text-sm';
        const mark = document.createElement('mark');
        mark.textContent = hit.alias;
        // A unit's name in Mongolian script: marked as such, so it is read and shown as Mongolian.
        if (/[\u1800-\u18AF]/u.test(hit.alias)) mark.lang = 'mn-Mong';
        alias.append(`${this.#strings.aliasMatch}：`, mark);
        item.append(alias);
      }
      if (hit.excerpt) {
        const excerpt = document.createElement('p');
        excerpt.className = 'mt-1 text-muted';
        excerpt.append(...excerptNodes(hit.excerpt));
        item.append(excerpt);
      }
      list.append(item);
      first ??= link;
      this.#shown += 1;
    }
    return first;
  }

  #updateMore() {
    const total = this.#outcome?.total ?? 0;
    const more = this.#part('more');
    if (more) more.hidden = this.#exhausted || this.#shown >= total;
    const allWrap = this.#part('all-wrap');
    const all = this.#part<HTMLAnchorElement>('all');
    if (allWrap && all) {
      allWrap.hidden = this.#shown >= total;
      all.textContent = fill(this.#strings.all, { count: total });
      all.href = `/search/${formatSearchParams(this.#readControls())}`;
    }
  }
}

if (!customElements.get('mz-search')) customElements.define('mz-search', SearchElement);

export type { SearchElement };
