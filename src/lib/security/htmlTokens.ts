/**
 * The tags of an HTML document and the raw text of its `<script>`, `<style>` and other raw-text
 * elements, split as a browser's tokenizer splits them (WHATWG HTML, "Tokenization"): quoted
 * attribute values, comments, RCDATA (`<title>`, `<textarea>`) and script data are followed state
 * by state, so markup-like text inside an attribute value or a title is never taken for a tag.
 *
 * Only what the security headers need: tag names, attribute names and values, raw text. No tree
 * is built and character references are decoded only in attribute values. Inside `<svg>` and
 * `<math>` the tokenizer does not switch to raw text; callers are told the element is foreign.
 *
 * Why not a library: neither parse5 nor htmlparser2 is a dependency, and the HTML parser that
 * comes with Astro (ultrahtml) takes `</script>` inside a quoted attribute value for an end tag.
 * Build time (Node); pure.
 */

/** One attribute of a start tag; the name lower-cased, the value with character references decoded. */
export interface HtmlAttribute {
  name: string;
  value: string;
}

/** A start tag. */
export interface StartTag {
  kind: 'start';
  /** Lower-cased tag name. */
  name: string;
  attributes: HtmlAttribute[];
  selfClosing: boolean;
  /** Inside `<svg>` or `<math>` (foreign content: no raw-text elements there). */
  foreign: boolean;
  /** Line of the `<`, from 1. */
  line: number;
}

/** The text of a raw-text or RCDATA element (`script`, `style`, `title`, `textarea`, …), as written. */
export interface RawText {
  kind: 'raw';
  /** The element whose text it is. */
  element: StartTag;
  text: string;
}

export type HtmlToken = StartTag | RawText;

const WHITESPACE = /[\t\n\f\r ]/;
const ALPHA = /[A-Za-z]/;

/** Elements whose text the tokenizer reads up to their end tag without looking for tags (scripting on). */
const RAW_TEXT = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'title', 'textarea']);

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes numeric and the common named character references (enough for attribute values like `type`). */
function decodeReferences(value: string): string {
  return value.replace(/&(?:#(\d+)|#[xX]([0-9A-Fa-f]+)|([A-Za-z]+));?/g, (whole, dec, hex, name) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_REFERENCES[String(name).toLowerCase()] ?? whole;
  });
}

/** Whether the appropriate end tag `</name` (then whitespace, `/` or `>`) starts at `at`. */
function endTagAt(html: string, at: number, name: string): boolean {
  if (html[at] !== '<' || html[at + 1] !== '/') return false;
  if (html.slice(at + 2, at + 2 + name.length).toLowerCase() !== name) return false;
  const after = html[at + 2 + name.length];
  return after !== undefined && (WHITESPACE.test(after) || after === '/' || after === '>');
}

/** Where the text of a raw-text or RCDATA element ends: at its end tag, or at the document's end. */
function rawTextEnd(html: string, from: number, name: string): number {
  for (let at = html.indexOf('<', from); at !== -1; at = html.indexOf('<', at + 1)) {
    if (endTagAt(html, at, name)) return at;
  }
  return html.length;
}

/** The end of a script element's text: script data with its escaped and double-escaped states. */
function scriptEnd(html: string, from: number): number {
  let mode: 'data' | 'escaped' | 'double' = 'data';
  let at = from;
  while (at < html.length) {
    const char = html[at];
    if (mode === 'data') {
      if (endTagAt(html, at, 'script')) return at;
      if (html.startsWith('<!--', at)) {
        mode = 'escaped';
        at += 2; // the dashes are read by the escaped state, so "<!-->" ends the escape at once
        continue;
      }
      at += 1;
      continue;
    }
    if (char === '-') {
      let dashes = 0;
      while (html[at + dashes] === '-') dashes += 1;
      at += dashes;
      if (dashes >= 2 && html[at] === '>') {
        mode = 'data';
        at += 1;
      }
      continue;
    }
    if (char === '<') {
      if (mode === 'escaped') {
        if (endTagAt(html, at, 'script')) return at;
        const after = html[at + 7];
        if (
          html.slice(at + 1, at + 7).toLowerCase() === 'script' &&
          after !== undefined &&
          (WHITESPACE.test(after) || after === '/' || after === '>')
        ) {
          mode = 'double';
          at += 7;
          continue;
        }
      } else if (endTagAt(html, at, 'script')) {
        mode = 'escaped';
        at += 8;
        continue;
      }
    }
    at += 1;
  }
  return html.length;
}

/** The end (exclusive) of a comment that starts with `<!--` at `at`. */
function commentEnd(html: string, at: number): number {
  const body = at + 4;
  if (html[body] === '>') return body + 1;
  if (html.startsWith('->', body)) return body + 2;
  const candidates = [html.indexOf('-->', body), html.indexOf('--!>', body)].filter((index) => index !== -1);
  if (candidates.length === 0) return html.length;
  const end = Math.min(...candidates);
  return end + (html.startsWith('-->', end) ? 3 : 4);
}

