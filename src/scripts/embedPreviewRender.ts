/**
 * Builds the embed preview of `<mz-embed-preview>` (./embedPreview.ts), loaded when a reader asks
 * for the preview: the embed code as nodes of this page, and its script run as a host page would.
 */
/** Attribute that carries a `style` attribute's value through parsing. */
const STYLE = 'data-preview-style';

/**
 * The embed code with each tag's `style` attribute renamed to {@link STYLE}: parsing a `style`
 * attribute applies an inline style, which the site's own policy refuses (and reports), in any
 * document this page creates. The code is the site's own (src/lib/media/embed.ts), whose attribute
 * values and text are escaped, so "<" only opens a tag and ">" only closes one; inside a tag, only
 * what stands outside quotes is an attribute name.
 */
const renameStyles = (code: string): string =>
  code.replace(/<[a-z][^>]*>/gi, (tag) =>
    tag
      .split(/("[^"]*"|'[^']*')/)
      .map((part, index) => (index % 2 === 1 ? part : part.replace(/(\s)style(\s*=)/gi, `$1${STYLE}$2`)))
      .join(''),
  );

/**
 * The embed code as nodes of this page, as a host page's parser would make them, without breaking
 * the site's Content Security Policy: inline styles are applied through the CSSOM, which the policy
 * allows, instead of `style` attributes, which it refuses.
 */
export function previewNodes(code: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${renameStyles(code)}`, 'text/html');
  const nodes = [...parsed.body.childNodes].map((node) => document.adoptNode(node));
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    for (const element of [node, ...node.querySelectorAll(`[${STYLE}]`)]) {
      if (!(element instanceof HTMLElement) || !element.hasAttribute(STYLE)) continue;
      element.style.cssText = element.getAttribute(STYLE) ?? '';
      element.removeAttribute(STYLE);
    }
  }
  return nodes;
}

/** Scripts inserted as markup do not run: recreates them in `target` as a host page's parser would. */
export function runScripts(target: HTMLElement): void {
  for (const inert of target.querySelectorAll('script')) {
    const script = document.createElement('script');
    script.src = inert.src;
    script.async = true;
    inert.replaceWith(script);
  }
}
