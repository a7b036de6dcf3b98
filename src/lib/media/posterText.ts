/**
 * Text of the share poster (分享海报): what it says and how its lines break. Shared by the build
 * (which gathers the data into the share panel) and the browser (which draws the poster on a
 * canvas when asked); pure, browser-safe.
 */

/**
 * What the share poster and the copy for official accounts need of a page, gathered at build time
 * into a small JSON block in the share panel. Every string is content: the poster draws it as text
 * and the copy escapes it, neither ever parses it as markup.
 */
export interface WechatShareData {
  /** Kind of record, as the poster's kicker: `典型经验`, `示范单位与地点`, `精品线路`. */
  kicker: string;
  title: string;
  /** A story's key figures, one `label：value` each; empty for units and routes. */
  figures: string[];
  /** The summary or description, shown on the poster when there are no key figures. */
  summary: string;
  /** The source line: `出处：…`; empty when the record has no source. */
  source: string;
  /** A story's licence line: `许可：…`. */
  licence?: string;
  /** A story's labels in the copied text. */
  copyLabels?: { keyFigures: string; pageUrl: string };
  /** The site's name. */
  site: string;
  /** The page's absolute public address, drawn as a QR code and in small print. */
  url: string;
  /** File name of the downloaded PNG. */
  file: string;
  /** The poster's call to scan its QR code. */
  scan: string;
}

/** Width and height of the poster, in canvas pixels (device-independent: a phone-screen portrait). */
export const POSTER_WIDTH = 750;
export const POSTER_HEIGHT = 1334;

/**
 * Mongolian script (traditional, and its supplement). It runs top to bottom and needs shaping that
 * a canvas's horizontal `fillText` cannot give, so the poster leaves such lines out rather than
 * draw them wrongly.
 */
const MONGOLIAN = /[\u1800-\u18AF\u{11660}-\u{1167F}]/u;

/** Whether `text` holds Mongolian script. */
export const hasMongolian = (text: string): boolean => MONGOLIAN.test(text);

/** The texts that hold no Mongolian script, in order. */
export const withoutMongolian = (texts: readonly string[]): string[] => texts.filter((text) => !hasMongolian(text));

/** Punctuation that must not open a line (Chinese line-breaking rules, 避头点). */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕”’…—·,.;:!?)]}%']);

/** Runs of Latin letters and digits stay together, as words; every other character stands alone. */
const TOKENS = /[A-Za-z0-9][A-Za-z0-9.,%/:+-]*|[\s\S]/gu;

/**
 * Breaks `text` into lines no wider than `maxWidth`, as measured by `measure` (a canvas's
 * `measureText(...).width`). Chinese breaks between any two characters, except before closing
 * punctuation, which takes the character before it onto the next line; Latin words and numbers
 * break only when one alone is wider than a line. With `maxLines`, the last line kept ends in `…`.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const tokens = text.replace(/\s+/g, ' ').trim().match(TOKENS) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  for (const token of tokens) {
    if (measure(line + token) <= maxWidth || line === '') {
      if (line === '' && measure(token) > maxWidth) {
        // A word wider than a line: break it by character.
        for (const char of token) {
          if (measure(line + char) > maxWidth && line !== '') push();
          line += char;
        }
        continue;
      }
      line += token;
      continue;
    }
    if (NO_LINE_START.has(token) && [...line].length > 1) {
      // Carry the last character down so the punctuation does not open the next line.
      const chars = [...line];
      const last = chars.pop() ?? '';
      line = chars.join('');
      push();
      line = last + token;
      continue;
    }
    push();
    line = token === ' ' ? '' : token;
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last !== '' && measure(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** The downloaded poster's file name: the page's id, which is lower-case ASCII with hyphens. */
export const posterFileName = (id: string): string => `${id.replace(/[^a-z0-9-]+/gi, '-')}-poster.png`;
