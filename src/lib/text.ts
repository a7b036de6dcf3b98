/**
 * Text by where it goes: escaping for HTML, XML and Markdown, `{name}` placeholders, CSV fields,
 * and the control characters no text may carry. One home for each, so that every page, file and
 * script escapes the same way.
 */

/**
 * Control characters: C0 except tab, line feed and carriage return; DEL; C1; and the noncharacters
 * U+FFFE and U+FFFF. XML 1.0 forbids the C0 ones and U+FFFE/U+FFFF outright (one of them makes a
 * whole feed or GPX file unreadable), and the rest are invisible in every place the site shows text.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** A UTF-16 code unit that is half of a surrogate pair with its other half missing. */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Where a control character sits in a text. */
export interface ControlCharacter {
  /** Position of the character, counted in characters from 1 (as an editor counts). */
  position: number;
  /** The character as a code point, e.g. `U+000B`. */
  code: string;
}

/** A character as its code point, as messages name it: `U+000B`. */
export const codePointLabel = (ch: string): string =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first control character in `text` (see {@link stripControlCharacters}), if there is one. */
export function findControlCharacter(text: string): ControlCharacter | undefined {
  const control = new RegExp(CONTROL_CHARACTERS.source);
  let position = 0;
  for (const ch of text) {
    position += 1;
    if (control.test(ch)) {
      return { position, code: codePointLabel(ch) };
    }
  }
  return undefined;
}

/**
 * `text` without control characters (C0 other than tab, line feed and carriage return; DEL; C1;
 * U+FFFE and U+FFFF) and without lone surrogates: what every XML writer passes on, so that no
 * content can make a file ill-formed.
 */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(LONE_SURROGATES, '');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text for XML element content or a quoted attribute value (GPX, KML, feeds). Characters XML
 * cannot carry at all are dropped (see {@link stripControlCharacters}), so the file stays
 * well-formed whatever the text holds.
 */
