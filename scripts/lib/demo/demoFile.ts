/**
 * What every generated demo file shares: its shape, the fictional source it cites, the region it
 * is set in, and how it is written (YAML frontmatter, then the body).
 */
import { stringify } from 'yaml';
import { joinFrontmatter } from '../../../src/lib/content/frontmatter';
import type { Region } from '../../../src/lib/content/taxonomy';

/** One generated content file. */
export interface DemoFile {
  /** Path relative to the content directory, e.g. `units/demo-point-01.mdx`. */
  path: string;
  /** The whole MDX file: `---` YAML frontmatter, then the body. */
  text: string;
}

/** Title of the one source every generated unit and route cites. */
export const DEMO_SOURCE_TITLE = '示例数据（虚构，仅用于演示和测试）';

/** The region every demo unit and story is set in. */
export const DEMO_REGION: Region = '包头市';

/** `n` with leading zeros to `width` digits, for ids and names that sort as numbers. */
export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** An MDX file: YAML frontmatter serialised by `yaml`, then the body. */
export function mdxFile(data: Record<string, unknown>, body: string): string {
  return joinFrontmatter(stringify(data, { lineWidth: 0 }), `\n${body.trim()}\n`);
}
