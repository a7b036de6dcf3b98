/**
 * Reads the YAML frontmatter of a Markdown/MDX file, the same block Astro reads, so that the
 * content guard can check files before Astro loads them.
 */
import { parse } from 'yaml';

const FENCE = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

/** The frontmatter of a file: its data, or why it could not be read. */
export type Frontmatter = { data: unknown; error?: undefined } | { data: undefined; error: string };

export function readFrontmatter(source: string): Frontmatter {
  const text = source.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  if (!match) return { data: undefined, error: '文件开头没有以 --- 包围的头部信息' };
  try {
    const data: unknown = parse(match[1] ?? '');
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
