/**
 * Building blocks of the unit, story and route schemas. Free of Astro runtime imports other than
 * zod, so that tooling outside Astro (the importer, the scaffolder, the tests) can load them.
 */
import { z } from 'astro/zod';
import {
  codePointLabel,
  findControlCharacter,
  findNonMongolian,
  isMongolianScript,
  stripControlCharacters,
} from '../lib/text';

/** Inner Mongolia's bounding box, in WGS84 degrees, with a little margin. */
export const REGION_BOUNDS = { minLat: 37, maxLat: 54, minLng: 97, maxLng: 127 } as const;

/** Whether a WGS84 coordinate lies inside {@link REGION_BOUNDS}. */
export function insideRegion(lat: number, lng: number): boolean {
  const b = REGION_BOUNDS;
  return lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng;
}

/** How a found text is shown in a message: control characters made visible as `[U+000B]`, long text cut. */
function visible(text: string): string {
  const shown = text.replace(/[\s\S]/gu, (ch) => (stripControlCharacters(ch) === ch ? ch : `[${codePointLabel(ch)}]`));
  const quoted = JSON.stringify(shown);
  return quoted.length > 80 ? `${quoted.slice(0, 77)}…` : quoted;
}

/**
 * Text of a content field: any string without control characters (C0 other than tab and line
 * breaks, DEL, C1, U+FFFE, U+FFFF). They are invisible in an editor, usually come in with text
 * copied from a web page, Word or a sheet, and one of them makes the feeds, GPX and KML files
 * unreadable; the content checks name the character and where it is.
 */
export const textSchema = () =>
  z.string().superRefine((value, ctx) => {
    const found = findControlCharacter(value);
    if (!found) return;
    ctx.addIssue({
      code: 'custom',
      message: 'control character',
      input: `${visible(value)}（第 ${found.position} 个字符是看不见的控制字符 ${found.code}）`,
      params: { kind: 'control', expected: '不含控制字符的文字' },
    });
  });

/** Characters a web address in the content may not hold as they are (they break links in HTML and Markdown). */
const URL_FORBIDDEN = /[\s"'<>`\\]/u;

/**
 * A web address: `http://` or `https://` with a host, and no spaces, quotes, angle brackets,
 * backslashes, line breaks or control characters (written percent-encoded instead, e.g. `%20`).
 */
export const webUrlSchema = z.string().superRefine((value, ctx) => {
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  const web = parsed && /^https?:$/.test(parsed.protocol) && parsed.hostname !== '' && /^https?:\/\//i.test(value);
  if (web && !URL_FORBIDDEN.test(value) && !findControlCharacter(value)) return;
  ctx.addIssue({
    code: 'custom',
    message: 'not a web address',
    input: visible(value),
    params: { kind: 'url', expected: '以 http:// 或 https:// 开头的完整网址，不含空格、引号、尖括号或换行' },
  });
});

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
  title: textSchema().min(1),
  /**
   * Web address of the source, `http://` or `https://`, without spaces, quotes or angle brackets
   * (percent-encode them). Optional: omitted for print-only sources.
   */
  url: webUrlSchema.optional(),
  /** Publication date of the source, `YYYY-MM-DD`. Optional: omitted when not known. */
  date: isoDateSchema.optional(),
  /**
   * What this source supports, or a warning about its quality (e.g. a mirror on an unrelated
   * domain). Optional.
   */
  note: textSchema().optional(),
});

/** An image with everything needed to show and reuse it honestly. */
export const imageSchema = z.strictObject({
  /** Path of the file under `public/`, starting with `/`, e.g. `/images/units/x.jpg`. Required. */
  src: textSchema().regex(/^\/[^\s]+\.(?:jpe?g|png|webp|avif|svg)$/i, {
    error: '以 / 开头、位于 public/ 下的图片路径（jpg、png、webp、avif 或 svg）',
  }),
  /** Text alternative describing what the image shows, for people who cannot see it. Required. */
  alt: textSchema().trim().min(1),
  /** Caption shown under the image. Optional: no caption by default. */
  caption: textSchema().optional(),
  /** Who made the image (photographer, organisation). Required. */
  credit: textSchema().trim().min(1),
  /** Licence or permission under which the image is published. Optional. */
  licence: textSchema().optional(),
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
    note: textSchema().optional(),
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

/** What a Mongolian-name field expects, in the editors' words. */
const MONGOLIAN_EXPECTED = '传统蒙古文（回鹘式蒙古文，Unicode U+1800–U+18AF，可含空格、U+202F 窄空格和变形选择符）';

/** The script of a character that is not Mongolian, named as an editor would. */
function scriptName(char: string): string {
  if (/\p{Script=Cyrillic}/u.test(char)) return '西里尔字母（斯拉夫蒙古文）';
  if (/\p{Script=Latin}/u.test(char)) return '拉丁字母';
  if (/\p{Script=Han}/u.test(char)) return '汉字';
  if (/\p{N}/u.test(char)) return '阿拉伯数字或其他数字';
  if (/\p{P}|\p{S}/u.test(char)) return '标点或符号';
  return '非蒙古文字符';
}

/** Text in traditional Mongolian script only (see `isMongolianScript` in `src/lib/text.ts`), trimmed. */
export const mongolianTextSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (isMongolianScript(value)) return;
    const found = findNonMongolian(value);
    ctx.addIssue({
      code: 'custom',
      message: 'not Mongolian script',
      input: found
        ? `${visible(value)}（第 ${found.position} 个字符 ${/[\p{C}\p{Z}]/u.test(found.char) ? found.code : found.char} 是${scriptName(found.char)}，不是传统蒙古文）`
        : `${visible(value)}（没有蒙古文字母）`,
      params: { kind: 'mongolian', expected: MONGOLIAN_EXPECTED },
    });
  });

/**
 * A name in traditional Mongolian script, as a bilingual sign, seal or publication of the unit
 * writes it, with where it comes from. Never made up or machine-transliterated: without a source
 * there is no Mongolian name.
 */
export const mongolianNameSchema = z.strictObject({
  /** The name in traditional Mongolian script, copied from the source (not Cyrillic, not Latin). Required. */
  text: mongolianTextSchema,
  /** Where the name is written: a photo of the sign, a bilingual document, an official page. Required. */
  source: z.strictObject(sourceSchema.shape, { error: '蒙古文名称的出处（含 title 的来源，可加 url、date、note）' }),
});
