/**
 * A deterministic generator of an obviously fictional demo data set: 40 demonstration points,
 * 5 showcase routes and any number of stories, so that the site can be exercised at the scale of
 * Baotou's programme before real content exists. Every name and title contains 示例, every source
 * says the data is fictional, and the files are written to `.demo/content/` by
 * `scripts/build-demo.ts`, never to `content/`.
 *
 * Pure and deterministic: randomness comes from a seeded PRNG (mulberry32), never from
 * `Math.random` or the clock. The 40 units and 5 routes are a fixed skeleton that does not depend
 * on the seed, so browser tests can rely on them; the seed varies the stories. Story `n` depends
 * only on the seed and `n`, so a smaller data set is a prefix of a larger one.
 *
 * Runs both under Vite and directly under Node 24 (type stripping): erasable TypeScript only, and
 * project imports carry their `.ts` extension.
 */
import { stringify } from 'yaml';
import { isApproximate } from '../../../src/lib/format';
import { distanceKm } from '../../../src/lib/geo/travel';
import type { Category, Region, Status } from '../../../src/lib/content/taxonomy';

/** One generated content file. */
export interface DemoFile {
  /** Path relative to the content directory, e.g. `units/demo-point-01.mdx`. */
  path: string;
  /** The whole MDX file: `---` YAML frontmatter, then the body. */
  text: string;
}

/** Options for {@link generateDemoContent}. */
export interface DemoOptions {
  /** Number of stories to generate (a non-negative integer). */
  stories: number;
  /** Seed of the stories' PRNG (an integer). Default {@link DEFAULT_DEMO_SEED}. */
  seed?: number;
}

export const DEFAULT_DEMO_SEED = 1;
export const DEMO_UNIT_COUNT = 40;
export const DEMO_ROUTE_COUNT = 5;
/** Title of the one source every generated unit and route cites. */
export const DEMO_SOURCE_TITLE = '示例数据（虚构，仅用于演示和测试）';

/** Seed of the unit and route skeleton; fixed so that the skeleton is the same for every seed. */
const SKELETON_SEED = 0x40_05;
const REGION: Region = '包头市';
const UPDATED = '2026-01-15';
const FIRST_STORY_DAY = Date.UTC(2020, 0, 1);
const LAST_STORY_DAY = Date.UTC(2026, 9, 31);
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a small, fast 32-bit PRNG; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Mixes integers into one 32-bit seed, so that each story gets its own independent stream. */
function hashSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

interface Rng {
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Float in [min, max). */
  float(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** `count` distinct items, in random order. */
  sample<T>(list: readonly T[], count: number): T[];
  shuffle<T>(list: readonly T[]): T[];
}

function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(list: readonly T[]): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return {
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[int(0, list.length - 1)] as T;
    },
    sample: <T>(list: readonly T[], count: number): T[] => shuffle(list).slice(0, count),
    shuffle,
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const round = (value: number, decimals: number) => Number(value.toFixed(decimals));
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** An MDX file: YAML frontmatter serialised by `yaml`, then the body. */
function mdxFile(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

// ---------------------------------------------------------------------------------------------
// Units

/** Rough centres of Baotou's urban districts (WGS84), west to east, and how many points each gets. */
const DISTRICTS = [
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
];

const NO_LOCATION_COUNT = 4;
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

interface DemoUnit {
  id: string;
  name: string;
  shortName: string;
  district: District;
  category: Category;
  status: Status;
  location?: { lat: number; lng: number; precision: number; note: string };
  feature: string;
}

function generateUnits(): DemoUnit[] {
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
      feature: rng.pick(UNIT_FEATURES),
    };
  });
}

