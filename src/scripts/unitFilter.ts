/**
 * `<mz-unit-filter>`: filters the server-rendered unit list by region, category and status,
 * announces the result count, and mirrors the selection in the URL query.
 */
import {
  FILTER_FACETS,
  type FilterFacet,
  formatUnitFilter,
  matchesFilter,
  parseUnitFilter,
  type UnitFilter,
} from '../lib/unitFilter';

interface Strings {
  shown: string;
  invalid: string;
  none: string;
}

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

class UnitFilterElement extends HTMLElement {
  #form?: HTMLFormElement;
  #items: HTMLLIElement[] = [];
  #strings: Strings = { shown: '', invalid: '', none: '' };

  connectedCallback() {
    const list = document.getElementById(this.dataset.list ?? '');
    const template = this.querySelector('template');
    if (!list || !template || this.#form) return;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
    this.#form = (template.content.cloneNode(true) as DocumentFragment).querySelector('form') ?? undefined;
    if (!this.#form) return;
    template.after(this.#form);
    // The form now does what the facet links do; fold them away, still one click from view.
    const links = document.getElementById(this.dataset.collapse ?? '');
    if (links instanceof HTMLDetailsElement) links.open = false;

    const { filter, invalid } = parseUnitFilter(location.search);
    if (invalid.length > 0) this.#notice(invalid.map((value) => fill(this.#strings.invalid, { value })).join(' '));
    this.#setSelects(filter);
    this.#apply(filter, invalid.length > 0);

    this.#form.addEventListener('change', () => this.#apply(this.#readSelects(), true));
    // Filters apply as soon as a choice changes; the submit button is there for those who expect one.
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#apply(this.#readSelects(), true);
    });
    this.#form.addEventListener('reset', () => {
      // The reset event fires before the controls are cleared.
      setTimeout(() => this.#apply(this.#readSelects(), true));
    });
  }

  #select(facet: FilterFacet) {
    return this.#form?.elements.namedItem(facet) as HTMLSelectElement | null;
  }

  #readSelects(): UnitFilter {
    const filter: UnitFilter = {};
    for (const facet of FILTER_FACETS) {
      const value = this.#select(facet)?.value;
      if (value) filter[facet] = value;
    }
    return filter;
  }

  #setSelects(filter: UnitFilter) {
    for (const facet of FILTER_FACETS) {
      const select = this.#select(facet);
      if (!select) continue;
      const wanted = filter[facet] ?? '';
      // A valid value that no unit has is not offered; keep the filter honest by showing "any".
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
  }

  #apply(filter: UnitFilter, updateUrl: boolean) {
    let shown = 0;
    for (const item of this.#items) {
      const match = matchesFilter(
        { region: item.dataset.region ?? '', category: item.dataset.category ?? '', status: item.dataset.status ?? '' },
        filter,
      );
      item.hidden = !match;
      if (match) shown += 1;
    }
    const count = this.querySelector<HTMLElement>('[data-count]');
    if (count) {
      count.textContent =
        shown === 0 ? this.#strings.none : fill(this.#strings.shown, { shown, total: this.#items.length });
    }
    if (updateUrl) {
      history.replaceState(history.state, '', `${location.pathname}${formatUnitFilter(filter)}${location.hash}`);
    }
  }

  #notice(text: string) {
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    if (!notice) return;
    notice.textContent = text;
    notice.hidden = false;
  }
}

if (!customElements.get('mz-unit-filter')) customElements.define('mz-unit-filter', UnitFilterElement);
