/**
 * A Markdown plugin (mdast, for the Sätteri processor in astro.config.mjs): HTML written into a
 * body is shown as the text it is, never passed into the page as markup. The content checks
 * (src/lib/content/bodyCheck.ts) already refuse a body with a tag in it and name the line; this
 * is the second wall, so that a file that reaches the build some other way still cannot add a
 * `<script>`, an event handler or a stray `<div>` to a page.
 */

interface RawHtml {
  type: 'html';
  value: string;
}

interface PluginContext {
  replaceNode(node: RawHtml, replacement: { type: 'text'; value: string }): void;
}

export const rawHtmlAsText = {
  name: 'mztj:raw-html-as-text',
  html(node: RawHtml, context: PluginContext) {
    context.replaceNode(node, { type: 'text', value: node.value });
  },
};
