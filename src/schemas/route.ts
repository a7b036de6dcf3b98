/**
 * Schema of a route: an ordered tour of units, either one of Baotou's official showcase routes
 * (精品线路) or an editors' suggestion. One MDX file per route in `content/routes/`; the body is
 * the route's description.
 */
import { z } from 'astro/zod';
import { DEFAULT_TRAVEL_MODE, TRAVEL_MODES } from '../lib/geo/travel';
import { idSchema, sourceSchema, textSchema } from './common';

/** One stop of a route. */
export const stopSchema = z.strictObject({
  /** Id of the unit visited; must exist in `content/units/`. Required. */
  unit: idSchema,
  /** Minutes planned at the stop, a whole number from 1 to 600. Required. */
  minutes: z.number().int().positive().max(600),
  /** What to see or do at the stop. Optional. */
  note: textSchema().optional(),
  /** How to get from this stop to the next one. Optional: omitted when not known. */
  directions: textSchema().optional(),
});

/** A route file's frontmatter. */
export const routeSchema = z
  .strictObject({
    /** Stable ASCII id; the page lives at `/routes/<id>/`. Required; never change it once published. */
    id: idSchema,
    /** Name of the route. Required, not blank. */
    name: textSchema().trim().min(1),
    /** Theme in a few words. Required. */
    theme: textSchema().min(1),
    /**
     * `official` for one of the 5 精品线路 as published; `suggestion` for an editors' suggestion.
     * Required.
     */
    kind: z.enum(['official', 'suggestion']),
    /** How the group travels between stops, one of {@link TRAVEL_MODES}. Default: coach (大巴). */
    travelMode: z.enum(TRAVEL_MODES).default(DEFAULT_TRAVEL_MODE),
    /** Stops in visiting order; at least two. Required. */
    stops: z.array(stopSchema).min(2),
    /** Sources for the route's composition. At least one for an official route. Default: none. */
    sources: z.array(sourceSchema).default([]),
  })
  .superRefine((route, ctx) => {
    if (route.kind === 'official' && route.sources.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'official route without source',
        path: ['sources'],
        input: [],
        params: { expected: '官方精品线路至少有一条来源' },
      });
    }
  });

/** A route's frontmatter after parsing, defaults filled in. */
export type RouteData = z.infer<typeof routeSchema>;
