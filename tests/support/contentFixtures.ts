/**
 * A small content set for the query, map and feed tests, written for them: three units (one
 * precise, one approximate, one without location), two stories and two routes. All fictional.
 */
import { setCollections } from './astroContent';

const source = { title: '测试来源（虚构）', url: 'https://example.org/source' };

export const UNITS = [
  {
    id: 'test-square',
    collection: 'units',
    data: {
      name: '测试广场',
      region: '包头市',
      category: '景区/公园',
      status: 'confirmed-point',
      location: { lat: 40.65, lng: 109.84, precision: 50, note: '测试坐标' },
      aliases: [],
      sources: [source],
    },
  },
  {
    id: 'test-school',
    collection: 'units',
    data: {
      name: '测试学校',
      region: '包头市',
      category: '学校',
      status: 'official-list',
      location: { lat: 40.6, lng: 109.9, precision: 2050, note: '区级估计' },
      aliases: [],
      sources: [source],
    },
  },
  {
    id: 'test-company',
    collection: 'units',
    data: {
      name: '测试公司',
      region: '鄂尔多斯市',
      category: '企业',
      status: 'regional-demo-unit',
      aliases: [],
      sources: [source],
    },
  },
];

export const STORIES = [
  {
    id: 'test-older',
    collection: 'stories',
    data: {
      title: '较早的故事',
      summary: '摘要一。',
      date: new Date('2022-10-14'),
      region: '包头市',
      units: ['test-square', 'test-school'],
      tags: ['测试'],
      keyFigures: [{ label: '测试数字', value: 70, unit: '个' }],
      source: { publication: '测试日报', date: new Date('2022-10-14') },
    },
  },
  {
    id: 'test-newer',
    collection: 'stories',
    data: {
      title: '较新的故事',
      summary: '摘要二。',
      date: new Date('2023-01-05'),
      region: '鄂尔多斯市',
      speakerUnit: 'test-company',
      units: [],
      tags: [],
      keyFigures: [],
      source: { publication: '测试日报', date: new Date('2023-01-05') },
    },
  },
];

export const ROUTES = [
  {
    id: 'test-route-b',
    collection: 'routes',
    data: {
      name: '乙线',
      theme: '测试',
      kind: 'suggestion',
      travelMode: 'walk',
      stops: [
        { unit: 'test-school', minutes: 20 },
        { unit: 'test-square', minutes: 30 },
      ],
      sources: [],
    },
  },
  {
    id: 'test-route-a',
    collection: 'routes',
    data: {
      name: '甲线',
      theme: '测试',
      kind: 'official',
      travelMode: 'coach',
      stops: [
        { unit: 'test-square', minutes: 40, note: '看广场' },
        { unit: 'test-company', minutes: 60 },
      ],
      sources: [source],
    },
  },
];

/** Gives the stand-in `astro:content` this set; call before the first query of a test file. */
export function useContentFixtures(): void {
  setCollections({ units: UNITS, stories: STORIES, routes: ROUTES });
}
