/**
 * `<mz-unit-filter>`: filters the server-rendered unit list by region, category and status,
 * announces the result count, and mirrors the selection in the URL query.
 */
import {
  FILTER_FACETS,
  formatUnitFilter,
  matchesFilter,
  parseUnitFilter,
  type UnitFilter,
} from '../lib/filters/unitFilter';
import { FilterFormElement } from './filterForm';

class UnitFilterElement extends FilterFormElement<UnitFilter> {
  protected readonly fields = FILTER_FACETS;
  #items: HTMLLIElement[] = [];

  protected setUp() {
    const list = document.getElementById(this.dataset.list ?? '');
    this.#items = list ? [...list.querySelectorAll<HTMLLIElement>(':scope > li')] : [];
    // The form now does what the facet links do; fold them away, still one click from view.
    const links = document.getElementById(this.dataset.collapse ?? '');
    if (links instanceof HTMLDetailsElement) links.open = false;
  }

  protected parse(search: string) {
    return parseUnitFilter(search);
  }

  protected format(filter: UnitFilter) {
    return formatUnitFilter(filter);
  }

  protected show(filter: UnitFilter) {
    let shown = 0;
    for (const item of this.#items) {
      const { region = '', category = '', status = '' } = item.dataset;
      item.hidden = !matchesFilter({ region, category, status }, filter);
      if (!item.hidden) shown += 1;
    }
    return { shown, total: this.#items.length };
  }
}

if (!customElements.get('mz-unit-filter')) customElements.define('mz-unit-filter', UnitFilterElement);
