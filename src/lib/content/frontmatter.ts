/**
 * The YAML frontmatter of a Markdown/MDX file, the same block Astro reads: where it is in the
 * text, and its data as Astro will see it. The content guard checks files with it before Astro
 * loads them; the importer rewrites a file's frontmatter and keeps its body, and checks what it
 * writes with it.
 *
 * Astro reads frontmatter with `js-yaml` (through `parseFrontmatter`, which `astro/markdown`
 * exports), where a plain `2022-09-01` is a date and `0b101` a number; the `yaml` package the
 * importer writes with takes both for text. The data here is therefore Astro's own reading, so
 * that a value the schemas would refuse at build time is refused by the guard first, with its
 * message. `yaml` still reads the block first: its error messages and positions are the clearer.
 */
import { parseFrontmatter } from 'astro/markdown';
import { parse } from 'yaml';

const FENCE = /^(\uFEFF?)---\r?\n(?:([\s\S]*?)(\r?\n))?---(?:\r?\n|$)/;

/** A file cut at its frontmatter fences. */
export interface FrontmatterBlock {
  /** The byte-order mark the file starts with, or ''. */
  bom: string;
  /** The YAML between the fences, without the line break before the closing fence. */
  yaml: string;
  /** The line break before the closing fence (`\n`, `\r\n`, or '' when the fences are adjacent). */
  eol: string;
  /** Everything after the closing fence's line, byte for byte. */
  body: string;
}

/** Cuts a file at its `---` fences; undefined when it does not start with frontmatter. */
export function splitFrontmatter(source: string): FrontmatterBlock | undefined {
  const match = FENCE.exec(source);
  if (!match) return undefined;
  return { bom: match[1] ?? '', yaml: match[2] ?? '', eol: match[3] ?? '', body: source.slice(match[0].length) };
}

/** The frontmatter of a file: its data, or why it could not be read. */
export type Frontmatter = { data: unknown; error?: undefined } | { data: undefined; error: string };

const isFields = (data: unknown): data is Record<string, unknown> =>
  data !== null && typeof data === 'object' && !Array.isArray(data);

/** Reads the frontmatter's data as Astro will, or says in the editor's terms why it cannot be read. */
export function readFrontmatter(source: string): Frontmatter {
  const block = splitFrontmatter(source);
  if (!block) return { data: undefined, error: '文件开头没有以 --- 包围的头部信息' };
  let text: unknown;
  try {
    // Without the last line break, so that an unclosed quote or bracket is reported on its own
    // line rather than on the line of the closing fence.
    text = parse(block.yaml);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    // `yaml` counts lines from the start of the block; the editor counts from the `---` line.
    const at = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const where = at ? `（文件第 ${at.line + 1} 行第 ${at.col} 列）` : '';
    return { data: undefined, error: `YAML 无法解析${where}：${message.replace(/ at line \d+, column \d+:?$/, '')}` };
  }
  if (!isFields(text)) return { data: undefined, error: '头部信息不是“字段: 值”的形式' };
  let data: unknown;
  try {
    data = parseFrontmatter(source, { frontmatter: 'preserve' }).frontmatter;
  } catch (error) {
    // js-yaml counts from the `---` line (line 0) and columns from 0.
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    const where = mark ? `（文件第 ${mark.line + 1} 行第 ${mark.column + 1} 列）` : '';
    return { data: undefined, error: `YAML 无法按网站的读法解析${where}：${reason}` };
  }
  if (!isFields(data) || Object.keys(data).length === 0) {
    return { data: undefined, error: '头部信息不是“字段: 值”的形式' };
  }
  return { data: keepImpossibleDates(data, text) };
}

const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Astro's reading, except where it turned a day that does not exist (`2022-02-30`) into another
 * one (js-yaml rolls it over to 2 March): there the text as written stays, so that the date check
 * names it instead of the site publishing the wrong day.
 */
function keepImpossibleDates(astro: unknown, text: unknown): unknown {
  if (astro instanceof Date) {
    const day = typeof text === 'string' ? DAY.exec(text.trim()) : null;
    if (!day) return astro;
    const [, y, m, d] = day.map(Number) as [number, number, number, number];
    const same = astro.getUTCFullYear() === y && astro.getUTCMonth() + 1 === m && astro.getUTCDate() === d;
    return same ? astro : text;
  }
  if (Array.isArray(astro)) {
    return astro.map((item, i) => keepImpossibleDates(item, Array.isArray(text) ? text[i] : undefined));
  }
  if (isFields(astro)) {
    const other = isFields(text) ? text : {};
    return Object.fromEntries(Object.entries(astro).map(([k, v]) => [k, keepImpossibleDates(v, other[k])]));
  }
  return astro;
}

/**
 * A file from its frontmatter and body: the inverse of {@link splitFrontmatter}. `yaml` is a YAML
 * document as `yaml` writes it, ending in a line break.
 */
export function joinFrontmatter(yaml: string, body: string, bom = ''): string {
  return `${bom}---\n${yaml}---\n${body}`;
}
