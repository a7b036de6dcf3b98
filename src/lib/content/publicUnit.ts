/**
 * What of a unit the site may publish. A sensitive facility (military, armed police, border
 * police; `sensitive` in its frontmatter) keeps its location and address in its file for the
 * editors, but the site publishes neither: no pin, no waypoint, no coordinates in any file or
 * structured data, no link into a map app. The query module passes every unit through
 * {@link publicUnit} as it loads the collection, so every page, file and script reads the unit
 * without them. Pure, so that it can be tested without Astro.
 */

/** What the rule needs of a unit entry. */
interface UnitLike {
  data: { sensitive?: unknown; location?: unknown; address?: string | undefined };
}

/** Whether a unit is a sensitive facility, whose location is never published. */
export function isSensitive(unit: { data: { sensitive?: unknown } }): boolean {
  return unit.data.sensitive !== undefined;
}

/**
 * The unit as the site publishes it: unchanged, or for a sensitive facility a copy without
 * `location` and `address` (the entry's other fields, such as its rendered body, stay).
 */
export function publicUnit<T extends UnitLike>(unit: T): T {
  if (!isSensitive(unit)) return unit;
  const data = { ...unit.data };
  delete data.location;
  delete data.address;
  return { ...unit, data };
}