function unitFile(unit: DemoUnit, index: number): DemoFile {
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
    ...(rng.chance(0.3) ? { aliases: [`示例别名 ${unit.id.slice(-2)}`] } : {}),
    region: REGION,
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

// ---------------------------------------------------------------------------------------------
// Routes

const ROUTE_THEMES = [
  '示例主题：互嵌社区与邻里守望（虚构）',
  '示例主题：校园里的民族团结教育（虚构）',
  '示例主题：产业园区里的各族职工（虚构）',
  '示例主题：历史记忆与红色教育（虚构）',
  '示例主题：城乡结对与共同富裕（虚构）',
];

const STOP_NOTES = [
  '示例：参观示例展厅，听一段示例讲解（虚构）',
  '示例：与示例志愿者座谈（虚构）',
  '示例：观看示例文艺节目（虚构）',
  '示例：体验示例手工课（虚构）',
  '示例：在示例书屋翻阅资料（虚构）',
];

/** A unit's position for ordering stops; units without a location stand at their district centre. */
const placeOf = (unit: DemoUnit) => unit.location ?? { lat: unit.district.lat, lng: unit.district.lng };

/** Orders stops greedily by nearest neighbour, starting from the westernmost, so routes do not zigzag. */
function orderStops(units: DemoUnit[]): DemoUnit[] {
  const rest = [...units].sort((a, b) => placeOf(a).lng - placeOf(b).lng);
  const ordered = rest.splice(0, 1);
  while (rest.length > 0) {
    const last = placeOf(ordered[ordered.length - 1] as DemoUnit);
    let best = 0;
    rest.forEach((unit, k) => {
      if (distanceKm(last, placeOf(unit)) < distanceKm(last, placeOf(rest[best] as DemoUnit))) best = k;
    });
    ordered.push(...rest.splice(best, 1));
  }
  return ordered;
}

/** Splits the 40 units into 5 routes of 5–10 stops each, every unit on exactly one route. */
function routeMembers(units: DemoUnit[]): DemoUnit[][] {
  const rng = createRng(hashSeed(SKELETON_SEED, 0x0b0));
  const sizes = Array.from({ length: DEMO_ROUTE_COUNT }, () => DEMO_UNIT_COUNT / DEMO_ROUTE_COUNT);
  for (let k = 0; k < 8; k++) {
    const from = rng.int(0, DEMO_ROUTE_COUNT - 1);
    const to = rng.int(0, DEMO_ROUTE_COUNT - 1);
    if (from !== to && (sizes[from] as number) > 5 && (sizes[to] as number) < 10) {
      sizes[from] = (sizes[from] as number) - 1;
      sizes[to] = (sizes[to] as number) + 1;
    }
  }
  const byArea = [...units].sort(
    (a, b) => DISTRICTS.indexOf(a.district) - DISTRICTS.indexOf(b.district) || placeOf(a).lng - placeOf(b).lng,
  );
  let start = 0;
  return sizes.map((size) => orderStops(byArea.slice(start, (start += size))));
}

function routeFiles(units: DemoUnit[]): DemoFile[] {
  const members = routeMembers(units);
  const pathKm = (stops: DemoUnit[]) =>
    stops.slice(1).reduce((sum, unit, k) => sum + distanceKm(placeOf(stops[k] as DemoUnit), placeOf(unit)), 0);
  const lengths = members.map(pathKm);
  const walkIndex = lengths.indexOf(Math.min(...lengths));

  return members.map((stops, r) => {
    const rng = createRng(hashSeed(SKELETON_SEED, 0x0b1, r));
    const travelMode = r === walkIndex ? 'walk' : 'coach';
    const id = `demo-route-${r + 1}`;
    const name = `示例线路${CHINESE_NUMERALS[r]}`;
    const data = {
      id,
      name,
      theme: ROUTE_THEMES[r % ROUTE_THEMES.length],
      kind: 'official',
      travelMode,
      stops: stops.map((unit, k) => {
        const next = stops[k + 1];
        let directions: string | undefined;
        if (next && rng.chance(0.85)) {
          if (!unit.location || !next.location) directions = '示例：下一站位置未知，路线待核实（虚构）';
          else {
            const km = distanceKm(unit.location, next.location);
            directions =
              travelMode === 'walk'
                ? `示例：步行约 ${Math.max(3, Math.round(km * 13))} 分钟到下一站（虚构）`
                : `示例：乘大巴约 ${Math.max(5, Math.round(km * 2.5 + 3))} 分钟到下一站（虚构）`;
          }
        }
        return {
          unit: unit.id,
          minutes: rng.int(4, 12) * 5,
          ...(rng.chance(0.4) ? { note: rng.pick(STOP_NOTES) } : {}),
          ...(directions ? { directions } : {}),
        };
      }),
      sources: [{ title: DEMO_SOURCE_TITLE }],
    };
    const body = [
      `${name}是虚构的示例线路，由 ${stops.length} 个示例示范点组成，只用于演示和测试本网站的线路页面、地图和打印行程单。`,
      `线路从${stops[0]?.name}出发，到${stops[stops.length - 1]?.name}结束，${travelMode === 'walk' ? '全程步行' : '各站之间乘大巴'}。停留时间和交通说明都是示例数据，请勿据此安排真实行程。`,
    ].join('\n\n');
    return { path: `routes/${id}.mdx`, text: mdxFile(data, body) };
  });
}

// ---------------------------------------------------------------------------------------------
// Stories

const TAG_POOL = [
  '红石榴',
  '石榴籽',
  '示例活动',
  '邻里互助',
  '文化交流',
  '双语学习',
  '志愿服务',
  '互嵌社区',
  '示例家园',
  '产业互助',
  '青少年',
  '示例宣讲',
];

const ACTIVITIES = [
  '示例邻里节',
  '示例读书会',
  '示例运动会',
  '示例手工坊',
  '示例义诊日',
  '示例文艺汇演',
  '示例故事会',
  '示例周末课堂',
  '示例美食节',
  '示例植树活动',
  '示例结对帮扶',
  '示例互助小组',
  '示例议事会',
  '示例宣讲团',
  '示例研学营',
  '示例摄影展',
  '示例音乐会',
  '示例技能培训',
  '示例法律讲座',
  '示例篮球联赛',
  '示例非遗体验课',
  '示例长调学唱班',
  '示例剪纸班',
  '示例马头琴兴趣组',
  '示例家风故事会',
  '示例“一家亲”茶话会',
];
const GROUPS = [
  '各族居民',
  '示例学校师生',
  '退休职工',
  '示例青年志愿者',
  '新就业群体',
  '示例嘎查牧民',
  '园区职工',
  '社区老人',
  '少年儿童',
  '示例文艺队',
  '外来务工人员',
  '示例网格员',
  '双职工家庭',
  '示例企业青年',
];
const PLACES = [
  '示例活动室',
  '示例广场',
  '示例小院',
  '示例展厅',
  '示例书屋',
  '示例食堂',
  '示例服务站',
  '示例操场',
  '示例会客厅',
  '示例长廊',
];
const TIMES = [
  '春节前后',
  '开春以后',
  '入夏以来',
  '秋收时节',
  '入冬以前',
  '每逢周末',
  '每月第一个周六',
  '寒暑假期间',
  '中秋前夕',
  '那达慕前后',
];
const METHODS = [
  '“示例议事”',
  '“示例结对”',
  '“示例积分”',
  '“示例网格”',
  '“示例共学”',
  '“示例共享”',
  '“示例点单”',
  '“示例轮值”',
];
const PEOPLE = [
  '示例居民甲',
  '示例老师乙',
  '示例志愿者丙',
  '示例书记丁',
  '示例牧民戊',
  '示例学生己',
  '示例职工庚',
  '示例馆员辛',
];
const QUOTES = [
  '大家住在一栋楼里，就该像一家人一样走动',
  '孩子们在一起学，在一起玩，感情自然就深了',
  '以前见面只点点头，现在谁家有事都来搭把手',
  '活动不在大小，关键是每个人都愿意来',
  '我们把想法写在小本子上，一条一条去办',
  '这件事做成了，心里觉得特别踏实',
  '互相学一句对方的语言，距离一下子就近了',
  '办法都是大家商量出来的',
];
const RESULTS = [
  '邻里关系更加融洽',
  '各族群众走得更近',
  '活动参与面明显扩大',
  '互助氛围越来越浓',
  '一批示例骨干成长起来',
  '居民满意度有所提升',
];
const ROLE_HEADINGS = [
  ['示例缘起', '从一间示例活动室说起', '示例工作的起点', '问题从哪里来（示例）'],
  ['示例做法', '把活动办到家门口', '示例机制怎样运转', '一件件小事做起来'],
  ['示例成效', '看得见的变化（示例）', '示例数字背后', '大家怎么说'],
  ['示例启示', '下一步怎么走（示例）', '示例经验小结', '还要再往前走'],
];
const TITLE_ACTIONS = [
  '办起示例邻里节',
  '让示例读书会走进楼道',
  '用示例积分换来好邻居',
  '把示例课堂搬进小院',
  '组建示例互助小组',
  '唱响示例长调',
  '开出示例“一家亲”茶话会',
  '在示例广场跳起同一支舞',
  '结对帮扶示例嘎查',
  '建起示例石榴籽书屋',
  '办好示例民族手工坊',
  '点亮示例会客厅',
  '请来示例讲解员',
  '讲好示例家风故事',
  '开设示例双语课堂',
];
const FIGURE_LABELS = [
  { label: '示例活动场次', unit: '场' },
  { label: '示例参与人次', unit: '人次' },
  { label: '示例志愿者', unit: '名' },
  { label: '示例服务项目', unit: '个' },
  { label: '示例结对家庭', unit: '户' },
  { label: '示例投入资金', unit: '万元' },
  { label: '示例培训课时', unit: '课时' },
  { label: '示例红石榴家园', unit: '个' },
];

interface StoryWords {
  rng: Rng;
  speaker: string;
  units: string[];
  activity: string;
  group: string;
  /** Year the work began, a year or three before the story. */
  year: number;
  /** Year of the story itself. */
  storyYear: number;
}

type Sentence = (w: StoryWords) => string;

/** Sentence templates by section: background, methods, results, outlook. */
const SENTENCES: readonly (readonly Sentence[])[] = [
  [
    (w) =>
      `${w.year}年以前，${w.speaker}所在的示例片区里，${w.rng.pick(GROUPS)}彼此之间走动不多，很多人连对门的邻居都叫不上名字。`,
    (w) =>
      `示例片区里住着${w.rng.int(3, 12)}个民族的${w.rng.int(800, 9000)}多名示例居民，${w.rng.pick(GROUPS)}和${w.rng.pick(GROUPS)}各有各的生活节奏。`,
    (w) => `${w.rng.pick(PEOPLE)}回忆，当时${w.rng.pick(PLACES)}常年空着，大家有心交流，却找不到合适的地方和由头。`,
    (w) => `在一次示例走访中，工作人员发现${w.rng.pick(GROUPS)}最盼望的，是家门口能有一个说说话、办办事的地方。`,
    (w) => `${w.speaker}决定从${w.activity}入手，先把${w.rng.pick(GROUPS)}请出家门、聚到一起。`,
    (w) => `示例调查显示，有${w.rng.int(40, 90)}%的受访示例居民希望多参加一些各民族共同参与的活动。`,
    (w) => `起初，也有人担心${w.activity}办不长久，热闹一阵就散了。`,
    (w) =>
      `${w.rng.pick(TIMES)}，${w.speaker}召集${w.rng.int(5, 30)}位热心人开了第一次示例座谈会，把大家的想法一条条记下来。`,
    (w) =>
      `这里是一个典型的示例${w.rng.pick(['老旧小区', '新建小区', '城郊村', '工业园区', '校园', '街区'])}，${w.rng.pick(GROUPS)}占了常住人口的一半以上。`,
    (w) => `${w.rng.pick(PEOPLE)}是最早站出来的人，${w.rng.pick(['她', '他'])}说：“${w.rng.pick(QUOTES)}。”`,
    (w) => `大家商量后认为，与其等条件成熟，不如先把${w.activity}办起来，在干中摸索。`,
    (w) =>
      `${w.rng.pick(['语言不通', '作息不同', '场地不足', '缺少骨干', '信息不畅'])}，是当时摆在${w.speaker}面前的第一道难题。`,
  ],
  [
    (w) =>
      `${w.speaker}推行${w.rng.pick(METHODS)}工作法，把${w.activity}固定在${w.rng.pick(TIMES)}举办，让大家心里有数。`,
    (w) =>
      `每次活动前，示例网格员挨家挨户上门邀请，${w.rng.pick(GROUPS)}报名踊跃，常常要提前${w.rng.int(2, 7)}天登记。`,
    (w) => `${w.rng.pick(PLACES)}经过示例改造，摆上了书架、长桌和展板，成了${w.rng.pick(GROUPS)}最爱去的地方。`,
    (w) =>
      `他们还和${w.units.length > 1 ? w.units[1] : '示例兄弟单位'}结成示例对子，轮流承办${w.rng.pick(ACTIVITIES)}。`,
    (w) => `${w.rng.pick(PEOPLE)}带头组建了${w.rng.int(2, 9)}支示例志愿服务队，分别负责助老、助学、调解和文体活动。`,
    (w) => `在${w.rng.pick(ACTIVITIES)}上，各族${w.rng.pick(GROUPS)}互相教做家乡菜、学唱家乡歌，现场笑声不断。`,
    (w) => `为了让更多人参与，${w.speaker}把活动信息同时用示例公告栏和示例微信群发布，做到人人知晓。`,
    (w) => `${w.rng.pick(PEOPLE)}说：“${w.rng.pick(QUOTES)}。”`,
    (w) =>
      `示例议事会每月召开一次，${w.rng.pick(GROUPS)}代表围坐在一起，商量${w.rng.pick(['停车', '绿化', '助餐', '托管', '照明'])}等身边事。`,
    (w) =>
      `${w.rng.pick(GROUPS)}里会说两种以上语言的人被请来当示例“翻译官”，${w.rng.pick(['帮着沟通', '帮着办事', '帮着讲解'])}，也教大家学几句日常用语。`,
    (w) =>
      `${w.speaker}把每年的${w.rng.pick(['三月', '五月', '九月'])}定为示例“民族团结进步活动月”，集中举办${w.rng.pick(ACTIVITIES)}和${w.rng.pick(ACTIVITIES)}。`,
    (w) => `${w.rng.pick(TIMES)}，他们又推出${w.rng.pick(ACTIVITIES)}，把民族团结的道理讲进${w.rng.pick(GROUPS)}心里。`,
    (w) =>
      `针对${w.rng.pick(['园区职工', '双职工家庭', '新就业群体', '外来务工人员'])}白天上班、晚上有空的特点，${w.activity}特意改到傍晚举办。`,
    (w) => `${w.rng.pick(PLACES)}门口挂起了示例“心愿墙”，${w.rng.pick(GROUPS)}把需求写在卡片上，志愿者认领后限期办结。`,
    (w) => `每一场${w.rng.pick(ACTIVITIES)}结束后，组织者都会留出${w.rng.int(10, 40)}分钟听取意见，下一次就改进。`,
    (w) => `${w.units.length > 2 ? w.units[2] : '附近的示例学校'}也派人加入，带来了${w.rng.pick(ACTIVITIES)}的经验。`,
  ],
  [
    (w) =>
      `${w.rng.int(1, 5)}年来，${w.speaker}累计举办${w.activity}等示例活动${w.rng.int(30, 600)}场，参与${w.rng.int(1000, 90000)}人次。`,
    (w) => `如今，${w.rng.pick(RESULTS)}，${w.rng.pick(RESULTS)}。`,
    (w) => `${w.rng.pick(PEOPLE)}感慨：“${w.rng.pick(QUOTES)}。”`,
    (w) => `示例回访显示，${w.rng.int(85, 99)}%的示例居民对活动表示满意，不少人从参加者变成了组织者。`,
    (w) =>
      `${w.rng.pick(GROUPS)}和${w.rng.pick(GROUPS)}之间结下了${w.rng.int(20, 300)}对示例“亲戚”，逢年过节互相走动。`,
    (w) => `${w.speaker}的做法被编入示例经验汇编，先后有${w.rng.int(5, 80)}批示例考察团前来交流。`,
    (w) => `${w.rng.pick(PLACES)}里的留言本已经写满了${w.rng.int(3, 20)}本，记下了一个个暖心的小故事。`,
    (w) => `${w.rng.pick(GROUPS)}中涌现出${w.rng.int(3, 40)}名示例“热心人”，有人还获评示例优秀志愿者。`,
    (w) => `过去冷清的${w.rng.pick(PLACES)}，如今${w.rng.pick(TIMES)}总是坐得满满当当。`,
    (w) =>
      `一位参加过${w.activity}的${w.rng.pick(['居民', '老师', '牧民', '职工', '学生'])}说，自己在这里交到了好几个不同民族的朋友。`,
    (w) => `示例统计显示，各类示例纠纷比往年减少了${w.rng.int(10, 60)}%，求助电话也少了许多。`,
    (w) => `${w.speaker}还把活动照片编成示例画册，发给每一户参加过活动的家庭。`,
    (w) => `${w.rng.pick(['去年', '今年', '前年'])}，${w.speaker}的${w.activity}还被评为示例优秀案例。`,
    (w) =>
      `${w.rng.pick(GROUPS)}自发编排的${w.rng.pick(['小品', '快板', '合唱', '舞蹈', '情景剧'])}《示例一家亲》，在${w.rng.pick(PLACES)}演了${w.rng.int(3, 30)}场。`,
  ],
  [
    (w) => `谈到下一步，${w.speaker}表示，将继续办好${w.activity}，让更多${w.rng.pick(GROUPS)}参与进来。`,
    () => `示例经验表明，民族团结进步创建要落在日常、落在细处，从一件件小事做起。`,
    (w) => `${w.rng.pick(PEOPLE)}希望，${w.rng.pick(PLACES)}能成为各族群众共同的“家”。`,
    (w) =>
      `接下来，他们打算把${w.rng.pick(METHODS)}工作法推广到更多示例楼栋，并和${w.rng.pick(GROUPS)}一起制定新的活动计划。`,
    (w) => `${w.storyYear + 1}年，${w.speaker}还计划新建${w.rng.int(1, 6)}处示例服务点，把服务送到更多人身边。`,
    (w) => `${w.rng.pick(PEOPLE)}说，示例经验没有什么秘诀，就是把群众的事当成自己的事。`,
    (w) =>
      `他们也坦言，${w.rng.pick(['骨干老化', '经费有限', '场地紧张', '年轻人参与不多'])}等问题还需要在实践中慢慢解决。`,
    (w) =>
      `下一步，${w.speaker}准备和${w.units.length > 1 ? w.units[1] : '更多示例单位'}一起，把${w.rng.pick(ACTIVITIES)}办成示例品牌活动。`,
    (w) => `在${w.rng.pick(GROUPS)}看来，民族团结就体现在每天的相处里，体现在一次次的互相帮忙中。`,
    (w) =>
      `${w.rng.pick(PEOPLE)}给自己定了个小目标：${w.storyYear + 1}年底前，让${w.rng.pick(GROUPS)}人人都参加一次${w.rng.pick(ACTIVITIES)}。`,
    (w) => `${w.speaker}还打算邀请${w.rng.pick(GROUPS)}担任示例“观察员”，请他们给工作挑毛病、提建议。`,
  ],
];

/** Where each section ends, as a cumulative share of the body: the methods section is the longest. */
const SECTION_SHARES = [0.27, 0.62, 0.87, 1];

function storyBody(w: StoryWords): string {
  const { rng } = w;
  const target = rng.int(1550, 1800);
  const blocks = ['本文是虚构的示例故事，用于演示和测试本网站的列表、页面和全文检索，文中的单位、人物和数字都不存在。'];
  let length = (blocks[0] as string).length;
  SENTENCES.forEach((templates, role) => {
    blocks.push(`## ${rng.pick(ROLE_HEADINGS[role] as readonly string[])}`);
    // Cumulative targets keep the overshoot to one paragraph. Each template is used at most once
    // per story, so that a story does not repeat itself; a section ends early when they run out.
    const sectionEnd = target * (SECTION_SHARES[role] as number);
    const deck = rng.shuffle(templates);
    while (length < sectionEnd && deck.length > 0) {
      const paragraph = deck
        .splice(0, rng.int(3, 5))
        .map((sentence) => sentence(w))
        .join('');
      blocks.push(paragraph);
      length += paragraph.length;
    }
  });
  return blocks.join('\n\n');
}

function storyFile(seed: number, n: number, units: DemoUnit[]): DemoFile {
  const rng = createRng(hashSeed(seed, 0x5701, n));
  const id = `demo-story-${pad(n, 5)}`;
  const date = isoDay(FIRST_STORY_DAY + rng.int(0, (LAST_STORY_DAY - FIRST_STORY_DAY) / DAY_MS) * DAY_MS);
  const speaker = rng.pick(units);
  const others = rng.sample(
    units.filter((u) => u !== speaker),
    rng.int(0, 2),
  );
  const about = [speaker, ...others];
  const action = rng.pick(TITLE_ACTIONS);
  const words: StoryWords = {
    rng,
    speaker: speaker.name,
    units: about.map((u) => u.name),
    activity: rng.pick(ACTIVITIES),
    group: rng.pick(GROUPS),
    year: Number(date.slice(0, 4)) - rng.int(1, 3),
    storyYear: Number(date.slice(0, 4)),
  };
  const tags = ['示例', ...rng.sample(TAG_POOL, rng.int(1, 3))];
  const keyFigures = rng.sample(FIGURE_LABELS, rng.int(2, 5)).map((figure) => {
    // Strings keep a source's own form, as in real stories (e.g. "1.2万" 人次).
    const value: number | string =
      figure.unit === '人次' && rng.chance(0.5) ? `${rng.int(11, 99) / 10}万` : rng.int(3, 900);
    return { ...figure, value, ...(rng.chance(0.3) ? { note: rng.pick(['余', '以上', '（虚构）']) } : {}) };
  });
  const data = {
    id,
    title: `示例故事 ${pad(n, 5)}：${speaker.shortName}${action}`,
    summary: `虚构的示例故事：${speaker.name}以${words.activity}为抓手，${rng.pick(RESULTS)}。本文仅用于演示和测试。`,
    date,
    speaker: speaker.name,
    speakerUnit: speaker.id,
    region: REGION,
    units: about.map((u) => u.id),
    tags,
    keyFigures,
    source: { publication: '示例日报（虚构）', date, page: '第01版' },
    licence: '示例数据，无版权内容',
  };
  return { path: `stories/${id}.mdx`, text: mdxFile(data, storyBody(words)) };
}

// ---------------------------------------------------------------------------------------------

/**
 * Generates the fictional demo data set: 40 units, 5 routes and `options.stories` stories, as MDX
 * files to be written under a content directory (never `content/`). Same options, same files.
 */
export function generateDemoContent(options: DemoOptions): DemoFile[] {
  const { stories, seed = DEFAULT_DEMO_SEED } = options;
  if (!Number.isSafeInteger(stories) || stories < 0 || stories > 99_999) {
    throw new RangeError(`stories must be an integer from 0 to 99999, got ${String(stories)}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${String(seed)}`);
  const units = generateUnits();
  return [
    ...units.map(unitFile),
    ...routeFiles(units),
    ...Array.from({ length: stories }, (_, i) => storyFile(seed, i + 1, units)),
  ];
}
