/**
 * Schema of a story: an exemplary experience (典型经验) or report, retold in the site's own words
 * from a cited original. One MDX file per story in `content/stories/`; the body is the retelling.
 */
import { z } from 'astro/zod';
import { regionValues } from '../lib/content/taxonomy';
import { idSchema, imageSchema, isoDateSchema, mongolianNameSchema, textSchema, webUrlSchema } from './common';

/** A number a journalist would quote, with its unit. */
export const keyFigureSchema = z.strictObject({
  /** What is counted, e.g. "红石榴家园". Required. */
  label: textSchema().min(1),
  /**
   * The figure as printed, e.g. 70, "11.1万", "2.8亿": a number, or text that keeps the source's
   * own form. Required.
   */
  value: z.union([z.number(), textSchema().min(1)]),
  /** Unit of the figure, e.g. "个", "人次", "万元". Optional: omitted when the source gives none. */
  unit: textSchema().optional(),
  /** Qualifier such as "余" or "以上", or the period it covers. Optional. */
  note: textSchema().optional(),
});

/** The published original the story retells. */
export const citationSchema = z.strictObject({
  /** Publication, e.g. "内蒙古日报". Required. */
  publication: textSchema().min(1),
  /** Publication date, `YYYY-MM-DD`. Required. */
  date: isoDateSchema,
  /** Page, e.g. "第08版". Optional. */
  page: textSchema().optional(),
  /** Title of the original piece. Optional. */
  originalTitle: textSchema().optional(),
  /** Who supplied the original, e.g. "自治区民委供稿". Optional. */
  suppliedBy: textSchema().optional(),
  /**
   * Web address of the original, `http://` or `https://`, without spaces, quotes or angle brackets
   * (percent-encode them). Optional: omitted for print-only originals.
   */
  url: webUrlSchema.optional(),
});

/** A story file's frontmatter. */
export const storySchema = z.strictObject({
  /** Stable ASCII id; the page lives at `/stories/<id>/`. Required; never change it once published. */
  id: idSchema,
  /** Headline in the site's own words. Required, not blank. */
  title: textSchema().trim().min(1),
  /**
   * The headline or the original's title in traditional Mongolian script, with its own source
   * (shown vertically beside the headline). Optional: only where a source writes it; never made
   * up or translated by the site.
   */
  mongolianName: mongolianNameSchema.optional(),
  /** One or two sentences for lists, feeds and share cards, at most 160 characters. Required. */
  summary: textSchema().trim().min(1).max(160),
  /** Date of the story: the publication date of its original, `YYYY-MM-DD`. Required. */
  date: isoDateSchema,
  /** The unit that speaks or reports, as named in the original. Required. */
  speaker: textSchema().min(1),
  /** Id of the speaking unit's page; must exist in `content/units/`. Optional: omitted when it has none. */
  speakerUnit: idSchema.optional(),
  /** League or city the story is about; `内蒙古自治区` for region-wide stories. Required. */
  region: z.enum(regionValues),
  /** Ids of the units the story is about; each must exist in `content/units/`. Default: none. */
  units: z.array(idSchema).default([]),
  /** Topics: programmes, activities, methods (e.g. "红石榴家园"). Searchable. Default: none. */
  tags: z.array(textSchema().min(1)).default([]),
  /** Key figures, in the order the story gives them. Default: none. */
  keyFigures: z.array(keyFigureSchema).default([]),
  /** The original this story retells. Required. */
  source: citationSchema,
  /** Licence of the site's text, and rights in the original. Required. */
  licence: textSchema().min(1),
  /** Images with alt text, caption and credit. Default: none. */
  images: z.array(imageSchema).default([]),
});

/** A story's frontmatter after parsing: dates as `Date`, defaults filled in. */
export type StoryData = z.infer<typeof storySchema>;
