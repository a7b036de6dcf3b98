import { describe, expect, test } from 'vitest';
import {
  absoluteImageUrl,
  type WechatArticle,
  wechatHtml,
  wechatPlainText,
} from '../../../src/lib/media/wechatArticle';

const HOSTILE = '</p><script>alert(1)</script>';

const article = (overrides: Partial<WechatArticle> = {}): WechatArticle => ({
  title: '包头：“红石榴”扎根社区',
  summary: '一两句话的摘要。',
  figures: ['打造“红石榴家园”：70 个'],
  blocks: [
    { kind: 'heading', text: '一组数字' },
    { kind: 'paragraph', text: '正文第一段。' },
    { kind: 'item', text: '一项' },
    { kind: 'image', src: '/images/a.jpg', alt: '广场' },
  ],
  source: '出处：内蒙古日报，2022年10月14日。',
  licence: '许可：本站改写文字以 CC BY 4.0 许可发布。',
  pageUrl: 'https://example.org/stories/a/',
  labels: { keyFigures: '关键数据', pageUrl: '本站网址' },
  ...overrides,
});

/** The tags of an HTML string, with their attributes. */
const tags = (html: string) =>
  [...html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)].map((m) => ({ name: m[1], attrs: m[2] ?? '' }));

describe('wechatHtml', () => {
  test('holds the title, headings, key figures, source line, licence and page address, styled inline', () => {
    const html = wechatHtml(article());
    for (const part of [
      '包头：“红石榴”扎根社区',
      '一组数字',
      '打造“红石榴家园”：70 个',
      '出处：内蒙古日报',
      'CC BY 4.0',
      'https://example.org/stories/a/',
    ]) {
      expect(html).toContain(part);
    }
    expect(html).toMatch(/<h2 style="[^"]+">一组数字<\/h2>/);
    for (const tag of tags(html)) {
      expect(tag.attrs, `<${tag.name}>`).not.toMatch(/\sclass=/);
      if (tag.name !== 'img' && tag.name !== 'strong') expect(tag.attrs, `<${tag.name}>`).toMatch(/^ style="/);
    }
  });

  test('images are absolute, resolved against the page', () => {
    expect(wechatHtml(article())).toContain('<img src="https://example.org/images/a.jpg" alt="广场"');
    expect(absoluteImageUrl('javascript:alert(1)', 'https://example.org/')).toBeUndefined();
    expect(absoluteImageUrl('data:image/png;base64,AAAA', 'https://example.org/')).toBeUndefined();
  });

  test('hostile text in every field stays text: no script, no new element, no broken attribute', () => {
    const html = wechatHtml(
      article({
        title: HOSTILE,
        summary: HOSTILE,
        figures: [HOSTILE],
        blocks: [
          { kind: 'heading', text: HOSTILE },
          { kind: 'paragraph', text: HOSTILE },
          { kind: 'quote', text: HOSTILE },
          { kind: 'image', src: `x.jpg" onerror="alert(1)`, alt: `" onload="alert(1)` },
        ],
        source: HOSTILE,
        licence: HOSTILE,
      }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<\/p><script/);
    expect(html).toContain('&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const tag of tags(html)) {
      // Every attribute is a quoted name="value" pair, and none is an event handler.
      const attributes = [...tag.attrs.matchAll(/\s([a-z-]+)="[^"]*"/g)];
      expect(attributes.map((m) => m[0]).join('')).toBe(tag.attrs);
      expect(attributes.map((m) => m[1]).filter((name) => name?.startsWith('on'))).toEqual([]);
    }
    expect(
      tags(html)
        .map((tag) => tag.name)
        .filter((name) => name === 'script'),
    ).toEqual([]);
  });
});

describe('wechatPlainText', () => {
  test('is the same article without markup, title first', () => {
    const text = wechatPlainText(article());
    expect(text.split('\n')[0]).toBe('包头：“红石榴”扎根社区');
    expect(text).toContain('关键数据\n打造“红石榴家园”：70 个');
    expect(text).toContain('· 一项');
    expect(text).toContain('本站网址：https://example.org/stories/a/');
    expect(text).not.toMatch(/<[a-z]/);
  });
});
