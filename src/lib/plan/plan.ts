/**
 * A visitor's own itinerary, kept in the URL so that it can be bookmarked and shared:
 *
 *   /plan/?stops=unit-a,unit-b,unit-c&minutes=60,45,30&start=09:00&date=2026-05-20&mode=coach
 *
 * `stops` are unit ids in visiting order; `minutes` the time at each stop, in the same order
 * (5–600, default 60); `start` the departure time `HH:MM` (default 09:00); `date` the visit day
 * `YYYY-MM-DD` (optional, needed for the calendar file); `mode` coach, walk, bicycle or car
 * (default coach). Unknown or malformed values are dropped and reported; the rest is kept.
 */
import {
  DEFAULT_START_MINUTES,
  DEFAULT_TRAVEL_MODE,
  formatClock,
  isTravelMode,
  parseClock,
  type TravelMode,
} from '../geo/travel';

/** Minutes at a stop when the plan gives none. */
export const DEFAULT_STOP_MINUTES = 60;
/** Shortest stay a plan accepts, in minutes. */
export const MIN_STOP_MINUTES = 5;
/** Longest stay a plan accepts, in minutes: a whole working day. */
export const MAX_STOP_MINUTES = 600;

/** A visitor's itinerary: stops in visiting order, start time, day and travel mode. */
export interface Plan {
  stops: { unit: string; minutes: number }[];
  /** Minutes after midnight. */
  start: number;
  /** `YYYY-MM-DD`, or '' when not chosen. */
  date: string;
  mode: TravelMode;
}

/** The plan of an address without a query: no stops, the default start and mode. */
export const emptyPlan = (): Plan => ({ stops: [], start: DEFAULT_START_MINUTES, date: '', mode: DEFAULT_TRAVEL_MODE });

function validDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Reads a plan from a query string; `invalid` lists what was dropped, as `name=value`. */
export function parsePlan(search: string, knownUnits: ReadonlySet<string>): { plan: Plan; invalid: string[] } {
  const params = new URLSearchParams(search);
  const plan = emptyPlan();
  const invalid: string[] = [];
  const ids = (params.get('stops') ?? '').split(',').map((s) => s.trim());
  const minutes = (params.get('minutes') ?? '').split(',').map((s) => s.trim());
  ids.forEach((id, k) => {
    if (id === '') return;
    if (!knownUnits.has(id)) {
      invalid.push(`stops=${id}`);
      return;
    }
    const text = minutes[k] ?? '';
    const value = Number(text);
    let stopMinutes = DEFAULT_STOP_MINUTES;
    if (text !== '') {
      if (Number.isInteger(value) && value >= MIN_STOP_MINUTES && value <= MAX_STOP_MINUTES) stopMinutes = value;
      else invalid.push(`minutes=${text}`);
    }
    plan.stops.push({ unit: id, minutes: stopMinutes });
  });
  const start = params.get('start');
  if (start) {
    const value = parseClock(start);
    if (value === null) invalid.push(`start=${start}`);
    else plan.start = value;
  }
  const date = params.get('date');
  if (date) {
    if (validDate(date)) plan.date = date;
    else invalid.push(`date=${date}`);
  }
  const mode = params.get('mode');
  if (mode) {
    if (isTravelMode(mode)) plan.mode = mode;
    else invalid.push(`mode=${mode}`);
  }
  return { plan, invalid };
}

/** Writes a plan as a query string (`?…`, or `''` for an empty default plan). */
export function formatPlan(plan: Plan): string {
  const params: string[] = [];
  if (plan.stops.length > 0) {
    params.push(`stops=${plan.stops.map((s) => encodeURIComponent(s.unit)).join(',')}`);
    params.push(`minutes=${plan.stops.map((s) => s.minutes).join(',')}`);
  }
  if (plan.start !== DEFAULT_START_MINUTES) params.push(`start=${formatClock(plan.start)}`);
  if (plan.date) params.push(`date=${plan.date}`);
  if (plan.mode !== DEFAULT_TRAVEL_MODE) params.push(`mode=${plan.mode}`);
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/** Moves the stop at `from` to `to` (both clamped), returning a new list. */
export function moveStop<T>(stops: readonly T[], from: number, to: number): T[] {
  const list = [...stops];
  if (from < 0 || from >= list.length) return list;
  const [item] = list.splice(from, 1);
  list.splice(Math.max(0, Math.min(to, list.length)), 0, item as T);
  return list;
}
