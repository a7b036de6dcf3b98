import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { EMBED_HEIGHT, embedCode, oembedDocument } from '../../../src/lib/media/embed';
import { embedContext, heightMessages, isHeightRequest } from '../../../src/lib/media/embedMessages';
import { atom1, feedFromStories, jsonFeed11, rss2 } from '../../../src/lib/media/feeds';
import { markdownToPlainText, pressMarkdown, pressText, sourceLine } from '../../../src/lib/media/pressPack';
import { cacheStats } from '../../../src/lib/buildCache';
import { drawOnWorker } from '../../../src/lib/media/cardWorkers';
import {
  parseUnicodeRange,
  prepareShareImages,
  renderShareImage,
  titleFontSize,
} from '../../../src/lib/media/shareImage';
import {
  articleLd,
  breadcrumbLd,
  placeLd,
  serializeLd,
  tripLd,
  websiteLd,
} from '../../../src/lib/media/structuredData';
import { escapeHtml } from '../../../src/lib/text';
import { parseXml, xmlProblems } from './xmlCheck';

const SITE = 'https://example.org';
const target = {
  kind: 'stories' as const,
  id: 'a-story',
  title: '标题 <"&">',
  siteName: '民族团结进步创建',
  credit: '来源：民族团结进步创建',
};

describe('embed code', () => {
  const code = embedCode(SITE, target);

  test('has the link fallback, a titled lazy iframe of fixed height, and the script, in that order', () => {
    const [quote, frame, script] = code.split('\n');
    expect(quote).toMatch(
      /^<blockquote class="mz-embed-fallback"><p><a href="https:\/\/example\.org\/stories\/a-story\/">/,
    );
    expect(frame).toContain('src="https://example.org/embed/stories/a-story/"');
    expect(frame).toContain('loading="lazy"');
    expect(frame).toContain(`height:${EMBED_HEIGHT.stories}px`);
    expect(frame).toMatch(/title="标题 &lt;&quot;&amp;&quot;&gt;（民族团结进步创建）"/);
    expect(script).toBe('<script src="https://example.org/embed.js" async></script>');
  });

  test('escapes the title everywhere', () => {
    expect(code).not.toContain('<"&">');
  });

  test('the oEmbed document holds exactly the code; a thumbnail comes whole or not at all', () => {
    const doc = oembedDocument(SITE, { ...target, authorName: 'x' });
    expect(doc.html).toBe(code);
    expect(doc).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: EMBED_HEIGHT.stories });
    expect(Object.keys(doc).filter((key) => key.startsWith('thumbnail'))).toEqual([]);
    const withThumb = oembedDocument(SITE, { ...target, authorName: 'x' }, { url: '/t.png', width: 1200, height: 630 });
    expect(withThumb).toMatchObject({
      thumbnail_url: 'https://example.org/t.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
});

describe('height messages', () => {
  test('the site format and Datawrapper always; Pym.js and WordPress when the address carries their ids', () => {
    const bare = heightMessages(812.2, embedContext('stories-x', '', ''));
    expect(bare).toEqual([{ type: 'mz-embed-height', height: 813 }, { 'datawrapper-height': { 'stories-x': 813 } }]);
    const all = heightMessages(500, embedContext('stories-x', '?initialWidth=600&childId=pym-1', '#?secret=abc123'));
    expect(all).toContain('pymxPYMxpym-1xPYMxheightxPYMx500');
    expect(all).toContainEqual({ message: 'height', value: 500, secret: 'abc123' });
  });

  test('odd ids and secrets in the address are dropped', () => {
    expect(embedContext('x', '?childId=<script>', '#?secret=a b')).toEqual({
      id: 'x',
      pymId: undefined,
      secret: undefined,
    });
  });

  test('height requests are recognised', () => {
    expect(isHeightRequest({ type: 'mz-embed-request' })).toBe(true);
    expect(isHeightRequest('mz-embed-request')).toBe(false);
    expect(isHeightRequest(null)).toBe(false);
  });
});

describe('structured data', () => {
  test('the site offers a search action on /search/', () => {
    const site = websiteLd(SITE, 'n', 'd') as { potentialAction: { target: { urlTemplate: string } } };
    expect(site.potentialAction.target.urlTemplate).toBe('https://example.org/search/?q={search_term_string}');
  });

  test('breadcrumbs are numbered from the home page; the current page gets its own URL', () => {
    const list = breadcrumbLd(SITE, '首页', [{ label: '典型经验', href: '/stories/' }, { label: 'X' }], '/stories/x/');
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: '典型经验', item: 'https://example.org/stories/' },
      { '@type': 'ListItem', position: 3, name: 'X', item: 'https://example.org/stories/x/' },
    ]);
  });

  const unit = { path: '/units/u/', name: 'U', description: 'd', attraction: true, region: '包头市' };

  test('a unit without a known location has no geo', () => {
    const place = placeLd(SITE, unit);
    expect(place['@type']).toBe('TouristAttraction');
    expect(place).not.toHaveProperty('geo');
    expect(placeLd(SITE, { ...unit, attraction: false })['@type']).toBe('Place');
  });

  test('an approximate location is a circle of its precision; a precise one a point; both state the radius', () => {
    const rough = placeLd(SITE, {
      ...unit,
      location: { lat: 40.6, lng: 109.8, precision: 2000 },
      precisionText: '约±2公里',
    });
    expect(rough.geo).toMatchObject({ '@type': 'GeoCircle', geoRadius: 2000, geoMidpoint: { latitude: 40.6 } });
    expect(rough.additionalProperty).toMatchObject({ value: 2000, unitCode: 'MTR' });
    const exact = placeLd(SITE, {
      ...unit,
      location: { lat: 40.6, lng: 109.8, precision: 30 },
      precisionText: '约±30米',
    });
    expect(exact.geo).toMatchObject({ '@type': 'GeoCoordinates', latitude: 40.6, longitude: 109.8 });
  });

  test('a trip lists its stops in order', () => {
    const trip = tripLd(SITE, {
      path: '/routes/r/',
      name: 'R',
      description: 'd',
      stops: [
        { path: '/units/b/', name: 'B', minutes: 30 },
        { path: '/units/a/', name: 'A', minutes: 20 },
      ],
    }) as { itinerary: { itemListElement: { position: number; item: { name: string } }[] } };
    expect(trip.itinerary.itemListElement.map((e) => [e.position, e.item.name])).toEqual([
      [1, 'B'],
      [2, 'A'],
    ]);
  });

  test('an article names the original it retells', () => {
    const article = articleLd(SITE, 'S', {
      path: '/stories/x/',
      title: 'T',
      summary: 's',
      date: new Date(Date.UTC(2022, 9, 14)),
      tags: [],
      region: '包头市',
      image: '/share/stories/x.png',
      speaker: 'SP',
      licence: 'CC BY 4.0',
      source: { publication: '内蒙古日报', date: new Date(Date.UTC(2022, 9, 14)), originalTitle: 'O' },
    });
    expect(article).toMatchObject({ headline: 'T', datePublished: '2022-10-14', isBasedOn: { name: 'O' } });
  });

  test('serialised JSON-LD cannot close its script element', () => {
    expect(serializeLd({ name: '</script><script>' })).not.toContain('</script>');
  });
});

