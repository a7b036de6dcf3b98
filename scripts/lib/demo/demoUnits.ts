/**
 * The 40 fictional demonstration points of the demo data set: spread over Baotou's urban
 * districts, with a mix of categories and statuses, and precise, approximate and unknown
 * locations, so that every way the site shows a unit is exercised. A fixed skeleton: it does not
 * depend on the stories' seed, so browser tests can rely on it.
 */
import { isApproximate } from '../../../src/lib/format';
import type { Category, Status } from '../../../src/lib/content/taxonomy';
import {
  DEMO_MONGOLIAN_SOURCE,
  DEMO_MONGOLIAN_WORD,
  DEMO_REGION,
  DEMO_SOURCE_TITLE,
  type DemoFile,
  mdxFile,
  mongolianDigits,
  pad,
} from './demoFile';
import { createRng, hashSeed } from './random';

/** Number of demo units. */
export const DEMO_UNIT_COUNT = 40;

/** Seed of the unit and route skeleton; fixed so that the skeleton is the same for every seed. */
export const SKELETON_SEED = 0x40_05;
const UPDATED = '2026-01-15';
const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** Rough centres of Baotou's urban districts (WGS84), west to east, and how many points each gets. */
export const DISTRICTS = [
  { name: '昆都仑区', lat: 40.652, lng: 109.835, count: 9 },
  { name: '青山区', lat: 40.648, lng: 109.905, count: 8 },
  { name: '稀土高新区', lat: 40.612, lng: 109.868, count: 6 },
  { name: '九原区', lat: 40.606, lng: 109.968, count: 7 },
  { name: '东河区', lat: 40.582, lng: 110.045, count: 6 },
  { name: '石拐区', lat: 40.672, lng: 110.205, count: 4 },
] as const;
type District = (typeof DISTRICTS)[number];

const CATEGORY_MIX: readonly Category[] = [
  '社区',
  '社区',
  '社区',
  '社区',
  '学校',
  '学校',
  '学校',
  '企业',
  '企业',
  '机关',
  '嘎查村',
  '嘎查村',
  '展馆',
  '教育基地',
  '教育基地',
  '服务阵地',
  '服务阵地',
  '景区/公园',
  '园区',
  '媒体',
  '待核实',
];

/** Statuses other than `confirmed-point`, one unit each; every other unit is `confirmed-point`. */
const OTHER_STATUSES: readonly Status[] = [
  'point-other-source',
  'point-other-source',
  'point-other-source',
  'point-other-source',
  'regional-demo-unit',
  'seed-named-project',
  'related-site',
  'related-site',
  'official-list',
  'official-list',
  'official-list',
  'official-list',
];

const NO_LOCATION_COUNT = 4;

/** Every this many units (01, 06, 11, …) gets a demo name in Mongolian script. */
export const MONGOLIAN_NAME_EVERY = 5;
const APPROXIMATE_COUNT = 6;

const UNIT_FEATURES = [
  '示例邻里节',
  '示例石榴籽读书会',
  '示例多语种讲解',
  '示例互助食堂',
  '示例民族手工坊',
  '示例少年宫课堂',
  '示例职工文化节',
  '示例牧民夜校',
  '示例结对帮扶',
  '示例议事长廊',
  '示例文艺轻骑兵',
  '示例研学课程',
];

/** A demo unit as the generator plans it, before it is written as a file. */
export interface DemoUnit {
  id: string;
  name: string;
  shortName: string;
  district: District;
  category: Category;
  status: Status;
  location?: { lat: number; lng: number; precision: number; note: string };
  /** "示例 01" in Mongolian script and digits, on some units, to show a Mongolian name. */
  mongolianName?: string;
  feature: string;
}

/** The 40 demo units, the same on every call: their districts, categories, statuses and locations. */
export function generateUnits(): DemoUnit[] {
  const rng = createRng(SKELETON_SEED);
  const districts = rng.shuffle(DISTRICTS.flatMap((d) => Array.from({ length: d.count }, () => d)));
  const order = rng.shuffle(Array.from({ length: DEMO_UNIT_COUNT }, (_, i) => i));
  const withoutLocation = new Set(order.slice(0, NO_LOCATION_COUNT));
  const approximate = new Set(order.slice(NO_LOCATION_COUNT, NO_LOCATION_COUNT + APPROXIMATE_COUNT));
  const statusOrder = rng.shuffle(Array.from({ length: DEMO_UNIT_COUNT }, (_, i) => i));
  const statusOf = new Map(OTHER_STATUSES.map((status, k) => [statusOrder[k] as number, status]));

  return Array.from({ length: DEMO_UNIT_COUNT }, (_, i) => {
    const n = pad(i + 1, 2);
    const district = districts[i] as District;
    let location: DemoUnit['location'];
    if (approximate.has(i)) {
      location = {
        lat: round(district.lat + rng.float(-0.004, 0.004), 4),
        lng: round(district.lng + rng.float(-0.006, 0.006), 4),
        precision: rng.int(10, 50) * 100,
        note: '示例坐标（虚构）：区级估计，非地图取点',
      };
    } else if (!withoutLocation.has(i)) {
      location = {
        lat: round(Math.min(40.7, Math.max(40.55, district.lat + rng.float(-0.02, 0.02))), 6),
        lng: round(Math.min(110.25, Math.max(109.75, district.lng + rng.float(-0.03, 0.03))), 6),
        precision: rng.int(10, 50),
        note: '示例坐标（虚构）',
      };
    }
    return {
      id: `demo-point-${n}`,
      name: `示例示范点 ${n}`,
      shortName: `示例点${n}`,
      district,
      category: rng.pick(CATEGORY_MIX),
      status: statusOf.get(i) ?? 'confirmed-point',
      ...(location ? { location } : {}),
      ...(i % MONGOLIAN_NAME_EVERY === 0 ? { mongolianName: `${DEMO_MONGOLIAN_WORD} ${mongolianDigits(n)}` } : {}),
      feature: rng.pick(UNIT_FEATURES),
    };
  });
}