/** The end (exclusive) of the text up to and including the next `>`. */
const pastNextGt = (html: string, from: number): number => {
  const gt = html.indexOf('>', from);
  return gt === -1 ? html.length : gt + 1;
};

/**
 * Reads a tag's attributes from `at` (just after its name) to its `>`. Returns the attributes, the
 * self-closing flag and the index after the `>`, or `undefined` when the document ends inside the
 * tag (a browser drops such a tag).
 */
function readAttributes(
  html: string,
  start: number,
): { attributes: HtmlAttribute[]; selfClosing: boolean; end: number } | undefined {
  const attributes: HtmlAttribute[] = [];
  let at = start;
  for (;;) {
    // Before attribute name.
    while (at < html.length && (WHITESPACE.test(html[at] ?? '') || (html[at] === '/' && html[at + 1] !== '>'))) {
      at += 1;
    }
    if (at >= html.length) return undefined;
    if (html[at] === '>') return { attributes, selfClosing: false, end: at + 1 };
    if (html.startsWith('/>', at)) return { attributes, selfClosing: true, end: at + 2 };
    // Attribute name: the first character is taken whatever it is (even "="), then up to a delimiter.
    let nameEnd = at + 1;
    while (nameEnd < html.length && !/[\t\n\f\r />=]/.test(html[nameEnd] ?? '')) nameEnd += 1;
    const name = html.slice(at, nameEnd).toLowerCase();
    at = nameEnd;
    while (at < html.length && WHITESPACE.test(html[at] ?? '')) at += 1;
    if (html[at] !== '=') {
      attributes.push({ name, value: '' });
      continue;
    }
    at += 1;
    while (at < html.length && WHITESPACE.test(html[at] ?? '')) at += 1;
    const quote = html[at];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, at + 1);
      if (close === -1) return undefined;
      attributes.push({ name, value: decodeReferences(html.slice(at + 1, close)) });
      at = close + 1;
    } else if (quote === '>') {
      attributes.push({ name, value: '' });
    } else {
      let valueEnd = at;
      while (valueEnd < html.length && !/[\t\n\f\r >]/.test(html[valueEnd] ?? '')) valueEnd += 1;
      attributes.push({ name, value: decodeReferences(html.slice(at, valueEnd)) });
      at = valueEnd;
    }
  }
}

/** The start tags and raw texts of an HTML document, in document order. */
export function htmlTokens(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let foreignDepth = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (index: number) => {
    for (; counted < index; counted += 1) if (html.charCodeAt(counted) === 10) line += 1;
    return line;
  };
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) break;
    const next = html[lt + 1] ?? '';
    if (next === '!') {
      if (html.startsWith('<!--', lt)) at = commentEnd(html, lt);
      else if (foreignDepth > 0 && html.startsWith('<![CDATA[', lt)) {
        const close = html.indexOf(']]>', lt + 9);
        at = close === -1 ? html.length : close + 3;
      } else at = pastNextGt(html, lt + 2); // doctype or bogus comment
      continue;
    }
    if (next === '?') {
      at = pastNextGt(html, lt + 2);
      continue;
    }
    if (next === '/') {
      if (!ALPHA.test(html[lt + 2] ?? '')) {
        at = html[lt + 2] === '>' ? lt + 3 : pastNextGt(html, lt + 2);
        continue;
      }
      let nameEnd = lt + 3;
      while (nameEnd < html.length && !/[\t\n\f\r />]/.test(html[nameEnd] ?? '')) nameEnd += 1;
      const name = html.slice(lt + 2, nameEnd).toLowerCase();
      const tag = readAttributes(html, nameEnd);
      if (!tag) break;
      if ((name === 'svg' || name === 'math') && foreignDepth > 0) foreignDepth -= 1;
      at = tag.end;
      continue;
    }
    if (!ALPHA.test(next)) {
      at = lt + 1; // a "<" that starts no tag is text
      continue;
    }
    let nameEnd = lt + 2;
    while (nameEnd < html.length && !/[\t\n\f\r />]/.test(html[nameEnd] ?? '')) nameEnd += 1;
    const name = html.slice(lt + 1, nameEnd).toLowerCase();
    const tag = readAttributes(html, nameEnd);
    if (!tag) break;
    const element: StartTag = {
      kind: 'start',
      name,
      attributes: tag.attributes,
      selfClosing: tag.selfClosing,
      foreign: foreignDepth > 0,
      line: lineAt(lt),
    };
    tokens.push(element);
    at = tag.end;
    if (element.foreign) {
      if ((name === 'svg' || name === 'math') && !tag.selfClosing) foreignDepth += 1;
      continue;
    }
    if ((name === 'svg' || name === 'math') && !tag.selfClosing) {
      foreignDepth += 1;
      continue;
    }
    if (name === 'plaintext') {
      tokens.push({ kind: 'raw', element, text: html.slice(at) });
      break;
    }
    if (name === 'script' || RAW_TEXT.has(name)) {
      const end = name === 'script' ? scriptEnd(html, at) : rawTextEnd(html, at, name);
      tokens.push({ kind: 'raw', element, text: html.slice(at, end) });
      at = end;
    }
  }
  return tokens;
}
