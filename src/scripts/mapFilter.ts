/**
 * `<mz-map-filter>`: filters the map page's list and map together by region, category, status
 * and route, announces the count and mirrors the selection in the URL query.
 */
import { formatMapFilter, type MapFilter, matchesMapFilter, parseMapFilter } from '../lib/mapFilter';
import { FILTER_FACETS } from '../lib/unitFilter';
import type { PointMapElement } from './pointMap';

interface Strings {
  shown: string;
  invalid: string;
  none: string;
}

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

const FIELDS = [...FILTER_FACETS, 'route'] as const;

class MapFilterElement extends HTMLElement {
  #form?: HTMLFormElement;
  #items: HTMLLIElement[] = [];
  #strings: Strings = { shown: '', invalid: '', none: '' };

  connectedCallback() {
    const list = document.getElementById(this.dataset.list ?? '');
    const template = this.querySelector('template');
    if (!list || !template || this.#form) return;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#items = [...list.querySelectorAll<HTMLLIElement>('li[data-unit]')];
    this.#form = (template.content.cloneNode(true) as DocumentFragment).querySelector('form') ?? undefined;
    if (!this.#form) return;
    template.after(this.#form);

    const routeIds = JSON.parse(this.dataset.routes ?? '[]') as string[];
    const { filter, invalid } = parseMapFilter(location.search, routeIds);
    if (invalid.length > 0) this.#notice(invalid.map((value) => fill(this.#strings.invalid, { value })).join(' '));
    this.#set(filter);
    this.#apply(filter, invalid.length > 0);

    this.#form.addEventListener('change', () => this.#apply(this.#read(), true));
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#apply(this.#read(), true);
    });
    this.#form.addEventListener('reset', () => setTimeout(() => this.#apply(this.#read(), true)));
  }

  #select(name: string) {
    return this.#form?.elements.namedItem(name) as HTMLSelectElement | null;
  }

  #read(): MapFilter {
    const filter: MapFilter = {};
    for (const name of FIELDS) {
      const value = this.#select(name)?.value;
      if (value) filter[name] = value;
    }
    return filter;
  }

  #set(filter: MapFilter) {
    for (const name of FIELDS) {
      const select = this.#select(name);
      if (!select) continue;
      const wanted = filter[name] ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
  }

  #apply(filter: MapFilter, updateUrl: boolean) {
    const ids = new Set<string>();
    for (const item of this.#items) {
      const d = item.dataset;
      const match = matchesMapFilter(
        {
          region: d.region ?? '',
          category: d.category ?? '',
          status: d.status ?? '',
          routes: (d.routes ?? '').split(' ').filter(Boolean),
        },
        filter,
      );
      item.hidden = !match;
      if (match) ids.add(d.unit ?? '');
    }
    // A group whose items are all hidden hides its heading too.
    for (const group of document.querySelectorAll<HTMLElement>('[data-map-group]')) {
      group.hidden = !group.querySelector('li[data-unit]:not([hidden])');
    }
    const count = this.querySelector<HTMLElement>('[data-count]');
    if (count) {
      count.textContent =
        ids.size === 0 ? this.#strings.none : fill(this.#strings.shown, { shown: ids.size, total: this.#items.length });
    }
    const map = document.getElementById(this.dataset.map ?? '') as PointMapElement | null;
    const all = ids.size === this.#items.length && !filter.route;
    if (map) {
      void customElements.whenDefined('mz-point-map').then(() => map.filter(all ? null : ids, filter.route ?? null));
    }
    if (updateUrl)
      history.replaceState(history.state, '', `${location.pathname}${formatMapFilter(filter)}${location.hash}`);
  }

  #notice(text: string) {
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    if (!notice) return;
    notice.textContent = text;
    notice.hidden = false;
  }
}

if (!customElements.get('mz-map-filter')) customElements.define('mz-map-filter', MapFilterElement);