/** A unit's file: its fields, visiting details drawn from its own stream, and a body that says it is fictional. */
export function unitFile(unit: DemoUnit, index: number): DemoFile {
  const rng = createRng(hashSeed(SKELETON_SEED, 0x0a11, index));
  const visit: Record<string, unknown> = {};
  if (rng.chance(0.6)) {
    if (rng.chance(0.8))
      visit.opening = rng.pick([
        '示例：周一至周五 9:00–17:00（虚构）',
        '示例：周二至周日 9:30–16:30（虚构）',
        '示例：需提前预约，工作日开放（虚构）',
      ]);
    if (rng.chance(0.8)) visit.booking = '示例电话 0000-0000000';
    if (rng.chance(0.7)) visit.groupSize = rng.int(2, 10) * 10;
    if (rng.chance(0.6))
      visit.parking = rng.pick([
        '示例：院内可停大巴 2 辆（虚构）',
        '示例：附近路边可临时停靠大巴（虚构）',
        '示例：无大巴停车位（虚构）',
      ]);
    if (rng.chance(0.5))
      visit.stepFree = rng.pick([
        '示例：主要展厅无台阶（虚构）',
        '示例：二楼无电梯（虚构）',
        '示例：设有坡道和无障碍卫生间（虚构）',
      ]);
  }
  const data: Record<string, unknown> = {
    id: unit.id,
    name: unit.name,
    shortName: unit.shortName,
    ...(unit.mongolianName ? { mongolianName: { text: unit.mongolianName, source: DEMO_MONGOLIAN_SOURCE } } : {}),
    ...(rng.chance(0.3) ? { aliases: [`示例别名 ${unit.id.slice(-2)}`] } : {}),
    region: DEMO_REGION,
    district: unit.district.name,
    category: unit.category,
    kind: `示例${unit.category}（虚构）`,
    status: unit.status,
    ...(unit.status === 'confirmed-point'
      ? { designations: [{ title: '示例称号：包头市民族团结进步创建示例示范点（虚构）', level: '盟市级', year: 2022 }] }
      : {}),
    ...(unit.location ? { location: unit.location } : {}),
    address: '示例地址（虚构）',
    ...(Object.keys(visit).length > 0 ? { visit } : {}),
    confidence: '示例数据（虚构）：全部字段均为演示用',
    sources: [{ title: DEMO_SOURCE_TITLE }],
    updated: UPDATED,
  };
  const body = [
    `${unit.name}是虚构的示例单位，现实中并不存在，只用于演示和测试本网站。`,
    `按照示例设定，它位于包头市${unit.district.name}，类别为“${unit.category}”，以${unit.feature}为特色。` +
      (unit.location
        ? isApproximate(unit.location.precision)
          ? `它的示例坐标只精确到约 ${unit.location.precision} 米，用来检验地图如何显示位置不确定的点。`
          : '它的示例坐标较为精确，用来检验地图上的普通标记。'
        : '它没有示例坐标，用来检验没有位置的单位如何在地图和列表中显示。'),
    '页面上的地址、电话、开放时间等信息都是占位内容，请勿据此前往。',
  ].join('\n\n');
  return { path: `units/${unit.id}.mdx`, text: mdxFile(data, body) };
}

/**
 * Two fictional sensitive facilities, besides the 40 points: each has a location and an address
 * in its file that the site must never publish (see `publicUnit`), one precise and one
 * approximate, so that the rule is tested whatever the precision. Their latitudes lie north of
 * every demo point's, so a browser test can search the whole build for them. On no route.
 */
export const SENSITIVE_DEMO_UNITS = [
  {
    id: 'demo-sensitive-01',
    name: '示例敏感设施 01（虚构营区）',
    district: '昆都仑区',
    reason: '军事设施',
    location: { lat: 40.738642, lng: 109.781357, precision: 20, note: '示例坐标（虚构）：敏感设施坐标，不得公开' },
    address: '示例敏感地址 01（虚构，不得公开）',
  },
  {
    id: 'demo-sensitive-02',
    name: '示例敏感设施 02（虚构边防站）',
    district: '石拐区',
    reason: '边防设施',
    location: { lat: 40.7261, lng: 110.1529, precision: 3000, note: '示例坐标（虚构）：敏感设施区级估计，不得公开' },
    address: '示例敏感地址 02（虚构，不得公开）',
  },
] as const;

/** The files of the sensitive demo facilities. */
export function sensitiveUnitFiles(): DemoFile[] {
  return SENSITIVE_DEMO_UNITS.map((unit) => {
    const data = {
      id: unit.id,
      name: unit.name,
      region: DEMO_REGION,
      district: unit.district,
      category: '待核实',
      kind: '示例敏感设施（虚构）',
      status: 'related-site',
      location: unit.location,
      sensitive: { reason: unit.reason, note: '示例说明（虚构）：用于检验本站不公开敏感设施的位置' },
      address: unit.address,
      confidence: '示例数据（虚构）：全部字段均为演示用',
      sources: [{ title: DEMO_SOURCE_TITLE }],
      updated: UPDATED,
    };
    const body = [
      `${unit.name}是虚构的示例单位，现实中并不存在，只用于检验本网站如何对待敏感设施。`,
      '它的文件里有示例坐标和地址，但网站的任何页面、地图、文件和链接都不应出现它们。',
    ].join('\n\n');
    return { path: `units/${unit.id}.mdx`, text: mdxFile(data, body) };
  });
}
