/**
 * `<mz-planner>`: the itinerary planner. Units are added from the server-rendered list, reordered
 * with buttons (keyboard and screen reader friendly), and given minutes; the page words the
 * timetable and straight-line legs as route pages do (src/lib/plan/routeItinerary.ts). The plan
 * lives in the URL query (src/lib/plan/plan.ts), so reloading or sharing the address restores it.
 * Exports: GPX and KML (src/lib/exports/) and iCalendar (src/lib/plan/planIcs.ts), each imported
 * only when a file is asked for, so that the page's first load stays within its budget.
 */
import { formatClock, isTravelMode, parseClock } from '../lib/geo/travel';
import type { MapPoint, MapRoute } from '../lib/map/mapTypes';
import { absolute, unitPath } from '../lib/paths';
import {
  DEFAULT_STOP_MINUTES,
  formatPlan,
  MAX_STOP_MINUTES,
  MIN_STOP_MINUTES,
  moveStop,
  type Plan,
  parsePlan,
} from '../lib/plan/plan';
import { type ItineraryWords, routeItinerary } from '../lib/plan/routeItinerary';
import { fill, invalidNotice } from '../lib/text';
import type { PointMapElement } from './pointMap';

/** The planner's words, from `data-strings`: the itinerary's and its own. */
interface Strings extends ItineraryWords {
  add: string;
  added: string;
  remove: string;
  up: string;
  down: string;
  minutes: string;
  empty: string;
  summary: string;
  invalid: string;
  moved: string;
  addedTo: string;
  approximate: string;
  precise: string;
  unlocated: string;
  withheld: string;
  title: string;
  needDate: string;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

class PlannerElement extends HTMLElement {
  #plan!: Plan;
  #points = new Map<string, MapPoint>();
  #strings!: Strings;
  #list!: HTMLOListElement;

