/**
 * The text of the content files the import writes. A created file reads like a hand-written one
 * (fields in the schema's order); an updated file changes only the fields the import changed and
 * keeps everything else an editor wrote: other fields, comments, list style and the body text.
 */
import { isMap, isScalar, parse, parseDocument, stringify } from 'yaml';
import { joinFrontmatter, splitFrontmatter } from '../../../src/lib/content/frontmatter';
import { routeSchema } from '../../../src/schemas/route';
import { unitSchema } from '../../../src/schemas/unit';

/** A file's frontmatter as data. */
export type Data = Record<string, unknown>;

/** Fields in the schemas' order, so created and updated files read like hand-written ones. */
export const UNIT_ORDER = Object.keys(unitSchema.shape);
/** Route fields in the schema's order. */
export const ROUTE_ORDER = Object.keys(routeSchema.shape);

/** A file's frontmatter data, or undefined when it has none or it is not a set of fields. */
export function readData(text: string): Data | undefined {
  const block = splitFrontmatter(text);
  if (!block) return undefined;
  try {
    // With its last line break, as Astro reads it: a block scalar at the end keeps its newline.
    const data: unknown = parse(block.yaml + block.eol);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether two field values are the same data. */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A unit's fields in the schema's order, and its location's too. */
export function orderUnit(data: Data): Data {
  const out: Data = {};
  for (const key of UNIT_ORDER) if (data[key] !== undefined) out[key] = data[key];
  for (const key of Object.keys(data)) if (!(key in out)) out[key] = data[key];
  if (out.location && typeof out.location === 'object') {
    const { lat, lng, precision, note } = out.location as Data;
    out.location = note === undefined ? { lat, lng, precision } : { lat, lng, precision, note };
  }
  return out;
}

/** A new file: the frontmatter and no body yet. */
export function newFileText(data: Data): string {
  return joinFrontmatter(stringify(data, { lineWidth: 0, indentSeq: false }), '');
}

/**
 * Rewrites the changed top-level fields of a file's frontmatter and keeps everything else: the
 * other fields with their comments, and the body text byte for byte. Only for a file whose data
 * {@link readData} could read.
 */
export function updateText(text: string, data: Data, fields: string[], order: readonly string[] = UNIT_ORDER): string {
  const block = splitFrontmatter(text);
  if (!block) throw new Error('updateText: the file has no frontmatter to update');
  const frontmatter = block.yaml + block.eol;
  const doc = parseDocument(frontmatter);
  for (const field of fields) {
    if (doc.has(field) || !isMap(doc.contents)) {
      doc.set(field, doc.createNode(data[field]));
      continue;
    }
    // A field the file did not have goes where the schema puts it, not at the end.
    const items = doc.contents.items;
    const rank = (key: unknown) => {
      const i = order.indexOf(String(isScalar(key) ? key.value : key));
      return i === -1 ? order.length : i;
    };
    const at = items.findIndex((pair) => rank(pair.key) > order.indexOf(field));
    const pair = doc.createPair(field, data[field]);
    items.splice(at === -1 ? items.length : at, 0, pair as (typeof items)[number]);
  }
  // Keep the file's own list style (`- x` at the key's indent, or indented) so that only the
  // changed fields show up in a diff.
  const indentSeq = !/^- /m.test(frontmatter);
  return joinFrontmatter(doc.toString({ lineWidth: 0, indentSeq }), block.body, block.bom);
}
