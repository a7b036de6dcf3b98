/**
 * Distances and times between places: great-circle distance, the legs and totals of a route, and
 * the schedule of a visit day. Every distance is a straight line, not a road; every travel time
 * is an estimate from the assumed speeds in {@link TRAVEL_SPEEDS_KMH}, given as a range.
 */

/** A point in WGS84 decimal degrees. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Mean Earth radius in kilometres (IUGG), the radius of the great-circle formula. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance between two points, in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How a group travels between stops, in the order the planner offers them. */
export const TRAVEL_MODES = ['coach', 'walk', 'bicycle', 'car'] as const;

/** One of {@link TRAVEL_MODES}. */
export type TravelMode = (typeof TRAVEL_MODES)[number];

/** The mode of a route or plan that names none: most visits are made by group coach. */
export const DEFAULT_TRAVEL_MODE: TravelMode = 'coach';

/** Whether a value is one of {@link TRAVEL_MODES}. */
export function isTravelMode(value: string): value is TravelMode {
  return (TRAVEL_MODES as readonly string[]).includes(value);
}

/**
 * Assumed speeds over the straight-line distance, in km/h: slow and fast end. They fold in the
 * detours of real streets (a road is typically 1.2–1.4 times the straight line), traffic lights
 * and, for coaches and cars, boarding and parking. Times computed from them are estimates.
 */
export const TRAVEL_SPEEDS_KMH: Record<TravelMode, { slow: number; fast: number }> = {
  walk: { slow: 3, fast: 4 },
  bicycle: { slow: 8, fast: 12 },
  coach: { slow: 15, fast: 25 },
  car: { slow: 18, fast: 30 },
};

/** Minutes added to every leg by coach or car for boarding, leaving and parking. */
export const VEHICLE_OVERHEAD_MINUTES = 5;

/** Minutes a leg takes on top of the ride: boarding and parking for the modes with a vehicle. */
const overheadMinutes = (mode: TravelMode) => (mode === 'coach' || mode === 'car' ? VEHICLE_OVERHEAD_MINUTES : 0);

/** Estimated travel time for a straight-line distance, as a range of whole minutes. */
export function travelMinutes(km: number, mode: TravelMode): { min: number; max: number } {
  const speed = TRAVEL_SPEEDS_KMH[mode];
  const overhead = overheadMinutes(mode);
  return {
    min: Math.max(1, Math.round((km / speed.fast) * 60) + overhead),
    max: Math.max(1, Math.round((km / speed.slow) * 60) + overhead),
  };
}

/** A stop as the route and planner figures need it. */
export interface GeoStop {
  /** WGS84 location, or undefined when not known. */
  location?: (LatLng & { precision?: number }) | undefined;
  /** Minutes planned at the stop. */
  minutes: number;
}

/** The way from one stop to the next. `km` and `minutes` are null when either end has no location. */
export interface Leg {
  km: number | null;
  minutes: { min: number; max: number } | null;
}

/** The legs between consecutive stops (one fewer than the stops). */
export function legsOf(stops: readonly GeoStop[], mode: TravelMode): Leg[] {
  return stops.slice(1).map((stop, k) => {
    const from = stops[k]?.location;
    const to = stop.location;
    if (!from || !to) return { km: null, minutes: null };
    const km = distanceKm(from, to);
    return { km, minutes: travelMinutes(km, mode) };
  });
}

/** Totals of a route: straight-line distance, time at stops, and the whole duration as a range. */
export interface RouteSummary {
  /** Sum of the legs whose distance is known, in km. */
  km: number;
  /** Legs whose distance is unknown (a stop without location); their time is not counted. */
  unknownLegs: number;
  /** Minutes at the stops. */
  stopMinutes: number;
  /** Estimated travel minutes over the known legs. */
  travel: { min: number; max: number };
  /** Stop minutes plus travel minutes. */
  duration: { min: number; max: number };
}

/** Totals of the stops and their legs (`legsOf`, computed once by the caller). */
export function summarise(stops: readonly GeoStop[], legs: readonly Leg[]): RouteSummary {
  const stopMinutes = stops.reduce((sum, stop) => sum + stop.minutes, 0);
  const travel = legs.reduce(
    (sum, leg) => ({ min: sum.min + (leg.minutes?.min ?? 0), max: sum.max + (leg.minutes?.max ?? 0) }),
    { min: 0, max: 0 },
  );
  return {
    km: legs.reduce((sum, leg) => sum + (leg.km ?? 0), 0),
    unknownLegs: legs.filter((leg) => leg.km === null).length,
    stopMinutes,
    travel,
    duration: { min: stopMinutes + travel.min, max: stopMinutes + travel.max },
  };
}

/** Arrival and departure at one stop, in minutes after midnight. */
export interface ScheduleEntry {
  arrive: number;
  depart: number;
}

/**
 * The day's timetable from a start time (minutes after midnight): each stop is reached after the
 * slow estimate of the leg before it, so the plan errs on the side of time to spare. A leg of
 * unknown length adds no time (the route page says so).
 */
export function schedule(stops: readonly GeoStop[], legs: readonly Leg[], startMinutes: number): ScheduleEntry[] {
  const entries: ScheduleEntry[] = [];
  let clock = startMinutes;
  stops.forEach((stop, k) => {
    if (k > 0) clock += legs[k - 1]?.minutes?.max ?? 0;
    entries.push({ arrive: clock, depart: clock + stop.minutes });
    clock += stop.minutes;
  });
  return entries;
}

/** `09:05` from minutes after midnight; times past midnight read `次日 00:30`. */
export function formatClock(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const m = ((minutes % 1440) + 1440) % 1440;
  const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return day > 0 ? `次日 ${text}` : text;
}

/** Minutes after midnight from `HH:MM`, or null when the text is not a time of day. */
export function parseClock(text: string): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** A distance for display: `850 米`, `3.4 公里`, `12 公里`. */
export function formatKm(km: number): string {
  if (km < 1) return `${Math.round(km * 1000)} 米`;
  return `${km < 10 ? km.toFixed(1) : Math.round(km)} 公里`;
}

/** A duration for display: `45 分钟`, `1 小时 20 分钟`. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} 分钟`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} 小时` : `${h} 小时 ${m} 分钟`;
}

/** A range of minutes: `约 20–35 分钟`, or `约 20 分钟` when both ends agree. */
export function formatMinutesRange(range: { min: number; max: number }): string {
  return range.min === range.max
    ? `约 ${formatMinutes(range.min)}`
    : `约 ${formatMinutes(range.min)} 至 ${formatMinutes(range.max)}`;
}

/** Start time of the reference timetable on route pages: 09:00. */
export const DEFAULT_START_MINUTES = 9 * 60;

/** The assumed speeds in words, for the caveat under route figures. */
export function speedsText(mode: TravelMode, modeLabel: string): string {
  const s = TRAVEL_SPEEDS_KMH[mode];
  const overhead = overheadMinutes(mode);
  return `${modeLabel} ${s.slow}–${s.fast} 公里/小时，按直线距离折算${overhead > 0 ? `，每段另加上下车 ${overhead} 分钟` : ''}`;
}
