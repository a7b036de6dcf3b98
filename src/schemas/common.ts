/**
 * Building blocks of the unit, story and route schemas. Free of Astro runtime imports other than
 * zod, so that tooling outside Astro (the importer, the scaffolder, the tests) can load them.
 */
import { z } from 'astro/zod';

/** Inner Mongolia's bounding box, in WGS84 degrees, with a little margin. */
export const REGION_BOUNDS = { minLat: 37, maxLat: 54, minLng: 97, maxLng: 127 } as const;

/** Whether a WGS84 coordinate lies inside {@link REGION_BOUNDS}. */
export function insideRegion(lat: number, lng: number): boolean {
  const b = REGION_BOUNDS;
  return lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng;
}

/** An ASCII, URL-safe identifier: lower-case letters, digits and single hyphens. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'ASCII id（小写字母、数字、连字符）' });

/** What a date field expects, in the editors' words. */
const DATE_EXPECTED = '日期，格式 YYYY-MM-DD（如 2022-10-14）';

/**
 * A calendar date written `YYYY-MM-DD`. YAML turns such dates into `Date` objects; strings are
 * accepted too, and both must be real calendar days. The union states its expectation itself: its
 * text alternative only catches dates YAML left as text, so "a date or text" would mislead.
 */
export const isoDateSchema = z.union([z.date(), z.string()], { error: DATE_EXPECTED }).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    ctx.addIssue({
      code: 'custom',
      message: 'not a calendar date',
      input: value,
      params: { expected: DATE_EXPECTED },
    });
    return z.NEVER;
  }
  return date;
});

/** Where a fact comes from. */
export const sourceSchema = z.strictObject({
  /** Title of the source as a reader would cite it, e.g. "内蒙古日报 2022-10-14 第08版". Required. */
  title: z.string().min(1),
  /** Web address of the source, `http://` or `https://`. Optional: omitted for print-only sources. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Publication date of the source, `YYYY-MM-DD`. Optional: omitted when not known. */
  date: isoDateSchema.optional(),
  /**
   * What this source supports, or a warning about its quality (e.g. a mirror on an unrelated
   * domain). Optional.
   */
  note: z.string().optional(),
});

/** An image with everything needed to show and reuse it honestly. */
export const imageSchema = z.strictObject({
  /** Path of the file under `public/`, starting with `/`, e.g. `/images/units/x.jpg`. Required. */
  src: z.string().regex(/^\/[^\s]+\.(?:jpe?g|png|webp|avif|svg)$/i, {
    error: '以 / 开头、位于 public/ 下的图片路径（jpg、png、webp、avif 或 svg）',
  }),
  /** Text alternative describing what the image shows, for people who cannot see it. Required. */
  alt: z.string().trim().min(1),
  /** Caption shown under the image. Optional: no caption by default. */
  caption: z.string().optional(),
  /** Who made the image (photographer, organisation). Required. */
  credit: z.string().trim().min(1),
  /** Licence or permission under which the image is published. Optional. */
  licence: z.string().optional(),
});

/**
 * A location in WGS84 with its honest precision. Coordinates come once, in WGS84; offset systems
 * used by Chinese map apps (GCJ-02, BD-09) are converted at the edges, never stored here.
 */
export const locationSchema = z
  .strictObject({
    /** Latitude, WGS84 decimal degrees (north positive), −90 to 90. Required. */
    lat: z.number().min(-90).max(90),
    /** Longitude, WGS84 decimal degrees (east positive), −180 to 180. Required. */
    lng: z.number().min(-180).max(180),
    /** Radius in metres (a whole number above 0) within which the real place is believed to lie. Required. */
    precision: z.number().int().positive(),
    /** What the coordinate stands for and how it was obtained (e.g. "区级估计，非地图取点"). Optional. */
    note: z.string().optional(),
  })
  .superRefine((loc, ctx) => {
    const b = REGION_BOUNDS;
    if (Math.abs(loc.lat) > 90 || Math.abs(loc.lng) > 180 || insideRegion(loc.lat, loc.lng)) return;
    // Swapped coordinates put the latitude above 90, so they fail `lat` and never get here;
    // contentIssues.ts recognises them on the `lat` issue and says to swap the values.
    const swapped = insideRegion(loc.lng, loc.lat);
    ctx.addIssue({
      code: 'custom',
      message: 'outside Inner Mongolia',
      input: `lat ${loc.lat}, lng ${loc.lng}`,
      params: {
        kind: swapped ? 'swapped' : 'outside',
        expected: `内蒙古范围内的 WGS84 坐标（纬度 ${b.minLat}–${b.maxLat}，经度 ${b.minLng}–${b.maxLng}）`,
      },
    });
  });