describe('press pack', () => {
  test('Markdown loses its markup in the plain text', () => {
    expect(markdownToPlainText('## 小标题\n\n正文**加粗**，[链接](https://x.org)。\n\n- 一\n- 二\n\n\n\n尾')).toBe(
      '小标题\n\n正文加粗，链接（https://x.org）。\n\n· 一\n· 二\n\n尾',
    );
  });

  const input = {
    title: '标题',
    summary: '摘要。',
    body: '## 一\n\n正文。',
    keyFigures: [{ label: '家园', value: 4, unit: '万人次', note: '余' }],
    images: [{ src: '/images/a.jpg', alt: '图', caption: '说明', credit: '摄影者', licence: 'CC BY 4.0' }],
    source: { publication: '内蒙古日报', date: new Date(Date.UTC(2022, 9, 14)), page: '第08版', originalTitle: '原' },
    licence: '许可文字',
    pageUrl: 'https://example.org/stories/x/',
    site: SITE,
  };
  const labels = {
    keyFigures: '关键数据',
    images: '图片',
    source: '出处',
    originalTitle: '原题',
    licence: '许可',
    credit: '署名',
    pageUrl: '网址',
    retold: '改写说明',
  };

  test('the source line names publication, date, page and original title', () => {
    expect(sourceLine(input.source, '原题')).toBe('内蒙古日报，2022年10月14日，第08版。原题：《原》');
  });

  test('the text has title, summary, body, figures, image credits and the source line', () => {
    const text = pressText(input, labels);
    expect(text.startsWith('标题\n\n摘要。\n\n一\n\n正文。\n\n关键数据\n· 家园：4万余人次')).toBe(true);
    expect(text).toContain('· 说明（署名：摄影者；许可：CC BY 4.0）https://example.org/images/a.jpg');
    expect(text).toContain('出处：内蒙古日报，2022年10月14日，第08版。原题：《原》');
    expect(text).toContain('网址：https://example.org/stories/x/');
  });

  test('the Markdown keeps the body as written', () => {
    const md = pressMarkdown(input, labels);
    expect(md).toContain('# 标题\n\n**摘要。**\n\n## 一\n\n正文。');
    expect(md).toContain('![图](https://example.org/images/a.jpg)');
  });
});

