/**
 * Schema of a unit: a demonstration point, demonstration unit or related site. One MDX file per
 * unit in `content/units/`; the body is the unit's description in the site's own words.
 */
import { z } from 'astro/zod';
import { categoryValues, regionValues, statusValues } from '../lib/content/taxonomy';
import {
  idSchema,
  imageSchema,
  isoDateSchema,
  locationSchema,
  mongolianNameSchema,
  sourceSchema,
  textSchema,
} from './common';

/** A title conferred on the unit, e.g. 第十批全国民族团结进步示范社区. */
export const designationSchema = z.strictObject({
  /** The title as conferred, e.g. "包头市民族团结进步创建示范点". Required. */
  title: textSchema().min(1),
  /** Level of the conferring body: 国家级, 自治区级, 盟市级 or 旗县区级. Optional. */
  level: z.enum(['国家级', '自治区级', '盟市级', '旗县区级']).optional(),
  /** Year of the designation, 1980 to 2100. Optional: omitted when not known. */
  year: z.number().int().min(1980).max(2100).optional(),
  /** Batch number (第N批), a whole number above 0. Optional: omitted when not known. */
  batch: z.number().int().positive().optional(),
  /** What is and is not known about the designation, e.g. "2022年9月授牌；命名决定日期未见". Optional. */
  note: textSchema().optional(),
});

/** What a visiting group needs to know. Every field is optional: unknown stays unknown. */
export const visitSchema = z.strictObject({
  /** Opening days and hours, as the unit publishes them. Optional. */
  opening: textSchema().optional(),
  /** How to book a group visit: office and telephone as published. Optional. */
  booking: textSchema().optional(),
  /** Largest group the site can receive at once, in people (a whole number above 0). Optional. */
  groupSize: z.number().int().positive().optional(),
  /** Coach parking on or near the site. Optional. */
  parking: textSchema().optional(),
  /** Step-free access for wheelchair users. Optional. */
  stepFree: textSchema().optional(),
});

/** Kinds of sensitive facility whose location is never published (military, armed police, border police). */
export const SENSITIVE_REASONS = ['军事设施', '武警设施', '边防设施'] as const;

/**
 * Marks a unit as a sensitive facility. Its location and address stay in the file for the
 * editors but never reach any page, map, file or link of the site (see `publicUnit` in
 * `src/lib/content/publicUnit.ts`); its page says why.
 */
export const sensitiveSchema = z.strictObject({
  /** What kind of facility it is, as a source says: 军事设施, 武警设施 or 边防设施. Required. */
  reason: z.enum(SENSITIVE_REASONS),
  /** A short public note, e.g. which source says so or whom to contact. Optional. */
  note: textSchema().optional(),
});

/** A unit file's frontmatter. */
export const unitSchema = z.strictObject({
  /** Stable ASCII id; the page lives at `/units/<id>/`. Required; never change it once published. */
  id: idSchema,
  /** Full name as the sources give it. Required, not blank. */
  name: textSchema().trim().min(1),
  /** Short name people use (e.g. 团结广场); searchable and used in tight spaces. Optional. */
  shortName: textSchema().optional(),
  /**
   * The name in traditional Mongolian script with its own source (shown vertically beside the
   * name). Optional: only where a source writes it; never made up or transliterated by the site.
   */
  mongolianName: mongolianNameSchema.optional(),
  /** Other names: former names, names as printed in sources, pinyin. Searchable. Default: none. */
  aliases: z.array(textSchema().min(1)).default([]),
  /** League or city (盟市), as listed in `REGIONS` in `src/lib/content/taxonomy.ts`. Required. */
  region: z.enum(regionValues),
  /** Banner, county or district (旗县区). Optional: omitted when the sources do not say. */
  district: textSchema().optional(),
  /** How sure the district is, when it was inferred rather than stated by a source. Optional. */
  districtNote: textSchema().optional(),
  /** Kind of unit; `待核实` when the sources do not say. Required. */
  category: z.enum(categoryValues),
  /** Free-text description of the kind, e.g. "城市社区（多民族互嵌式社区）". Optional. */
  kind: textSchema().optional(),
  /** What the sources support about this unit; see `STATUSES` in `src/lib/content/taxonomy.ts`. Required. */
  status: z.enum(statusValues),
  /** Titles conferred on the unit. Default: none known. */
  designations: z.array(designationSchema).default([]),
  /** WGS84 location with its precision. Optional: omitted entirely when the location is unknown. */
  location: locationSchema.optional(),
  /**
   * A sensitive facility: its location and address are never published, whatever their precision.
   * Set only when a source says the unit is such a facility. Optional.
   */
  sensitive: sensitiveSchema.optional(),
  /** Street address as far as the sources give it. Optional. */
  address: textSchema().optional(),
  /** Visitor practicalities. Default: nothing known. */
  visit: visitSchema.default({}),
  /** How confident the research is, in words (e.g. "存在与身份：高；坐标：低"). Optional. */
  confidence: textSchema().optional(),
  /** Sources for the facts on the page. Required: at least one. */
  sources: z.array(sourceSchema).min(1),
  /** Images with alt text, caption and credit. Default: none. */
  images: z.array(imageSchema).default([]),
  /** Date this record was last checked against its sources, `YYYY-MM-DD`. Required. */
  updated: isoDateSchema,
});

/** A unit's frontmatter after parsing: dates as `Date`, defaults filled in. */
export type UnitData = z.infer<typeof unitSchema>;
