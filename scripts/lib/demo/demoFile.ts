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

/**
 * 示例 ("example") in traditional Mongolian script: ᠵᠢᠱᠢᠶ + U+180E + ᠡ (jisiy-e, with the vowel separator
 * U+180E before its final e). Demo names are built from it and Mongolian digits, so that they are
 * real Mongolian-script code points and plainly say "example", never a real place's name.
 */
export const DEMO_MONGOLIAN_WORD = '\u1835\u1822\u1831\u1822\u1836\u180E\u1821';

/** üliger ("story") in traditional Mongolian script: ᠦᠯᠢᠭᠡᠷ. */
export const DEMO_MONGOLIAN_STORY = '\u1826\u182F\u1822\u182D\u1821\u1837';

/** `n` in Mongolian digits (U+1810–U+1819), e.g. 12 → ᠑᠒. */
export const mongolianDigits = (n: number | string) =>
  String(n).replace(/\d/g, (d) => String.fromCodePoint(0x1810 + Number(d)));

/** The source every demo Mongolian name cites: it says the name is made up for the demo. */
export const DEMO_MONGOLIAN_SOURCE = {
  title: '示例数据（虚构）：蒙古文名称为演示用，意为“示例”，不是任何真实单位或报道的蒙古文名称',
};
