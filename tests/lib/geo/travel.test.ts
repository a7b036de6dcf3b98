import { describe, expect, test } from 'vitest';
import {
  DEFAULT_START_MINUTES,
  DEFAULT_TRAVEL_MODE,
  distanceKm,
  EARTH_RADIUS_KM,
  formatClock,
  formatKm,
  formatMinutes,
  formatMinutesRange,
  isTravelMode,
  legsOf,
  parseClock,
  schedule,
  summarise,
  TRAVEL_MODES,
  TRAVEL_SPEEDS_KMH,
  travelMinutes,
  VEHICLE_OVERHEAD_MINUTES,
} from '../../../src/lib/geo/travel';

describe('great-circle distance', () => {
  test('matches the published haversine example (Rosetta Code: BNA to LAX, 2887.26 km at R = 6372.8 km)', () => {
    // https://rosettacode.org/wiki/Haversine_formula — the example uses R = 6372.8 km; scale to ours.
    const bna = { lat: 36.12, lng: -86.67 };
    const lax = { lat: 33.94, lng: -118.4 };
    expect((distanceKm(bna, lax) * 6372.8) / EARTH_RADIUS_KM).toBeCloseTo(2887.26, 1);
  });

  test('one degree of latitude is about 111.2 km; a point is 0 km from itself; order does not matter', () => {
    expect(distanceKm({ lat: 40, lng: 110 }, { lat: 41, lng: 110 })).toBeCloseTo(111.195, 2);
    expect(distanceKm({ lat: 40.6, lng: 109.8 }, { lat: 40.6, lng: 109.8 })).toBe(0);
    const a = { lat: 40.65, lng: 109.84 };
    const b = { lat: 40.57, lng: 110.02 };
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 12);
  });

  test('a degree of longitude shrinks with latitude (cos φ)', () => {
    const atEquator = distanceKm({ lat: 0, lng: 110 }, { lat: 0, lng: 111 });
    const at60 = distanceKm({ lat: 60, lng: 110 }, { lat: 60, lng: 111 });
    expect(at60 / atEquator).toBeCloseTo(0.5, 2);
  });
});

describe('travel time estimates', () => {
  test('walking 4 km takes 60–80 minutes at the assumed 3–4 km/h', () => {
    expect(TRAVEL_SPEEDS_KMH.walk).toEqual({ slow: 3, fast: 4 });
    expect(travelMinutes(4, 'walk')).toEqual({ min: 60, max: 80 });
  });

  test('a coach adds boarding time to every leg', () => {
    expect(travelMinutes(5, 'coach')).toEqual({
      min: 12 + VEHICLE_OVERHEAD_MINUTES,
      max: 20 + VEHICLE_OVERHEAD_MINUTES,
    });
  });

  test('a very short leg still takes at least a minute', () => {
    expect(travelMinutes(0.001, 'walk')).toEqual({ min: 1, max: 1 });
  });
});

const stops = [
  { location: { lat: 40.6, lng: 109.8 }, minutes: 30 },
  { location: { lat: 40.6, lng: 109.9 }, minutes: 45 },
  { location: undefined, minutes: 20 },
  { location: { lat: 40.7, lng: 109.9 }, minutes: 60 },
];

describe('route legs and totals', () => {
  test('a leg to or from a stop without location has no distance', () => {
    const legs = legsOf(stops, 'coach');
    expect(legs).toHaveLength(3);
    expect(legs[0]?.km).toBeCloseTo(distanceKm({ lat: 40.6, lng: 109.8 }, { lat: 40.6, lng: 109.9 }), 9);
    expect(legs[1]).toEqual({ km: null, minutes: null });
    expect(legs[2]).toEqual({ km: null, minutes: null });
  });

  test('totals add the known legs and all stop minutes, and count the unknown legs', () => {
    const summary = summarise(stops, legsOf(stops, 'coach'));
    const leg = travelMinutes(summary.km, 'coach');
    expect(summary.unknownLegs).toBe(2);
    expect(summary.stopMinutes).toBe(155);
    expect(summary.travel).toEqual(leg);
    expect(summary.duration).toEqual({ min: 155 + leg.min, max: 155 + leg.max });
  });

  test('the schedule allows the slow estimate for each leg', () => {
    const times = schedule(stops, legsOf(stops, 'walk'), DEFAULT_START_MINUTES);
    const first = travelMinutes(distanceKm({ lat: 40.6, lng: 109.8 }, { lat: 40.6, lng: 109.9 }), 'walk').max;
    expect(times[0]).toEqual({ arrive: 540, depart: 570 });
    expect(times[1]).toEqual({ arrive: 570 + first, depart: 570 + first + 45 });
    // The unknown legs add no time.
    expect(times[2]?.arrive).toBe(times[1]?.depart);
    expect(times[3]?.arrive).toBe(times[2]?.depart);
  });
});

describe('clock and figure formats', () => {
  test('times of day', () => {
    expect(formatClock(545)).toBe('09:05');
    expect(formatClock(1440 + 30)).toBe('次日 00:30');
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('9h')).toBeNull();
  });

  test('distances and durations', () => {
    expect(formatKm(0.85)).toBe('850 米');
    expect(formatKm(3.44)).toBe('3.4 公里');
    expect(formatKm(12.4)).toBe('12 公里');
    expect(formatMinutes(45)).toBe('45 分钟');
    expect(formatMinutes(80)).toBe('1 小时 20 分钟');
    expect(formatMinutes(120)).toBe('2 小时');
    expect(formatMinutesRange({ min: 20, max: 35 })).toBe('约 20 分钟 至 35 分钟');
    expect(formatMinutesRange({ min: 20, max: 20 })).toBe('约 20 分钟');
  });
});

describe('travel modes', () => {
  test('one list of modes: each has speeds, the default is one of them, and the content schema offers the same', async () => {
    expect(Object.keys(TRAVEL_SPEEDS_KMH).sort()).toEqual([...TRAVEL_MODES].sort());
    expect(TRAVEL_MODES).toContain(DEFAULT_TRAVEL_MODE);
    const { routeSchema } = await import('../../../src/schemas/route');
    const travelMode = routeSchema.shape.travelMode;
    for (const mode of TRAVEL_MODES) expect(travelMode.safeParse(mode).success, mode).toBe(true);
    expect(travelMode.safeParse('bus').success).toBe(false);
    expect(travelMode.parse(undefined)).toBe(DEFAULT_TRAVEL_MODE);
  });

  test('isTravelMode accepts the modes and nothing else', () => {
    for (const mode of TRAVEL_MODES) expect(isTravelMode(mode)).toBe(true);
    expect(isTravelMode('plane')).toBe(false);
    expect(isTravelMode('')).toBe(false);
  });
});
