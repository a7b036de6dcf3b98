/**
 * A plan as an iCalendar file: one event per stop on the visit day. Times are Beijing time
 * (Asia/Shanghai, UTC+8 all year, no daylight saving) written in UTC, so every calendar app
 * places them right whatever its own time zone.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';

/** Beijing time is UTC+8 all year. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/** A stop as a calendar event: name, page address, and times on the visit day. */
export interface IcsStop {
  name: string;
  url: string;
  /** Minutes after midnight, Beijing time. */
  arrive: number;
  depart: number;
  description?: string;
}

/** UTC date-time array for a Beijing wall-clock time on `date` (`YYYY-MM-DD`). */
export function shanghaiToUtc(date: string, minutes: number): DateArray {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d, 0, minutes - SHANGHAI_OFFSET_MINUTES));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes()];
}

/** The .ics text for a plan's stops on `date`. Throws when `ics` rejects the events. */
export function planIcs(title: string, date: string, stops: IcsStop[]): string {
  const events: EventAttributes[] = stops.map((stop, k) => ({
    title: `${k + 1}. ${stop.name}`,
    start: shanghaiToUtc(date, stop.arrive),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: shanghaiToUtc(date, stop.depart),
    endInputType: 'utc',
    endOutputType: 'utc',
    description: [stop.description, stop.url].filter(Boolean).join('\n'),
    url: stop.url,
    calName: title,
    productId: 'minzu-tuanjie/plan',
  }));
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('ics: no output');
  return value;
}