describe('press pack with hostile text', () => {
  const labels = {
    keyFigures: '关键数据',
    images: '图片',
    source: '出处',
    originalTitle: '原题',
    licence: '许可',
    credit: '署名',
    pageUrl: '网址',
    retold: '改写说明',
  };
  const input = {
    title: '# <script>alert(1)</script> **粗** [链接](javascript:alert(1))',
    summary: '摘要**结束 <img src=x onerror=alert(1)> &lt;',
    body: '正文。',
    keyFigures: [{ label: '<b>家园</b>', value: '1*2', unit: '_个_' }],
    images: [{ src: '/images/a(1).jpg', alt: '图] (x', caption: '- 说明\n# 第二行', credit: '<i>摄影</i>' }],
    source: {
      publication: '日报<br>',
      date: new Date(Date.UTC(2022, 9, 14)),
      originalTitle: '原题](https://evil.example)',
      url: 'https://example.org/a_(b) c',
    },
    licence: '许可 <a href="https://evil.example">点此</a>',
    pageUrl: 'https://example.org/stories/x/',
    site: SITE,
  };
  const md = pressMarkdown(input, labels);

  test('no raw HTML from the content reaches the Markdown', () => {
    expect(md).not.toMatch(/(?<!\\)<(?:script|img|b|i|br|a)\b/);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('许可：许可 \\<a href="https://evil.example"\\>点此\\</a\\>');
  });

  test('Markdown markup in the content is escaped: the title stays one heading, emphasis and links stay text', () => {
    expect(md.split('\n')[0]).toBe(
      '# \\# \\<script\\>alert(1)\\</script\\> \\*\\*粗\\*\\* \\[链接\\](javascript:alert(1))',
    );
    expect(md).toContain('**摘要\\*\\*结束 \\<img src=x onerror=alert(1)\\> \\&lt;**');
    expect(md).toContain('- \\<b\\>家园\\</b\\>：1\\*2\\_个\\_');
    expect(md).toContain('原题：《原题\\](https://evil.example)》');
  });

  test('a caption cannot start a list or a heading, and keeps to one line', () => {
    expect(md).toContain('\n\\- 说明 # 第二行（署名：\\<i\\>摄影\\</i\\>）');
  });

  test('links are encoded so that no character in them ends the link early', () => {
    expect(md).toContain('![图\\] (x](https://example.org/images/a%281%29.jpg)');
    expect(md).toContain('[出处](https://example.org/a_%28b%29%20c)：');
  });

  test('plain text stays as written, without control characters', () => {
    const text = pressText({ ...input, title: '标题\u000B<b>' }, labels);
    expect(text.split('\n')[0]).toBe('标题<b>');
    expect(text).toContain('许可：许可 <a href="https://evil.example">点此</a>');
  });
});

