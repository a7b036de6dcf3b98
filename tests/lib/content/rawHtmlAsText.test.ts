/**
 * The site's Markdown processor (astro.config.mjs) shows HTML in a body as text. The content
 * checks refuse such a body first; this is what a page would get if one slipped past them.
 */
import { describe, expect, test } from 'vitest';
import config from '../../../astro.config.mjs';

async function render(markdown: string): Promise<string> {
  const processor = config.markdown?.processor;
  if (!processor) throw new Error('astro.config.mjs sets no Markdown processor');
  const renderer = await processor.createRenderer({});
  return (await renderer.render(markdown, { frontmatter: {} })).code;
}

describe("the site's Markdown processor", () => {
  test('renders Markdown: emphasis, links, lists, escaped brackets, ASCII quotes left straight', async () => {
    const html = await render('**团结**与[来源](https://example.org/)\n\n- 一\n- 二\n\n转义的 \\<b\\> 与 \\{x\\}，"引号"。');
    expect(html).toContain('<strong>团结</strong>');
    expect(html).toContain('<a href="https://example.org/">来源</a>');
    expect(html).toContain('<li>一</li>');
    expect(html).toContain('转义的 &lt;b&gt; 与 {x}，"引号"。');
  });

  test.each([
    ['inline', '正文<script>alert(1)</script>正文', '<script'],
    ['an event handler', '<img src=x onerror=alert(1)>', '<img'],
    ['a block', '<div style="position:fixed">\n遮住页面\n</div>', '<div'],
    ['a comment', '<!-- 隐藏 -->', '<!--'],
  ])('shows HTML as text, never as markup: %s', async (_, markdown, tag) => {
    const html = await render(markdown);
    expect(html).not.toContain(tag);
    expect(html).toContain(tag.replace('<', '&lt;'));
  });
});
