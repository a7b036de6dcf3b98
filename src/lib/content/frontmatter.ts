/**
 * The YAML frontmatter of a Markdown/MDX file, the same block Astro reads: where it is in the
 * text, and its data. The content guard checks files with it before Astro loads them; the
 * importer rewrites a file's frontmatter and keeps its body.
 */
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

/** Reads the frontmatter's data, or says in the editor's terms why it cannot be read. */
export function readFrontmatter(source: string): Frontmatter {
  const block = splitFrontmatter(source);
  if (!block) return { data: undefined, error: '文件开头没有以 --- 包围的头部信息' };
  try {
    // Without the last line break, so that an unclosed quote or bracket is reported on its own
    // line rather than on the line of the closing fence.
    const data: unknown = parse(block.yaml);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { data: undefined, error: '头部信息不是“字段: 值”的形式' };
    }
    return { data };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    // `yaml` counts lines from the start of the block; the editor counts from the `---` line.
    const at = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const where = at ? `（文件第 ${at.line + 1} 行第 ${at.col} 列）` : '';
    return { data: undefined, error: `YAML 无法解析${where}：${message.replace(/ at line \d+, column \d+:?$/, '')}` };
  }
}

/**
 * A file from its frontmatter and body: the inverse of {@link splitFrontmatter}. `yaml` is a YAML
 * document as `yaml` writes it, ending in a line break.
 */
export function joinFrontmatter(yaml: string, body: string, bom = ''): string {
  return `${bom}---\n${yaml}---\n${body}`;
}