  connectedCallback() {
    const section = this.querySelector<HTMLElement>('[data-plan]');
    const list = this.querySelector<HTMLOListElement>('[data-plan-list]');
    if (!section || !list || this.#list) return;
    this.#list = list;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const points = JSON.parse(this.querySelector('script[data-plan-units]')?.textContent ?? '[]') as MapPoint[];
    this.#points = new Map(points.map((p) => [p.id, p]));
    const { plan, invalid } = parsePlan(location.search, new Set(this.#points.keys()));
    this.#plan = plan;
    if (invalid.length > 0) {
      const notice = this.querySelector<HTMLElement>('[data-notice]');
      if (notice) {
        notice.textContent = invalidNotice(invalid, this.#strings.invalid);
        notice.hidden = false;
      }
    }
    section.hidden = false;

    const date = this.#input('date');
    const start = this.#input('start');
    const mode = this.querySelector<HTMLSelectElement>('select[name="mode"]');
    if (date) {
      date.value = plan.date;
      date.addEventListener('change', () => this.#update({ date: date.value }));
    }
    if (start) {
      start.value = formatClock(plan.start);
      start.addEventListener('change', () => {
        const value = parseClock(start.value);
        if (value !== null) this.#update({ start: value });
      });
    }
    if (mode) {
      mode.value = plan.mode;
      mode.addEventListener('change', () => {
        if (isTravelMode(mode.value)) this.#update({ mode: mode.value });
      });
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-add]')) {
      button.hidden = false;
      button.addEventListener('click', () => {
        const unit = button.dataset.add ?? '';
        if (this.#plan.stops.some((s) => s.unit === unit)) return;
        this.#update({ stops: [...this.#plan.stops, { unit, minutes: DEFAULT_STOP_MINUTES }] });
        this.#say(
          fill(this.#strings.addedTo, { name: this.#points.get(unit)?.name ?? unit, n: this.#plan.stops.length }),
        );
      });
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
      button.addEventListener('click', () => void this.#export(button.dataset.export ?? ''));
    }
    this.querySelector('button[data-print]')?.addEventListener('click', () => window.print());
    this.addEventListener('mz-pick', (event) => {
      const unit = (event as CustomEvent<{ unit: string }>).detail.unit;
      if (!this.#points.has(unit) || this.#plan.stops.some((s) => s.unit === unit)) return;
      this.#update({ stops: [...this.#plan.stops, { unit, minutes: DEFAULT_STOP_MINUTES }] });
      this.#say(
        fill(this.#strings.addedTo, { name: this.#points.get(unit)?.name ?? unit, n: this.#plan.stops.length }),
      );
    });
    this.#render();
  }

  #input(name: string) {
    return this.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  }

  #say(text: string) {
    const live = this.querySelector('[data-live]');
    if (live) live.textContent = text;
  }

  #update(change: Partial<Plan>, focus?: string) {
    this.#plan = { ...this.#plan, ...change };
    history.replaceState(history.state, '', `${location.pathname}${formatPlan(this.#plan)}${location.hash}`);
    this.#render(focus);
  }

  /** Legs, timetable and totals of the plan, worded as on route pages. */
  #itinerary() {
    const stops = this.#plan.stops.map((s) => {
      const p = this.#points.get(s.unit);
      return {
        minutes: s.minutes,
        location: p?.lat !== undefined && p.lng !== undefined ? { lat: p.lat, lng: p.lng } : undefined,
      };
    });
    return routeItinerary(stops, this.#plan.mode, this.#plan.start, this.#strings);
  }

  /** Draws the plan on the map as numbered stops joined by straight lines. */
  #drawOnMap() {
    const map = this.querySelector<PointMapElement>('mz-point-map');
    if (!map) return;
    const plan: MapRoute = {
      id: 'plan',
      name: this.#strings.title,
      travelMode: this.#plan.mode,
      stops: this.#plan.stops,
    };
    void customElements.whenDefined('mz-point-map').then(() => map.filter(null, plan));
  }

  #render(focus?: string) {
    this.#drawOnMap();
    const s = this.#strings;
    const { stops } = this.#plan;
    const itinerary = this.#itinerary();
    const summaryEl = this.querySelector('[data-summary]');
    if (summaryEl) {
      summaryEl.textContent =
        stops.length === 0
          ? s.empty
          : fill(s.summary, { count: stops.length, distance: itinerary.distance, duration: itinerary.duration });
    }
    this.#list.replaceChildren(
      ...stops.map((stop, k) => {
        const p = this.#points.get(stop.unit);
        const name = p?.name ?? stop.unit;
        const words = itinerary.stops[k];
        const leg = words?.leg;
        const where = p?.withheld
          ? s.withheld
          : !p || p.lat === undefined
            ? s.unlocated
            : p.approximate
              ? s.approximate
              : s.precise;
        const minutes = el('input', {
          type: 'number',
          min: String(MIN_STOP_MINUTES),
          max: String(MAX_STOP_MINUTES),
          step: '5',
          value: String(stop.minutes),
          className: 'ms-1 min-h-11 w-20 rounded border border-muted bg-white px-2',
        });
        minutes.addEventListener('change', () => {
          const value = Math.round(Number(minutes.value));
          if (!Number.isFinite(value) || value < MIN_STOP_MINUTES || value > MAX_STOP_MINUTES) {
            minutes.value = String(stop.minutes);
            return;
          }
          this.#update({ stops: stops.map((x, i) => (i === k ? { ...x, minutes: value } : x)) }, `minutes-${k}`);
        });
        minutes.dataset.focus = `minutes-${k}`;
        const button = (label: string, key: string, action: () => void, disabled = false) => {
          const b = el('button', {
            type: 'button',
            textContent: label,
            disabled,
            className: 'no-print min-h-11 rounded border border-muted bg-white px-3 text-sm disabled:opacity-50',
          });
          b.setAttribute('aria-label', `${label}：${name}`);
          b.dataset.focus = `${key}-${stop.unit}`;
          b.addEventListener('click', action);
          return b;
        };
        const move = (to: number) => () => {
          this.#update({ stops: moveStop(stops, k, to) }, `${to < k ? 'up' : 'down'}-${stop.unit}`);
          this.#say(fill(s.moved, { name, n: to + 1 }));
        };
        return el(
          'li',
          { className: 'rounded border border-line bg-white p-3' },
          el('p', { className: 'font-bold' }, `${k + 1}. `, el('a', { href: unitPath(stop.unit), textContent: name })),
          el('p', { className: 'text-sm text-muted' }, `${p?.statusLabel ?? ''} · ${where}`),
          words ? el('p', { className: 'text-sm' }, `${s.arrive} ${words.arrive} · ${s.depart} ${words.depart}`) : '',
          el(
            'div',
            { className: 'mt-2 flex flex-wrap items-center gap-2' },
            el('label', { className: 'text-sm' }, s.minutes, minutes),
            button(s.up, 'up', move(k - 1), k === 0),
            button(s.down, 'down', move(k + 1), k === stops.length - 1),
            button(s.remove, 'remove', () => this.#update({ stops: stops.filter((_, i) => i !== k) }, 'summary')),
          ),
          leg ? el('p', { className: 'mt-2 border-s-2 border-line ps-2 text-sm' }, `${leg.label}：`, leg.text) : '',
        );
      }),
    );
    for (const add of this.querySelectorAll<HTMLButtonElement>('button[data-add]')) {
      const inPlan = stops.some((x) => x.unit === add.dataset.add);
      add.disabled = inPlan;
      add.textContent = inPlan ? s.added : s.add;
    }
    if (focus) {
      const target =
        this.#list.querySelector<HTMLElement>(`[data-focus="${focus}"]:not(:disabled)`) ??
        this.#list.querySelector<HTMLElement>(`[data-focus^="${focus.split('-')[0] ?? ''}"]:not(:disabled)`) ??
        this.querySelector<HTMLElement>('[data-summary]');
      if (target && !target.hasAttribute('tabindex') && target.matches('[data-summary]')) target.tabIndex = -1;
      target?.focus();
    }
  }

  async #export(format: string) {
    if (this.#plan.stops.length === 0) return;
    if (format === 'ics' && !this.#plan.date) {
      const notice = this.querySelector<HTMLElement>('[data-notice]');
      if (notice) {
        notice.textContent = this.#strings.needDate;
        notice.hidden = false;
      }
      this.#input('date')?.focus();
      return;
    }
    const [{ exportFile, ICS_TYPE }, { exportStops }] = await Promise.all([
      import('../lib/exports/exportFiles'),
      import('../lib/exports/exportPoint'),
    ]);
    // Points link to the configured site, as in the site's own files; without one, to this one.
    const stops = exportStops(this.#plan.stops, this.#points, this.dataset.site || location.origin);
    const title = this.#strings.title;
    if (format === 'gpx' || format === 'kml') {
      const file = exportFile(format, title, [], { name: title, url: location.href, stops });
      download(`plan.${format}`, file.type, file.body);
    } else if (format === 'ics') {
      const { planIcs } = await import('../lib/plan/planIcs');
      const { times } = this.#itinerary();
      const text = planIcs(
        title,
        this.#plan.date,
        stops.map((stop, k) => ({
          name: stop.name,
          url: stop.point?.url ?? absolute(location.origin, unitPath(stop.id)),
          arrive: times[k]?.arrive ?? 0,
          depart: times[k]?.depart ?? 0,
        })),
      );
      download('plan.ics', ICS_TYPE, text);
    }
  }
}

if (!customElements.get('mz-planner')) customElements.define('mz-planner', PlannerElement);
