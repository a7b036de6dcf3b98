/**
 * What of a page the search index can depend on, as one string: the page with the content of its
 * `data-pagefind-ignore` elements left out, but the filters, metadata and sort keys inside them
 * (`data-pagefind-filter`, `-meta`, `-sort`) kept whole, as Pagefind reads those even there.
 *
 * A unit page lists the stories that name it, in a section the index ignores; keyed by this
 * instead of its whole HTML, its index is not built again when one of those stories changes
 * (src/integrations/searchIndex.ts). Anything else on the page (its text, title, language,
 * images, attributes) still counts. The page is parsed by parse5 (the WHATWG HTML parsing
 * algorithm), so markup-like text is never taken for a tag. Build time (Node); pure.
 */
import { type DefaultTreeAdapterMap, parse, serializeOuter } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const IGNORE = 'data-pagefind-ignore';
/** Attributes Pagefind reads inside ignored elements too. */
const READ_WHEN_IGNORED = /^data-pagefind-(?:filter|meta|sort|default-meta)$/;

const isElement = (node: Node): node is Element => 'tagName' in node;
const has = (element: Element, test: (name: string) => boolean) => element.attrs.some(({ name }) => test(name));

/** The page as the search index can see it; two pages with the same string index the same. */
export function indexedContent(html: string): string {
  const parts: string[] = [];
  const walk = (parent: ParentNode, ignored: boolean) => {
    for (const node of parent.childNodes) {
      if (!isElement(node)) {
        if (!ignored && node.nodeName === '#text' && 'value' in node) parts.push(node.value);
        continue;
      }
      const ignoredHere = ignored || has(node, (name) => name === IGNORE);
      if (ignoredHere && has(node, (name) => READ_WHEN_IGNORED.test(name))) {
        parts.push(serializeOuter(node));
        continue;
      }
      if (!ignoredHere) {
        const attrs = node.attrs.map(({ name, value }) => ` ${name}=${JSON.stringify(value)}`).join('');
        parts.push(`<${node.tagName}${attrs}>`);
      }
      walk(node.tagName === 'template' && 'content' in node ? node.content : node, ignoredHere);
      if (!ignoredHere) parts.push(`</${node.tagName}>`);
    }
  };
  walk(parse(html), false);
  return parts.join('');
}