describe('feeds', () => {
  const story = {
    id: 'x',
    title: 'T',
    summary: 's',
    date: new Date(Date.UTC(2022, 9, 14)),
    region: '包头市',
    tags: ['红石榴家园'],
    keyFigures: [{ label: 'a', value: 1, unit: '个' }],
    source: '内蒙古日报',
    image: '/share/stories/x.png',
  };
  const config = { site: SITE, title: 'F', description: 'D', licence: 'L', keyFiguresLabel: 'K', sourceLabel: 'S' };
  const feed = feedFromStories(config, [story]);

  test('JSON Feed is version 1.1 with authors, language, tags and content', () => {
    const json = JSON.parse(jsonFeed11(feed)) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe('zh-CN');
    expect(json).toHaveProperty('authors');
    expect(json).not.toHaveProperty('author');
    expect(json.items[0]).toMatchObject({ url: 'https://example.org/stories/x/', tags: ['包头市', '红石榴家园'] });
    expect(json.items[0]?.content_html).toContain('<li>a：1个</li>');
  });

  test('RSS and Atom carry the link, date, categories, content and image of a plain story', () => {
    const rss = parseXml(rss2(feed));
    const item = rss.getElementsByTagName('item')[0];
    expect(item?.getElementsByTagName('title')[0]?.textContent).toBe('T');
    expect(item?.getElementsByTagName('link')[0]?.textContent).toBe('https://example.org/stories/x/');
    expect(item?.getElementsByTagName('pubDate')[0]?.textContent).toBe('Fri, 14 Oct 2022 00:00:00 GMT');
    expect([...(item?.getElementsByTagName('category') ?? [])].map((c) => c.textContent)).toEqual([
      '包头市',
      '红石榴家园',
    ]);
    expect(item?.getElementsByTagName('content:encoded')[0]?.textContent).toContain('<li>a：1个</li>');
    expect(item?.getElementsByTagName('enclosure')[0]?.getAttribute('url')).toBe(
      'https://example.org/share/stories/x.png',
    );
    const atom = parseXml(atom1(feed));
    const entry = atom.getElementsByTagName('entry')[0];
    expect(entry?.getElementsByTagName('link')[0]?.getAttribute('href')).toBe('https://example.org/stories/x/');
    expect(entry?.getElementsByTagName('content')[0]?.getAttribute('type')).toBe('html');
    expect(entry?.getElementsByTagName('content')[0]?.textContent).toContain('<li>a：1个</li>');
    expect(atom.getElementsByTagName('updated')[0]?.textContent).toBe('2022-10-14T00:00:00.000Z');
  });

  describe('hostile text', () => {
    const title = '</title><script>alert(1)</script> ]]> <b>粗</b> &amp; \u000B尾\u0085';
    const summary = `<img src=x onerror=alert(1)> "引号" 'x' & ]]>\u0001`;
    const tag = '标签<"&\'>\uFFFE';
    const hostile = feedFromStories({ ...config, title: 'F<&>\u0007' }, [
      { ...story, title, summary, tags: [tag], keyFigures: [{ label: '<i>数</i>\u001B', value: '1<2' }] },
    ]);
    // eslint-disable-next-line no-control-regex -- the control characters planted above
    const clean = (text: string) => text.replace(/[\u000B\u0085\u0001\uFFFE\u0007\u001B]/g, '');

    test('RSS and Atom stay well-formed, without control characters', () => {
      expect(xmlProblems(rss2(hostile))).toEqual([]);
      expect(xmlProblems(atom1(hostile))).toEqual([]);
    });

    test('Atom carries title and summary as text, unchanged, and the tag as the category', () => {
      const entry = parseXml(atom1(hostile)).getElementsByTagName('entry')[0];
      const titleElement = entry?.getElementsByTagName('title')[0];
      expect(titleElement?.getAttribute('type')).toBe('text');
      expect(titleElement?.textContent).toBe(clean(title));
      const summaryElement = entry?.getElementsByTagName('summary')[0];
      expect(summaryElement?.getAttribute('type')).toBe('text');
      expect(summaryElement?.textContent).toBe(clean(summary));
      expect(entry?.getElementsByTagName('category')[1]?.getAttribute('term')).toBe(clean(tag));
    });

    test('RSS carries the title as plain text and the summary as escaped HTML: no markup reaches a reader', () => {
      const item = parseXml(rss2(hostile)).getElementsByTagName('item')[0];
      expect(item?.getElementsByTagName('title')[0]?.textContent).toBe(clean(title));
      const description = item?.getElementsByTagName('description')[0]?.textContent ?? '';
      expect(description).not.toMatch(/<img/);
      expect(description).toBe(escapeHtml(clean(summary)));
      const content = item?.getElementsByTagName('content:encoded')[0]?.textContent ?? '';
      expect(content).not.toMatch(/<img|<i>/);
      expect(content).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(content).toContain('<li>&lt;i&gt;数&lt;/i&gt;：1&lt;2</li>');
      expect([...(item?.getElementsByTagName('category') ?? [])].map((c) => c.textContent)).toContain(clean(tag));
    });

    test('JSON Feed carries the same text, without control characters', () => {
      const json = JSON.parse(jsonFeed11(hostile)) as { title: string; items: Record<string, unknown>[] };
      expect(json.title).toBe('F<&>');
      expect(json.items[0]).toMatchObject({
        title: clean(title),
        summary: clean(summary),
        tags: ['包头市', clean(tag)],
      });
    });
  });
});

