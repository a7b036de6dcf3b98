/**
 * The text of the content files the import writes. A created file reads like a hand-written one
 * (fields in the schema's order); an updated file changes only the fields the import changed and
 * keeps everything else an editor wrote: other fields, comments, list style and the body text.
 *
 * Every text value is written so that Astro reads back the same text: a value that a YAML reader
 * could take for something else (`2022-09-01` a date, `0b101` or `1e3` a number, `yes` or `on` a
 * boolean in YAML 1.1, `~` nothing) is put in double quotes. Dates the import means as dates
 * (`updated`, a source's `date`) stay plain, as editors write them.
 */
import { parseFrontmatter } from 'astro/markdown';
import { Document, isMap, isPair, isScalar, type Node, parse, parseDocument, stringify, visit } from 'yaml';
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

/** Fields whose `YYYY-MM-DD` text is meant as a date, and written as one. */
const DATE_FIELDS = new Set(['updated', 'date']);
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether every YAML reader we know of reads `text`, written plainly, back as the same text. */
function readsBackAsText(text: string): boolean {
  const written = stringify({ v: text }, { lineWidth: 0 });
  if (/^v: ["']/.test(written)) return true;
  const readers = [
    () => (parseFrontmatter(`---\n${written}---\n`).frontmatter as Data).v,
    () => (parse(written, { version: '1.1' }) as Data).v,
    () => (parse(written) as Data).v,
  ];
  return readers.every((read) => {
    try {
      return read() === text;
    } catch {
      return false;
    }
  });
}

/**
 * Puts in double quotes every text value under `node` that a reader could take for something
 * else; `field` names the field `node` is the value of, when it is not in a pair of its own.
 */
function quoteAmbiguous(node: unknown, field?: string): void {
  visit(node as Node, {
    Scalar(key, scalar, path) {
      if (key === 'key' || typeof scalar.value !== 'string') return;
      const parent = path.at(-1);
      const name = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : path.length === 0 ? field : '';
      if (name && DATE_FIELDS.has(name) && CALENDAR_DAY.test(scalar.value)) return;
      if (!readsBackAsText(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
  });
}

/** A new file: the frontmatter and no body yet. */
export function newFileText(data: Data): string {
  const doc = new Document(data);
  quoteAmbiguous(doc);
  return joinFrontmatter(doc.toString({ lineWidth: 0, indentSeq: false }), '');
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
    const node = doc.createNode(data[field]);
    quoteAmbiguous(node, field);
    if (doc.has(field) || !isMap(doc.contents)) {
      doc.set(field, node);
      continue;
    }
    // A field the file did not have goes where the schema puts it, not at the end.
    const items = doc.contents.items;
    const rank = (key: unknown) => {
      const i = order.indexOf(String(isScalar(key) ? key.value : key));
      return i === -1 ? order.length : i;
    };
    const at = items.findIndex((pair) => rank(pair.key) > order.indexOf(field));
    const pair = doc.createPair(field, node);
    items.splice(at === -1 ? items.length : at, 0, pair as (typeof items)[number]);
  }
  // Keep the file's own list style (`- x` at the key's indent, or indented) so that only the
  // changed fields show up in a diff.
  const indentSeq = !/^- /m.test(frontmatter);
  return joinFrontmatter(doc.toString({ lineWidth: 0, indentSeq }), block.body, block.bom);
}
