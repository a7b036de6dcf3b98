import { describe, expect, test } from 'vitest';
import { indexedContent } from '../../../src/lib/search/indexedContent';

/** A unit page in outline: indexed text, hidden search metadata, and an ignored list of stories. */
const unitPage = ({
  title = '示例单位',
  text = '示例单位的介绍。',
  district = '昆都仑区',
  stories = ['示例故事一'],
  image = '/img/a.webp',
} = {}) => `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body>
<header><a href="/">首页</a></header>
<article data-pagefind-body>
  <h1>${title}</h1><img src="${image}" alt="">
  <p>${text}</p>
  <div hidden data-pagefind-ignore><span data-pagefind-filter="地区">${district}</span></div>
  <section data-pagefind-ignore><h2>相关故事</h2>${stories.map((s) => `<a href="/stories/${s}/">${s}</a>`).join('')}</section>
</article></body></html>`;

describe('the part of a page the search index depends on', () => {
  test('is the same when only an ignored section changes (a story listed on a unit page)', () => {
    expect(indexedContent(unitPage({ stories: ['示例故事二', '示例故事一'] }))).toBe(indexedContent(unitPage()));
  });

  test('changes with the indexed text, the title, an image', () => {
    const base = indexedContent(unitPage());
    expect(indexedContent(unitPage({ text: '示例单位的新介绍。' }))).not.toBe(base);
    expect(indexedContent(unitPage({ title: '示例单位（新名）' }))).not.toBe(base);
    expect(indexedContent(unitPage({ image: '/img/b.webp' }))).not.toBe(base);
  });

  test('changes with a filter, metadata or sort key, even inside an ignored element', () => {
    expect(indexedContent(unitPage({ district: '青山区' }))).not.toBe(indexedContent(unitPage()));
    const meta = (value: string) =>
      `<article data-pagefind-body><p>文</p><i data-pagefind-ignore data-pagefind-meta="image">${value}</i></article>`;
    expect(indexedContent(meta('/a.webp'))).not.toBe(indexedContent(meta('/b.webp')));
  });

  test('reads markup-like text as text, not as a tag', () => {
    const page = (text: string) =>
      `<article data-pagefind-body><p>${text}</p><div data-pagefind-ignore>列表</div></article>`;
    expect(indexedContent(page('&lt;div data-pagefind-ignore&gt;甲'))).not.toBe(
      indexedContent(page('&lt;div data-pagefind-ignore&gt;乙')),
    );
  });
});