describe('share image', () => {
  test('unicode ranges parse into code point pairs', () => {
    expect(parseUnicodeRange('U+4e00-4e05, U+4e07')).toEqual([
      [0x4e00, 0x4e05],
      [0x4e07, 0x4e07],
    ]);
  });

  test('longer titles get smaller type', () => {
    expect(titleFontSize('短标题')).toBeGreaterThan(titleFontSize('一'.repeat(40)));
  });

  test('renders a 1200×630 PNG, and the same card again from the cache of the first', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'share-cards-'));
    try {
      const card = { kicker: '典型经验', title: '包头：红石榴家园', footer: '民族团结进步创建' };
      const before = { ...cacheStats };
      const png = Buffer.from(await renderShareImage(card, cacheDir));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(Buffer.from(await renderShareImage(card, cacheDir)).equals(png)).toBe(true);
      expect(cacheStats).toEqual({ hits: before.hits + 1, misses: before.misses + 1 });
      // Another title is another card.
      const other = Buffer.from(await renderShareImage({ ...card, title: '包头：团结广场' }, cacheDir));
      expect(other.equals(png)).toBe(false);
      expect(cacheStats.misses).toBe(before.misses + 2);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 30_000);

  test('cards drawn ahead of their pages are the cards the pages get, each drawn once', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'share-cards-'));
    const direct = mkdtempSync(join(tmpdir(), 'share-cards-'));
    try {
      const cards = ['包头：红石榴家园', '包头：团结广场', '巴彦淖尔：电力'].map((title) => ({
        kicker: '典型经验',
        title,
        footer: '民族团结进步创建',
      }));
      const before = { ...cacheStats };
      prepareShareImages(cards, cacheDir);
      // Drawing twice what is already being drawn starts nothing more.
      prepareShareImages(cards, cacheDir);
      const ahead = await Promise.all(cards.map((card) => renderShareImage(card, cacheDir)));
      expect(cacheStats.misses).toBe(before.misses + cards.length);
      for (const [index, card] of cards.entries()) {
        expect(Buffer.from(ahead[index] ?? []).equals(Buffer.from(await renderShareImage(card, direct)))).toBe(true);
      }
      // Cards an earlier build kept are not drawn again.
      const misses = cacheStats.misses;
      prepareShareImages(cards, cacheDir);
      await Promise.all(cards.map((card) => renderShareImage(card, cacheDir)));
      expect(cacheStats.misses).toBe(misses);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
      rmSync(direct, { recursive: true, force: true });
    }
  }, 60_000);

  test('drawing many cards does not make the build grow: each rendered image is freed', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'share-cards-'));
    try {
      const cards = (from: number, count: number) =>
        Array.from({ length: count }, (_, i) => ({
          kicker: '典型经验',
          title: `示例故事 ${from + i}：各族群众共建家园`,
          footer: '民族团结进步创建',
        }));
      const drawAll = async (batch: ReturnType<typeof cards>) => {
        prepareShareImages(batch, cacheDir);
        await Promise.all(batch.map((card) => renderShareImage(card, cacheDir)));
      };
      // The first cards start the workers and read the fonts.
      await drawAll(cards(0, 20));
      const before = process.memoryUsage().rss;
      await drawAll(cards(20, 120));
      // Each rendered image holds about 3 MB until freed: kept, 120 cards would add some 360 MB.
      expect((process.memoryUsage().rss - before) / 2 ** 20).toBeLessThan(150);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 120_000);

  test("a card is the same as resvg draws it with the machine's fonts: satori leaves it no text to set", async () => {
    const require = createRequire(import.meta.url);
    const fontDir = join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
    const fonts = [
      { name: 'card', path: join(fontDir, 'noto-sans-sc-chinese-simplified-700-normal.woff'), weight: 700 },
    ];
    const tree = {
      type: 'div',
      props: {
        style: { display: 'flex', fontSize: 48, fontFamily: 'card', fontWeight: 700 },
        children: '民族团结 Baotou 2026',
      },
    };
    const drawn = Buffer.from(await drawOnWorker({ tree, width: 600, height: 120, fonts }));
    const svg = await satori(tree as Parameters<typeof satori>[0], {
      width: 600,
      height: 120,
      fonts: fonts.map(({ name, path, weight }) => ({ name, data: readFileSync(path), weight: weight as 700 })),
    });
    expect(svg).not.toMatch(/<text/);
    expect(drawn.equals(Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: 600 } }).render().asPng()))).toBe(
      true,
    );
  }, 30_000);

  test('a card the worker cannot draw fails with the reason, and the next card is drawn', async () => {
    const broken = { tree: { type: 'div', props: { children: '团结' } }, width: 100, height: 50 };
    await expect(
      drawOnWorker({ ...broken, fonts: [{ name: 'missing', path: '/nonexistent/font.woff', weight: 400 }] }),
    ).rejects.toThrow(/share card: drawing failed: .*ENOENT/s);
    const png = await renderShareImage(
      { kicker: '典型经验', title: '包头', footer: '民族团结进步创建' },
      mkdtempSync(join(tmpdir(), 'share-cards-')),
    );
    expect(Buffer.from(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 30_000);
});
