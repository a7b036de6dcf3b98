/**
 * The behaviour shared by the filter elements of the unit directory (`<mz-unit-filter>`) and the
 * map page (`<mz-map-filter>`): wire up the server-rendered form, read the filter from the
 * URL (naming what it cannot use), apply every change at once, announce the count, and mirror the
 * selection in the URL query. A subclass says which fields there are, how the URL reads and
 * writes, and what a filter does to the page.
 */
import { fill, invalidNotice } from '../lib/text';

interface Strings {
  shown: string;
  invalid: string;
  none: string;
}

/** A filter as the URL has it: a value per field name. */
type Filter = Partial<Record<string, string>>;

/** A filter element over a server-rendered form; `F` is the filter a subclass reads and writes. */
export abstract class FilterFormElement<F extends object> extends HTMLElement {
  #form?: HTMLFormElement;
  #strings: Strings = { shown: '', invalid: '', none: '' };

  /** The names of the form's selects, which are also the URL parameters. */
  protected abstract readonly fields: readonly string[];
  /** Reads the filter from a query string; unknown values come back in `invalid`. */
  protected abstract parse(search: string): { filter: F; invalid: string[] };
  /** Writes the filter as a query string (`?…` or `''`). */
  protected abstract format(filter: F): string;
  /** Applies the filter to the page; returns how many entries are shown, out of how many. */
  protected abstract show(filter: F): { shown: number; total: number };
  /** Called once the form is in place, before the filter from the URL is applied. */
  protected setUp(): void {}

  connectedCallback() {
    if (this.#form) return;
    this.#form = this.querySelector('form') ?? undefined;
    if (!this.#form) return;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.setUp();

    const { filter, invalid } = this.parse(location.search);
    if (invalid.length > 0) this.#notice(invalidNotice(invalid, this.#strings.invalid));
    this.#setSelects(filter);
    this.#apply(filter, invalid.length > 0);

    this.#form.addEventListener('change', () => this.#apply(this.#readSelects(), true));
    // Filters apply as soon as a choice changes; the submit button is there for those who expect one.
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#apply(this.#readSelects(), true);
    });
    // The reset event fires before the controls are cleared.
    this.#form.addEventListener('reset', () => setTimeout(() => this.#apply(this.#readSelects(), true)));
  }

  #select(name: string) {
    return this.#form?.elements.namedItem(name) as HTMLSelectElement | null;
  }

  #readSelects(): F {
    const filter: Filter = {};
    for (const name of this.fields) {
      const value = this.#select(name)?.value;
      if (value) filter[name] = value;
    }
    return filter as F;
  }

  #setSelects(filter: F) {
    for (const name of this.fields) {
      const select = this.#select(name);
      if (!select) continue;
      const wanted = (filter as Filter)[name] ?? '';
      // A valid value that nothing on the page has is not offered; keep the filter honest by showing "any".
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
  }

  #apply(filter: F, updateUrl: boolean) {
    const { shown, total } = this.show(filter);
    const count = this.querySelector<HTMLElement>('[data-count]');
    if (count) count.textContent = shown === 0 ? this.#strings.none : fill(this.#strings.shown, { shown, total });
    if (updateUrl) {
      history.replaceState(history.state, '', `${location.pathname}${this.format(filter)}${location.hash}`);
    }
  }

  #notice(text: string) {
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    if (!notice) return;
    notice.textContent = text;
    notice.hidden = false;
  }
}
