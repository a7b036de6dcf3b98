/**
 * Where a record's name in Mongolian script goes besides its page: JSON-LD (language-tagged), the
 * search's name list, the sources section; and where it must not go: the share card, whose font
 * has no Mongolian glyphs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateDemoContent } from '../../../scripts/lib/demo/demoData';
import { sourcesWithMongolianName } from '../../../src/lib/content/descriptions';
import { readFrontmatter } from '../../../src/lib/content/frontmatter';
import type { Story } from '../../../src/lib/content/queries';
import { printableCard, renderShareImage } from '../../../src/lib/media/shareImage';
import { siteCard, storyCard } from '../../../src/lib/media/sharing';
import { articleLd, placeLd, serializeLd } from '../../../src/lib/media/structuredData';
import { unitRecord } from '../../../src/lib/search/searchRecords';
import { hasMongolianScript } from '../../../src/lib/text';
import { storySchema } from '../../../src/schemas/story';

const SITE = new URL('https://example.org');
/** ᠵᠢᠱᠢᠶ + U+180E + ᠡ ᠐᠑: "example 01" in Mongolian script and digits. */
const NAME = '\u1835\u1822\u1831\u1822\u1836\u180E\u1821 \u1810\u1811';
const SOURCE = { title: '示例来源' };

/** The demo stories that carry a Mongolian name, parsed as the site parses them. */
const demoStoriesWithName = generateDemoContent({ stories: 12, seed: 7 })
  .filter((file) => file.path.startsWith('stories/'))
  .map((file) => ({ id: file.path.slice('stories/'.length, -'.mdx'.length), data: readFrontmatter(file.text).data }))
  .filter((story) => (story.data as { mongolianName?: unknown }).mongolianName)
  .map((story) => ({ ...story, data: storySchema.parse(story.data) }) as unknown as Story);

describe('structured data', () => {
  test('a unit and a story carry the name as an alternateName in Mongolian script (mn-Mong)', () => {
    const unit = { path: '/units/u/', name: '示例社区', description: 'd', attraction: true, region: '包头市' };
    const place = placeLd(SITE, { ...unit, mongolianName: { text: NAME } });
    expect(place.alternateName).toEqual({ '@value': NAME, '@language': 'mn-Mong' });
    expect(placeLd(SITE, unit)).not.toHaveProperty('alternateName');

    const [story] = demoStoriesWithName;
    if (!story) throw new Error('the demo data set has no story with a Mongolian name');
    const article = articleLd(SITE, 'S', {
      ...story.data,
      path: '/stories/x/',
      image: '/share/stories/x.png',
    });
    expect(article.alternateName).toEqual({ '@value': story.data.mongolianName?.text, '@language': 'mn-Mong' });
    expect(JSON.parse(serializeLd(article)).alternateName['@value']).toBe(story.data.mongolianName?.text);
  });
});

describe('search and sources', () => {
  const data = {
    name: '示例社区',
    shortName: '示例点',
    aliases: [],
    mongolianName: { text: NAME, source: { ...SOURCE, note: '牌匾照片' } },
    region: '包头市' as const,
    category: '社区' as const,
    status: 'confirmed-point' as const,
    updated: new Date(Date.UTC(2026, 0, 15)),
    sources: [{ title: '原始来源' }],
  };

  test("a unit's Mongolian name is one of the names the search matches", () => {
    expect(unitRecord({ id: 'u', data }).names).toEqual(['示例点', NAME]);
  });

  test("the name's source is listed with the unit's sources and says what it supports", () => {
    expect(sourcesWithMongolianName(data)).toEqual([
      { title: '原始来源' },
      { title: '示例来源', note: '蒙古文名称出处；牌匾照片' },
    ]);
    expect(sourcesWithMongolianName({ sources: data.sources })).toEqual([{ title: '原始来源' }]);
  });
});

describe('share cards', () => {
  test('the cards of the demo stories that have a Mongolian name carry no Mongolian text', () => {
    expect(demoStoriesWithName.length).toBeGreaterThan(0);
    for (const story of demoStoriesWithName) {
      expect(hasMongolianScript(story.data.mongolianName?.text ?? '')).toBe(true);
      const card = storyCard(story);
      expect(Object.values(card).some(hasMongolianScript), story.id).toBe(false);
      expect(card.title).toBe(story.data.title);
    }
    expect(Object.values(siteCard()).some(hasMongolianScript)).toBe(false);
  });

  test('Mongolian script that slips into a card (a title quoting it) is taken out, the rest kept', () => {
    const card = printableCard({ kicker: '典型经验', title: `示例社区（${NAME}）的故事`, footer: `${NAME} 示例日报` });
    expect(card).toEqual({ kicker: '典型经验', title: '示例社区的故事', footer: '示例日报' });
  });

  test('a card whose title holds Mongolian script is drawn exactly as the card without it: no empty boxes', async () => {
    // Each drawn afresh (an empty cache folder of its own), not the one taken from the other's cache.
    const draw = async (title: string) => {
      const cacheDir = mkdtempSync(join(tmpdir(), 'share-card-'));
      try {
        return Buffer.from(await renderShareImage({ kicker: '典型经验', title, footer: '示例日报' }, cacheDir));
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    };
    expect((await draw(`示例社区 ${NAME}`)).equals(await draw('示例社区'))).toBe(true);
  }, 30_000);
});
