import { describe, expect, test } from 'vitest';
import type { Story, Unit } from '../../../src/lib/content/queries';
import { pressInput, storyShare, unitShare } from '../../../src/lib/media/sharing';

const SITE = new URL('https://example.org');

const story = {
  id: 'a-story',
  body: '正文。',
  data: {
    title: '标题',
    summary: '摘要。',
    date: new Date(Date.UTC(2022, 9, 14)),
    speaker: '示例单位',
    region: '包头市',
    tags: ['示例'],
    keyFigures: [],
    images: [],
    licence: '署名',
    source: { publication: '示例日报', date: new Date(Date.UTC(2022, 9, 14)) },
  },
} as unknown as Story;

const unit = (status: string, location?: { lat: number; lng: number; precision: number }) =>
  ({
    id: 'a-unit',
    data: { name: '示例社区', status, region: '包头市', district: '青山区', location },
  }) as unknown as Unit;

describe('share tags', () => {
  test('a story shares its own card, its oEmbed document and an Article at its page', () => {
    const share = storyShare(SITE, story);
    expect(share).toMatchObject({
      image: '/share/stories/a-story.png',
      imageAlt: '标题',
      ogType: 'article',
      oembed: '/oembed/stories/a-story.json',
    });
    expect(share.jsonLd[0]).toMatchObject({
      '@type': 'Article',
      url: 'https://example.org/stories/a-story/',
      image: { url: 'https://example.org/share/stories/a-story.png' },
    });
  });

  test('a unit shares its oEmbed document and a place described as its meta description is', () => {
    const share = unitShare(SITE, unit('confirmed-point'));
    expect(share.oembed).toBe('/oembed/units/a-unit.json');
    expect(share.jsonLd[0]).toMatchObject({
      '@type': 'TouristAttraction',
      url: 'https://example.org/units/a-unit/',
      description: '示例社区：示范点（来源证实）。包头市青山区。',
    });
    expect(share.jsonLd[0]).not.toHaveProperty('geo');
  });

  test('a unit that is not a demonstration point is a Place; a known location carries its precision', () => {
    const place = unitShare(SITE, unit('related-site', { lat: 40.6, lng: 109.9, precision: 2000 })).jsonLd[0];
    expect(place).toMatchObject({ '@type': 'Place', additionalProperty: { description: '约±2公里', value: 2000 } });
  });
});

describe('press input', () => {
  test('points at the story page on the configured site', () => {
    expect(pressInput(SITE, story)).toMatchObject({ pageUrl: 'https://example.org/stories/a-story/', body: '正文。' });
  });
});
