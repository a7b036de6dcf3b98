import { describe, expect, test } from 'vitest';
import { t } from '../../../src/i18n';
import {
  distanceKm,
  formatKm,
  formatMinutesRange,
  legsOf,
  summarise,
  TRAVEL_MODES,
  travelMinutes,
} from '../../../src/lib/geo/travel';
import { itineraryWords, routeItinerary, routeRegions } from '../../../src/lib/plan/routeItinerary';

const words = itineraryWords(t);
const a = { lat: 40.65, lng: 109.84 };
const b = { lat: 40.6, lng: 109.9 };
const c = { lat: 40.58, lng: 110.01 };

describe('itineraryWords', () => {
  test('labels read as the dictionary has them; templates keep their placeholders for later', () => {
    expect(words.arrive).toBe('到达');
    expect(words.depart).toBe('离开');
    expect(words.leg).toBe('第{from}站 → 第{to}站');
    expect(words.legDistance).toBe('直线距离 {distance}');
    expect(words.legTime).toBe('{mode}预计 {time}');
    expect(words.legUnknown).toBe(t('route.legUnknown'));
  });

  test('every travel mode has its label, in the order the planner offers them', () => {
    expect(Object.keys(words.modes)).toEqual([...TRAVEL_MODES]);
    expect(words.modes).toEqual({ coach: '大巴', walk: '步行', bicycle: '骑行', car: '小汽车' });
  });
});

describe('routeItinerary', () => {
  const stops = [
    { location: a, minutes: 30 },
    { location: b, minutes: 45 },
    { location: undefined, minutes: 20 },
    { location: c, minutes: 60 },
  ];
  const itinerary = routeItinerary(stops, 'coach', 9 * 60, words);

  test('the figures are those of the travel library, computed once', () => {
    const legs = legsOf(stops, 'coach');
    expect(itinerary.legs).toEqual(legs);
    expect(itinerary.summary).toEqual(summarise(stops, legs));
    expect(itinerary.start).toBe(540);
    expect(itinerary.modeLabel).toBe('大巴');
    expect(itinerary.distance).toBe(formatKm(distanceKm(a, b)));
    expect(itinerary.duration).toBe(formatMinutesRange(summarise(stops, legs).duration));
  });

  test('a known leg names its stops, its distance and its time by the mode', () => {
    const km = distanceKm(a, b);
    expect(itinerary.stops[0]?.leg).toEqual({
      label: '第1站 → 第2站',
      estimate: {
        distance: `直线距离 ${formatKm(km)}`,
        time: `大巴预计 ${formatMinutesRange(travelMinutes(km, 'coach'))}`,
      },
      text: `直线距离 ${formatKm(km)}，大巴预计 ${formatMinutesRange(travelMinutes(km, 'coach'))}`,
    });
  });

  test('a leg to or from a stop without location says it is unknown; the last stop has no leg', () => {
    expect(itinerary.stops[1]?.leg).toEqual({ label: '第2站 → 第3站', estimate: null, text: words.legUnknown });
    expect(itinerary.stops[2]?.leg).toEqual({ label: '第3站 → 第4站', estimate: null, text: words.legUnknown });
    expect(itinerary.stops[3]?.leg).toBeNull();
  });

  test('the timetable reads as clock times; an unknown leg adds no time', () => {
    const slow = travelMinutes(distanceKm(a, b), 'coach').max;
    const second = 9 * 60 + 30 + slow;
    const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    expect(itinerary.stops.map((s) => [s.arrive, s.depart])).toEqual([
      ['09:00', '09:30'],
      [clock(second), clock(second + 45)],
      [clock(second + 45), clock(second + 65)],
      [clock(second + 65), clock(second + 125)],
    ]);
  });

  test('the mode changes the words and the times', () => {
    const walk = routeItinerary(stops.slice(0, 2), 'walk', 8 * 60, words);
    expect(walk.stops[0]?.leg?.estimate?.time).toBe(
      `步行预计 ${formatMinutesRange(travelMinutes(distanceKm(a, b), 'walk'))}`,
    );
    expect(walk.stops[0]?.arrive).toBe('08:00');
  });

  test('no stops, no legs: nothing to say and no distance', () => {
    const empty = routeItinerary([], 'coach', 540, words);
    expect(empty.stops).toEqual([]);
    expect(empty.distance).toBe('0 米');
  });
});

test('routeRegions: each region once, in stop order', () => {
  const stop = (region: string) => ({ unit: { data: { region } } });
  expect(routeRegions([stop('包头市'), stop('呼和浩特市'), stop('包头市')])).toEqual(['包头市', '呼和浩特市']);
});