export function escapeXml(text: string): string {
  return stripControlCharacters(text).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

/**
 * Text for one line of Markdown (a heading, a list item, link text, a paragraph): markup
 * characters are backslash-escaped, so that `*`, `[`, `<` or an HTML tag in the text are shown as
 * written instead of being read as emphasis, links or raw HTML. Line breaks become spaces (a
 * break would end a heading or a list item), control characters go, and the ends are trimmed.
 */
export function escapeMarkdown(text: string): string {
  return (
    stripControlCharacters(text)
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim()
      // Inline markup anywhere: escapes, code, emphasis, links, raw HTML and autolinks, tables.
      .replace(/[\\`*_[\]<>~|]/g, '\\$&')
      // `&` only where it would start a character reference such as `&lt;`.
      .replace(/&(?=#?[0-9a-z]+;)/gi, '\\&')
      // Block markup at the start of a line: headings, lists, setext underlines, numbered lists.
      .replace(/^([#+=-])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/**
 * A URL as the destination of a Markdown link or image: parsed and re-serialised (so spaces,
 * quotes and angle brackets are percent-encoded), with parentheses encoded too, since a `)`
 * would end the link early.
 */
export function markdownUrl(url: string): string {
  return new URL(url).href.replace(/[()]/g, (ch) => (ch === '(' ? '%28' : '%29'));
}

/** Fills `{name}` placeholders from `vars`; a placeholder with no value is left as it is. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : match,
  );
}

/** First characters that make a spreadsheet read a cell as a formula, ASCII and full-width. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A plain decimal number such as `-12.500000`: Excel reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^[-+]?\d+(?:\.\d+)?$/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A text that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be run by Excel as a formula
 * (`=HYPERLINK(…)`), so it gets a leading `'` (OWASP's rule for CSV injection) and opens as the
 * text it is; so do their full-width forms (`＝＋－＠`), which East Asian Excel may turn into the
 * ASCII ones. Numbers, including negative coordinates written as text, stay numbers.
 */
export function csvField(value: string | number | boolean): string {
  const raw = String(value);
  const text = typeof value === 'string' && FORMULA_START.test(raw) && !PLAIN_NUMBER.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as a CSV file for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as
 * the local code page) and CRLF line ends.
 */
export function csvFile(rows: readonly (readonly (string | number | boolean)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

// Notices about unrecognised URL values. Whatever the URL says reaches the reader only as a short,
// cleaned quotation: a crafted link cannot make the site display a message of its own ("this site
// has moved, call …") or a page-long notice.

/** Characters of one unrecognised value the notice repeats; the rest becomes “…”. */
export const NOTICE_VALUE_LIMIT = 20;

/** Distinct values a notice names at most. */
export const NOTICE_VALUES_MAX = 5;

/** Control and format characters (line breaks, bidi overrides, zero-width marks) are dropped. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** One value as a notice may quote it: invisible characters dropped, spaces folded, cut to the limit. */
export function noticeValue(value: string): string {
  const clean = value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length > NOTICE_VALUE_LIMIT ? `${chars.slice(0, NOTICE_VALUE_LIMIT).join('')}…` : clean;
}

/**
 * The text of the notice: `template` (with `{value}`) filled for each distinct value, at most
 * NOTICE_VALUES_MAX of them; empty when there is nothing to say.
 */
export function invalidNotice(values: readonly string[], template: string): string {
  const shown = [...new Set(values.map(noticeValue))].slice(0, NOTICE_VALUES_MAX);
  return shown.map((value) => fill(template, { value })).join(' ');
}

// Traditional Mongolian script (回鹘式蒙古文). Inner Mongolia writes names in it beside Chinese;
// the site keeps such a name as its own field, never mixed into Chinese text.

/**
 * What a Mongolian-script text may hold: the Mongolian block (U+1800–U+18AF: letters, digits,
 * punctuation, the free variation selectors U+180B–U+180D and U+180F, the vowel separator U+180E),
 * spaces, the narrow no-break space U+202F that joins suffixes, and the zero-width joiner and
 * non-joiner.
 */
const MONGOLIAN_TEXT_CHARACTER = /[\u1800-\u18AF \u202F\u200C]|\u200D/u;

/** A Mongolian letter or digit: what makes a text more than separators and joiners. */
const MONGOLIAN_LETTER = /[\u1810-\u1819\u1820-\u1878\u1880-\u18AA]/u;

/** Any character of the Mongolian block, and the joiners that only matter next to one. */
const MONGOLIAN_SCRIPT = /[\u1800-\u18AF]+(?:(?:[\u202F\u200C ]|\u200D)*[\u1800-\u18AF]+)*/gu;

/** The first character of `text` that is not Mongolian script, with its position (from 1) and code point. */
export function findNonMongolian(text: string): { position: number; char: string; code: string } | undefined {
  let position = 0;
  for (const char of text) {
    position += 1;
    if (!MONGOLIAN_TEXT_CHARACTER.test(char)) {
      return { position, char, code: codePointLabel(char) };
    }
  }
  return undefined;
}

/** Whether `text` is written in traditional Mongolian script only, with at least one letter or digit. */
export function isMongolianScript(text: string): boolean {
  return MONGOLIAN_LETTER.test(text) && findNonMongolian(text) === undefined;
}

/** Whether `text` holds any character of the Mongolian block. */
export function hasMongolianScript(text: string): boolean {
  return /[\u1800-\u18AF]/u.test(text);
}

/**
 * `text` without its Mongolian-script runs (and the spaces left around them), for output whose
 * fonts have no Mongolian glyphs, where they would come out as empty boxes.
 */
export function withoutMongolianScript(text: string): string {
  if (!hasMongolianScript(text)) return text;
  return text
    .replace(MONGOLIAN_SCRIPT, '')
    .replace(/[ \u202F]{2,}/g, ' ')
    .replace(/([（(])\s*[）)]/g, '')
    .trim();
}
