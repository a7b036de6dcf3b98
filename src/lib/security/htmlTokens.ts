/**
 * The start tags of an HTML document and the text of its raw-text elements (`<script>`,
 * `<style>`…), as a browser reads them: the page is parsed by parse5, which follows the WHATWG
 * HTML parsing algorithm, so markup-like text inside an attribute value, a title or a comment is
 * never taken for a tag. Build time (Node); pure.
 */
import { type DefaultTreeAdapterMap, html as ns, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

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
  /** Inside `<svg>` or `<math>` (foreign content: no raw-text elements there). */
  foreign: boolean;
  /** Line of the `<`, from 1. */
  line: number;
}

/** The text of a raw-text element (script, style), as the browser hands it to its engine. */
export interface RawText {
  kind: 'raw';
  /** The element whose text it is. */
  element: StartTag;
  text: string;
}

export type HtmlToken = StartTag | RawText;

/** HTML elements whose content is text, not markup, with scripting on. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

const isElement = (node: Node): node is Element => 'tagName' in node;

/** The start tags and raw texts of a page, in document order. */
export function htmlTokens(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const visit = (node: Node, inForeign: boolean) => {
    if (isElement(node)) {
      // Elements the parser made up (html, head, body without tags of their own) have no location.
      const location = node.sourceCodeLocation;
      const tag: StartTag = {
        kind: 'start',
        name: node.tagName,
        attributes: node.attrs.map(({ name, value }) => ({ name, value })),
        foreign: inForeign,
        line: location?.startLine ?? 0,
      };
      if (location) tokens.push(tag);
      if (node.namespaceURI === ns.NS.HTML && RAW_TEXT.has(tag.name)) {
        const text = node.childNodes
          .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
          .join('');
        if (location) tokens.push({ kind: 'raw', element: tag, text });
        return;
      }
    }
    const children =
      node.nodeName === 'template' && 'content' in node
        ? node.content.childNodes
        : 'childNodes' in node
          ? node.childNodes
          : [];
    const foreignBelow = inForeign || (isElement(node) && node.namespaceURI !== ns.NS.HTML);
    for (const child of children) visit(child, foreignBelow);
  };
  visit(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: true }), false);
  return tokens;
}
