/**
 * `<mz-map-filter>`: filters the map page's list and map together by region, category, status
 * and route, announces the count and mirrors the selection in the URL query.
 */
import { formatMapFilter, type MapFilter, matchesMapFilter, parseMapFilter } from '../lib/filters/mapFilter';
import { FILTER_FACETS } from '../lib/filters/unitFilter';
import { FilterFormElement } from './filterForm';
import type { PointMapElement } from './pointMap';

class MapFilterElement extends FilterFormElement<MapFilter> {
  protected readonly fields = [...FILTER_FACETS, 'route'];
  #items: HTMLLIElement[] = [];

  protected setUp() {
    const list = document.getElementById(this.dataset.list ?? '');
    this.#items = list ? [...list.querySelectorAll<HTMLLIElement>('li[data-unit]')] : [];
  }

  protected parse(search: string) {
    return parseMapFilter(search, JSON.parse(this.dataset.routes ?? '[]') as string[]);
  }

  protected format(filter: MapFilter) {
    return formatMapFilter(filter);
  }

  protected show(filter: MapFilter) {
    const ids = new Set<string>();
    for (const item of this.#items) {
      const { region = '', category = '', status = '', routes = '', unit = '' } = item.dataset;
      item.hidden = !matchesMapFilter({ region, category, status, routes: routes.split(' ').filter(Boolean) }, filter);
      if (!item.hidden) ids.add(unit);
    }
    // A group whose items are all hidden hides its heading too.
    for (const group of document.querySelectorAll<HTMLElement>('[data-map-group]')) {
      group.hidden = !group.querySelector('li[data-unit]:not([hidden])');
    }
    const map = document.getElementById(this.dataset.map ?? '') as PointMapElement | null;
    const all = ids.size === this.#items.length && !filter.route;
    if (map) {
      void customElements.whenDefined('mz-point-map').then(() => map.filter(all ? null : ids, filter.route ?? null));
    }
    return { shown: ids.size, total: this.#items.length };
  }
}

if (!customElements.get('mz-map-filter')) customElements.define('mz-map-filter', MapFilterElement);
