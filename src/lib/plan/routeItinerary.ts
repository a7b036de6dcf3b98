/**
 * A route's or a plan's itinerary as it is shown: the legs between the stops, the timetable from
 * a start time, the totals, and the words of each stop's times and leg. The route page renders it
 * at build time and the planner in the browser, from the same dictionary words, so that a route
 * and a plan of the same stops read the same.
 */
import {
  formatClock,
  formatKm,
  formatMinutesRange,
  type GeoStop,
  type Leg,
  legsOf,
  type RouteSummary,
  type ScheduleEntry,
  schedule,
  summarise,
  TRAVEL_MODES,
  type TravelMode,
} from '../geo/travel';
import { fill } from '../text';

/** The dictionary keys an itinerary is worded with. */
export type ItineraryKey =
  | 'route.arrive'
  | 'route.depart'
  | 'route.leg'
  | 'route.legDistance'
  | 'route.legTime'
  | 'route.legUnknown'
  | `route.mode.${TravelMode}`;

/** The words of an itinerary: labels, and templates whose `{from}`, `{to}`, `{distance}`, `{mode}`, `{time}` are left to fill. */
export interface ItineraryWords {
  arrive: string;
  depart: string;
  /** `第{from}站 → 第{to}站`. */
  leg: string;
  legDistance: string;
  legTime: string;
  legUnknown: string;
  /** The label of each travel mode. */
  modes: Record<TravelMode, string>;
}

/**
 * The words of an itinerary from the dictionary. `translate` is the site's `t()`, passed in
 * because this module also runs in the browser, which receives the result as JSON instead.
 */
export function itineraryWords(
  translate: (key: ItineraryKey, vars?: Record<string, string>) => string,
): ItineraryWords {
  const modes = Object.fromEntries(TRAVEL_MODES.map((mode) => [mode, translate(`route.mode.${mode}`)]));
  return {
    arrive: translate('route.arrive'),
    depart: translate('route.depart'),
    leg: translate('route.leg', { from: '{from}', to: '{to}' }),
    legDistance: translate('route.legDistance', { distance: '{distance}' }),
    legTime: translate('route.legTime', { mode: '{mode}', time: '{time}' }),
    legUnknown: translate('route.legUnknown'),
    modes: modes as Record<TravelMode, string>,
  };
}

/** The way from a stop to the next, in words. */
export interface LegText {
  /** `第1站 → 第2站`. */
  label: string;
  /** `直线距离 3.4 公里` and `大巴预计 约 10 分钟 至 18 分钟`; null when a stop of the leg has no location. */
  estimate: { distance: string; time: string } | null;
  /** What follows the label as one line: the estimate, or that it is unknown. */
  text: string;
}

/** A stop of an itinerary in words. */
export interface ItineraryStop {
  /** Arrival and departure on the timetable, `09:00`. */
  arrive: string;
  depart: string;
  /** The leg to the next stop; null at the last stop. */
  leg: LegText | null;
}

/** The figures of an itinerary and their words. */
export interface Itinerary {
  /** Departure from the first stop, in minutes after midnight. */
  start: number;
  legs: Leg[];
  times: ScheduleEntry[];
  summary: RouteSummary;
  /** The label of the travel mode. */
  modeLabel: string;
  /** Straight-line distance over the known legs, `12 公里`. */
  distance: string;
  /** Whole duration as a range, `约 3 小时 至 4 小时 10 分钟`. */
  duration: string;
  /** One entry per stop, in order. */
  stops: ItineraryStop[];
}

function legText(leg: Leg, index: number, modeLabel: string, words: ItineraryWords): LegText {
  const label = fill(words.leg, { from: index + 1, to: index + 2 });
  if (leg.km === null || !leg.minutes) return { label, estimate: null, text: words.legUnknown };
  const estimate = {
    distance: fill(words.legDistance, { distance: formatKm(leg.km) }),
    time: fill(words.legTime, { mode: modeLabel, time: formatMinutesRange(leg.minutes) }),
  };
  return { label, estimate, text: `${estimate.distance}，${estimate.time}` };
}

/** The itinerary of stops travelled by `mode`, leaving the first at `start` (minutes after midnight). */
export function routeItinerary(
  stops: readonly GeoStop[],
  mode: TravelMode,
  start: number,
  words: ItineraryWords,
): Itinerary {
  const legs = legsOf(stops, mode);
  const times = schedule(stops, legs, start);
  const summary = summarise(stops, legs);
  const modeLabel = words.modes[mode];
  return {
    start,
    legs,
    times,
    summary,
    modeLabel,
    distance: formatKm(summary.km),
    duration: formatMinutesRange(summary.duration),
    stops: times.map((time, k) => {
      const leg = legs[k];
      return {
        arrive: formatClock(time.arrive),
        depart: formatClock(time.depart),
        leg: leg ? legText(leg, k, modeLabel, words) : null,
      };
    }),
  };
}

/** The regions a route's stops lie in, each once, in stop order. */
export function routeRegions<R extends string>(stops: readonly { unit: { data: { region: R } } }[]): R[] {
  return [...new Set(stops.map((stop) => stop.unit.data.region))];
}
