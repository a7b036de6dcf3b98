/**
 * Pins the messages the content guard prints when a content file is wrong. Each test breaks one
 * thing in an otherwise valid set of fixtures and snapshots the report an editor would read: the
 * file, the field, 应为 (expected), 实际 (found) and 改法 (fix).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterEach, describe, expect, test } from 'vitest';
import { readCollection } from '../../../src/integrations/contentGuard';
import {
  type CheckOptions,
  type CollectionName,
  type ContentFile,
  type Problem,
  checkContent,
  checkFile,
  describeValue,
  expectation,
  formatProblems,
} from '../../../src/lib/content/contentIssues';
import { readFrontmatter } from '../../../src/lib/content/frontmatter';

type Data = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Valid fixtures: two units (one with a location and an image), a story about them, and an
// official route of two stops visiting them.

const unitA = (): Data => ({
  id: 'bt-tuanjie-square',
  name: '包头市团结广场',
  region: '包头市',
  category: '景区/公园',
  status: 'related-site',
  location: { lat: 40.655, lng: 109.88, precision: 500, note: '地图取点' },
  sources: [{ title: '内蒙古日报 2022-10-14 第08版', url: 'https://example.org/a', date: '2022-10-14' }],
  images: [{ src: '/images/units/tuanjie-square.jpg', alt: '广场上的民族团结雕塑', credit: '本站编辑' }],
  updated: '2024-05-01',
});

const unitB = (): Data => ({
  id: 'bt-minzu-community',
  name: '包头市某民族团结社区',
  region: '包头市',
  category: '社区',
  status: 'seed-named-unit',
  sources: [{ title: '包头日报 2022-09-20' }],
  updated: '2024-05-01',
});

const story = (): Data => ({
  id: 'red-pomegranate-home',
  title: '红石榴家园里的邻里互助',
  summary: '社区以“红石榴家园”为载体，组织各族居民互帮互助。',
  date: '2022-10-14',
  speaker: '包头市某民族团结社区',
  speakerUnit: 'bt-minzu-community',
  region: '包头市',
  units: ['bt-minzu-community', 'bt-tuanjie-square'],
  tags: ['红石榴家园'],
  keyFigures: [{ label: '红石榴家园', value: 70, unit: '个' }],
  source: { publication: '内蒙古日报', date: '2022-10-14', page: '第08版' },
  licence: '本站文字依 CC BY 4.0 发布；原文版权归原作者。',
});

const route = (): Data => ({
  id: 'baotou-unity-walk',
  name: '团结之路',
  theme: '城市社区里的民族团结',
  kind: 'official',
  stops: [
    { unit: 'bt-tuanjie-square', minutes: 30 },
    { unit: 'bt-minzu-community', minutes: 45 },
  ],
  sources: [{ title: '包头市民委 精品线路公告' }],
});

const FILES = {
  unitA: 'content/units/bt-tuanjie-square.mdx',
  unitB: 'content/units/bt-minzu-community.mdx',
  story: 'content/stories/red-pomegranate-home.mdx',
  route: 'content/routes/baotou-unity-walk.mdx',
} as const;

function validFiles(): Record<CollectionName, ContentFile[]> {
  return {
    units: [
      { file: FILES.unitA, data: unitA() },
      { file: FILES.unitB, data: unitB() },
    ],
    stories: [{ file: FILES.story, data: story() }],
    routes: [{ file: FILES.route, data: route() }],
  };
}

/** Sets (or, with `undefined`, deletes) a dotted path such as `location.lat` or `stops.0.unit`. */
function setPath(data: Data, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target = data as Record<string, unknown>;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (value === undefined) Reflect.deleteProperty(target, last);
  else target[last] = value;
}

/**
 * Breaks one thing in the first file of a collection of the valid fixtures and returns every
 * problem the whole content set then has.
 */
function breakOne(collection: CollectionName, changes: Record<string, unknown>, options?: CheckOptions): Problem[] {
  const files = validFiles();
  const data = files[collection][0]?.data as Data;
  for (const [path, value] of Object.entries(changes)) setPath(data, path, value);
  return checkContent(files, options);
}

/** The report for one broken thing, as printed when the build stops. */
const report = (collection: CollectionName, changes: Record<string, unknown>, options?: CheckOptions) =>
  formatProblems(breakOne(collection, changes, options));

// ---------------------------------------------------------------------------------------------

describe('valid content', () => {
  test('the fixtures produce no problems', () => {
    expect(checkContent(validFiles())).toEqual([]);
  });

  test('every file checks clean on its own', () => {
    const files = validFiles();
    for (const collection of ['units', 'stories', 'routes'] as const) {
      for (const file of files[collection]) expect(checkFile(collection, file)).toEqual([]);
    }
  });

  test('YAML dates (Date objects) are accepted as well as strings', () => {
    expect(checkFile('units', { file: FILES.unitA, data: { ...unitA(), updated: new Date('2024-05-01') } })).toEqual(
      [],
    );
  });

  test('a suggested route needs no sources', () => {
    expect(breakOne('routes', { kind: 'suggestion', sources: undefined })).toEqual([]);
  });
});

describe('titles and names', () => {
  test('a story with a missing title', () => {
    expect(report('stories', { title: undefined })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 title
          应为：文字
          实际：（缺失）
          改法：填写标题。
      "
    `);
  });

  test('a story with an empty title', () => {
    expect(report('stories', { title: '' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 title
          应为：非空文字
          实际：（空文字）
          改法：填写标题。
      "
    `);
  });

  test('a story whose title is only spaces', () => {
    expect(report('stories', { title: '   ' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 title
          应为：非空文字
          实际："   "
          改法：填写标题。
      "
    `);
  });

  test('a route with a missing name', () => {
    expect(report('routes', { name: undefined })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/routes/baotou-unity-walk.mdx
        字段 name
          应为：文字
          实际：（缺失）
          改法：填写名称：单位写来源中的全称，线路写线路的名称。
      "
    `);
  });
});

describe('locations', () => {
  test('latitude 91', () => {
    expect(report('units', { 'location.lat': 91 })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 location.lat
          应为：不大于 90 的数
          实际：91
          改法：填写 WGS84 纬度（十进制度，如 40.655）；不知道位置时删除整个 location 字段。
      "
    `);
  });

  test('a coordinate outside Inner Mongolia (Shanghai)', () => {
    expect(report('units', { 'location.lat': 31.2, 'location.lng': 121.5 })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 location
          应为：内蒙古范围内的 WGS84 坐标（纬度 37–54，经度 97–127）
          实际：lat 31.2, lng 121.5
          改法：核对坐标：必须是 WGS84 十进制度。来自高德或腾讯地图（GCJ-02）、百度地图（BD-09）的坐标要先换算；不知道位置时删除整个 location 字段。
      "
    `);
  });

  test('swapped coordinates', () => {
    expect(report('units', { 'location.lat': 109.88, 'location.lng': 40.655 })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 location.lat
          应为：不大于 90 的数
          实际：109.88
          改法：纬度和经度似乎填反了：把 lat 和 lng 的值对调。
      "
    `);
  });

  test('a location without precision', () => {
    expect(report('units', { 'location.precision': undefined })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 location.precision
          应为：数字
          实际：（缺失）
          改法：填写以米为单位的精度半径，如 2000 表示实际位置在约 2 公里以内；拿不准时宁大勿小。
      "
    `);
  });

  test('a unit without a location is fine: unknown stays unknown', () => {
    expect(breakOne('units', { location: undefined })).toEqual([]);
  });
});

describe('cross-references', () => {
  test('a route stop naming a unit that does not exist', () => {
    expect(report('routes', { 'stops.1.unit': 'bt-no-such-unit' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/routes/baotou-unity-walk.mdx
        字段 stops.1.unit
          应为：content/units/ 中已有单位的 id
          实际："bt-no-such-unit"（没有这个单位）
          改法：填写 content/units/ 中已有单位的 id；单位还没有页面时先建立它。
      "
    `);
  });

  test('a story units entry naming a missing unit', () => {
    expect(report('stories', { units: ['bt-tuanjie-square', 'bt-no-such-unit'] })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 units.1
          应为：content/units/ 中已有单位的 id
          实际："bt-no-such-unit"（没有这个单位）
          改法：填写 content/units/ 中已有单位的 id；单位还没有页面时先建立它。
      "
    `);
  });

  test('a story speakerUnit naming a missing unit', () => {
    expect(report('stories', { speakerUnit: 'bt-no-such-unit' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 speakerUnit
          应为：content/units/ 中已有单位的 id
          实际："bt-no-such-unit"（没有这个单位）
          改法：填写 content/units/ 中已有单位的 id，或删除此字段。
      "
    `);
  });

  test('two unit files with one id', () => {
    const files = validFiles();
    files.units.push({ file: 'content/units/bt-tuanjie-square-copy.mdx', data: unitA() });
    expect(formatProblems(checkContent(files))).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square-copy.mdx
        字段 id
          应为：在 units 中唯一的 id
          实际："bt-tuanjie-square"，已被 content/units/bt-tuanjie-square.mdx 使用
          改法：两个文件不能用同一个 id：给其中一个换一个未被使用的 id（若是重复的条目，删除其一）。
      "
    `);
  });

  test('the same id in two collections is allowed', () => {
    expect(breakOne('stories', { id: 'bt-tuanjie-square' })).toEqual([]);
  });
});

describe('dates', () => {
  test('a month and day that do not exist (2022-13-45)', () => {
    expect(report('stories', { date: '2022-13-45' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 date
          应为：日期，格式 YYYY-MM-DD（如 2022-10-14）
          实际：2022-13-45
          改法：按 YYYY-MM-DD 填写日期，如 2022-10-14，并确认这一天真实存在。
      "
    `);
  });

  test('a day that does not exist in its month (2022-02-30)', () => {
    expect(report('units', { updated: '2022-02-30' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 updated
          应为：日期，格式 YYYY-MM-DD（如 2022-10-14）
          实际：2022-02-30
          改法：填写最近一次对照来源核实本条目的日期，格式 YYYY-MM-DD。
      "
    `);
  });

  test('YAML keeps such dates as text, so the guard sees what the editor wrote', () => {
    expect(readFrontmatter('---\ndate: 2022-02-30\n---\n').data).toEqual({ date: '2022-02-30' });
  });
});

describe('images', () => {
  test('an image without alt text', () => {
    expect(report('units', { 'images.0.alt': undefined })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 images.0.alt
          应为：文字
          实际：（缺失）
          改法：为图片写一句替代文字，说明画面里是什么，供看不见图片的读者使用。
      "
    `);
  });

  test('an image with blank alt text', () => {
    expect(report('units', { 'images.0.alt': ' ' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 images.0.alt
          应为：非空文字
          实际：" "
          改法：为图片写一句替代文字，说明画面里是什么，供看不见图片的读者使用。
      "
    `);
  });

  test('an image whose file is not in public/', () => {
    const publicFileExists = (path: string) => path !== '/images/units/tuanjie-square.jpg';
    expect(report('units', {}, { publicFileExists })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 images.0.src
          应为：public/ 下存在的图片文件
          实际："/images/units/tuanjie-square.jpg"（public/images/units/tuanjie-square.jpg 不存在）
          改法：把图片放进 public/images/ 并以 / 开头填写路径，如 /images/units/x.jpg。
      "
    `);
  });

  test('an image path that does not start with /', () => {
    expect(report('units', { 'images.0.src': 'images/units/tuanjie-square.jpg' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 images.0.src
          应为：以 / 开头、位于 public/ 下的图片路径（jpg、png、webp、avif 或 svg）
          实际："images/units/tuanjie-square.jpg"
          改法：把图片放进 public/images/ 并以 / 开头填写路径，如 /images/units/x.jpg。
      "
    `);
  });
});

describe('unknown fields', () => {
  test('a misspelt field is named, with the fields allowed there and a guess', () => {
    expect(report('units', { 'location.precison': 500 })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 location.precison
          应为：这里可用的字段：lat、lng、precision、note
          实际：未知字段 precison: 500
          改法：是不是 precision？检查拼写；不需要的字段请删除。
      "
    `);
  });

  test('an unknown field inside a list item is found too', () => {
    expect(report('units', { 'sources.0.titel': '包头日报' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 sources.0.titel
          应为：这里可用的字段：title、url、date、note
          实际：未知字段 titel: "包头日报"
          改法：是不是 title？检查拼写；不需要的字段请删除。
      "
    `);
  });

  test('an unknown top-level field of a story', () => {
    expect(report('stories', { tag: ['红石榴'] })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 tag
          应为：这里可用的字段：id、title、mongolianName、summary、date、speaker、speakerUnit、region、units、tags、keyFigures、source、licence、images
          实际：未知字段 tag: ["红石榴"]
          改法：是不是 tags？检查拼写；不需要的字段请删除。
      "
    `);
  });
});

describe('unions and lists of values', () => {
  test('a key figure that is neither a number nor text names both alternatives', () => {
    expect(report('stories', { 'keyFigures.0.value': true })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 keyFigures.0.value
          应为：数字或文字
          实际：true
          改法：照原文填写：纯数字直接写（如 70），带“万”“亿”等字的照原样写（如 11.1万）；计量单位写在 unit 里。
      "
    `);
  });

  test('a key figure given as empty text', () => {
    expect(report('stories', { 'keyFigures.0.value': '' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 keyFigures.0.value
          应为：非空文字
          实际：（空文字）
          改法：照原文填写：纯数字直接写（如 70），带“万”“亿”等字的照原样写（如 11.1万）；计量单位写在 unit 里。
      "
    `);
  });

  test('a missing date keeps the wording its schema states, not "a date or text"', () => {
    expect(report('stories', { date: undefined })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 date
          应为：日期，格式 YYYY-MM-DD（如 2022-10-14）
          实际：（缺失）
          改法：按 YYYY-MM-DD 填写日期，如 2022-10-14，并确认这一天真实存在。
      "
    `);
  });

  test('a date written as a number', () => {
    expect(report('stories', { 'source.date': 20221014 })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 source.date
          应为：日期，格式 YYYY-MM-DD（如 2022-10-14）
          实际：20221014
          改法：按 YYYY-MM-DD 填写日期，如 2022-10-14，并确认这一天真实存在。
      "
    `);
  });

  test('a travel mode that is not in the list', () => {
    expect(report('routes', { travelMode: 'bus' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/routes/baotou-unity-walk.mdx
        字段 travelMode
          应为：以下之一：coach、walk、bicycle、car
          实际："bus"
          改法：按 docs/内容编辑指南.md 中“五、线路”一节对 travelMode 的说明改正。
      "
    `);
  });

  test('a union of a list of values, a literal and an object says what each alternative takes', () => {
    const schema = z.union([z.enum(['official', 'suggestion']), z.literal(3), z.strictObject({ title: z.string() })]);
    const messages = (input: unknown) =>
      schema.safeParse(input, { error: expectation }).error?.issues.map((issue) => issue.message);
    expect({ text: messages('draft'), object: messages({ title: 1 }) }).toMatchInlineSnapshot(`
      {
        "object": [
          "以下之一：official、suggestion、3；或含子字段的对象（title 为文字）",
        ],
        "text": [
          "以下之一：official、suggestion、3；或含子字段的对象",
        ],
      }
    `);
  });
});

describe('fields without a hint of their own', () => {
  test('a story field points to the stories section of the guide for editors', () => {
    expect(report('stories', { 'source.publication': undefined })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 source.publication
          应为：文字
          实际：（缺失）
          改法：按 docs/内容编辑指南.md 中“三、故事”一节对 source 的说明改正。
      "
    `);
  });

  test('a unit field points to the units section of the guide for editors', () => {
    expect(report('units', { designations: [{ title: '包头市民族团结进步创建示范点', level: '市级' }] }))
      .toMatchInlineSnapshot(`
        "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

        content/units/bt-tuanjie-square.mdx
          字段 designations.0.level
            应为：以下之一：国家级、自治区级、盟市级、旗县区级
            实际："市级"
            改法：按 docs/内容编辑指南.md 中“四、单位”一节对 designations 的说明改正。
        "
      `);
  });
});

describe('vocabularies and ids', () => {
  test('an unknown region value lists the allowed values', () => {
    expect(report('units', { region: '包头' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 region
          应为：以下之一：内蒙古自治区、呼和浩特市、包头市、呼伦贝尔市、兴安盟、通辽市、赤峰市、锡林郭勒盟、乌兰察布市、鄂尔多斯市、巴彦淖尔市、乌海市、阿拉善盟
          实际："包头"
          改法：从列出的盟市中选一个，照原样填写。
      "
    `);
  });

  test('a non-ASCII id', () => {
    expect(report('units', { id: '团结广场' })).toMatchInlineSnapshot(`
      "内容校验未通过：3 个文件共 3 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 id
          应为：ASCII id（小写字母、数字、连字符）
          实际："团结广场"
          改法：用小写字母、数字和连字符写一个新的 id（如 bt-tuanjie-square），发布后不要再改。
      content/stories/red-pomegranate-home.mdx
        字段 units.1
          应为：content/units/ 中已有单位的 id
          实际："bt-tuanjie-square"（没有这个单位）
          改法：填写 content/units/ 中已有单位的 id；单位还没有页面时先建立它。
      content/routes/baotou-unity-walk.mdx
        字段 stops.0.unit
          应为：content/units/ 中已有单位的 id
          实际："bt-tuanjie-square"（没有这个单位）
          改法：填写 content/units/ 中已有单位的 id；单位还没有页面时先建立它。
      "
    `);
  });

  test('an official route with no sources', () => {
    expect(report('routes', { sources: undefined })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/routes/baotou-unity-walk.mdx
        字段 sources
          应为：官方精品线路至少有一条来源
          实际：（缺失）
          改法：至少列出一条来源：title 必填，有网址时写 url。
      "
    `);
  });

  test('an official route with an empty source list', () => {
    expect(report('routes', { sources: [] })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/routes/baotou-unity-walk.mdx
        字段 sources
          应为：官方精品线路至少有一条来源
          实际：[]
          改法：至少列出一条来源：title 必填，有网址时写 url。
      "
    `);
  });
});

describe('frontmatter that cannot be read', () => {
  test('frontmatter that is not valid YAML', () => {
    const { data, error } = readFrontmatter('---\nid: bt-x\nname: "包头市团结广场\nregion: 包头市\n---\n正文\n');
    expect(data).toBeUndefined();
    const problems = checkFile('units', { file: 'content/units/bt-x.mdx', data, parseError: error });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-x.mdx
        字段 (文件)
          应为：以 --- 包围的 YAML 头部信息（frontmatter）
          实际：YAML 无法解析（文件第 4 行第 12 列）：Missing closing "quote
          改法：检查文件开头两行 --- 之间的 YAML：缩进、冒号后的空格、引号是否成对。
      "
    `);
  });

  test('a file with no frontmatter', () => {
    const { data, error } = readFrontmatter('# 包头市团结广场\n\n正文，没有头部信息。\n');
    const problems = checkFile('units', { file: 'content/units/bt-x.mdx', data, parseError: error });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-x.mdx
        字段 (文件)
          应为：以 --- 包围的 YAML 头部信息（frontmatter）
          实际：文件开头没有以 --- 包围的头部信息
          改法：检查文件开头两行 --- 之间的 YAML：缩进、冒号后的空格、引号是否成对。
      "
    `);
  });

  test('frontmatter that is a list, not fields', () => {
    const { data, error } = readFrontmatter('---\n- a\n- b\n---\n');
    expect({ data, error }).toMatchInlineSnapshot(`
      {
        "data": undefined,
        "error": "头部信息不是“字段: 值”的形式",
      }
    `);
  });
});

describe('formatProblems', () => {
  test('groups several problems across two files by file, with the count line', () => {
    const files = validFiles();
    setPath(files.units[0]?.data as Data, 'location.precision', undefined);
    setPath(files.units[0]?.data as Data, 'region', '包头');
    setPath(files.routes[0]?.data as Data, 'stops.0.unit', 'bt-no-such-unit');
    const problems = checkContent(files);
    expect(problems.map((p) => [p.file, p.field])).toMatchInlineSnapshot(`
      [
        [
          "content/units/bt-tuanjie-square.mdx",
          "region",
        ],
        [
          "content/units/bt-tuanjie-square.mdx",
          "location.precision",
        ],
        [
          "content/routes/baotou-unity-walk.mdx",
          "stops.0.unit",
        ],
      ]
    `);
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "内容校验未通过：2 个文件共 3 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 region
          应为：以下之一：内蒙古自治区、呼和浩特市、包头市、呼伦贝尔市、兴安盟、通辽市、赤峰市、锡林郭勒盟、乌兰察布市、鄂尔多斯市、巴彦淖尔市、乌海市、阿拉善盟
          实际："包头"
          改法：从列出的盟市中选一个，照原样填写。
        字段 location.precision
          应为：数字
          实际：（缺失）
          改法：填写以米为单位的精度半径，如 2000 表示实际位置在约 2 公里以内；拿不准时宁大勿小。
      content/routes/baotou-unity-walk.mdx
        字段 stops.0.unit
          应为：content/units/ 中已有单位的 id
          实际："bt-no-such-unit"（没有这个单位）
          改法：填写 content/units/ 中已有单位的 id；单位还没有页面时先建立它。
      "
    `);
  });

  test('problems of one file stay together even when found apart', () => {
    const problems: Problem[] = [
      { file: 'a.mdx', field: 'x', expected: 'E1', found: 'F1', fix: 'X1' },
      { file: 'b.mdx', field: 'y', expected: 'E2', found: 'F2', fix: 'X2' },
      { file: 'a.mdx', field: 'z', expected: 'E3', found: 'F3', fix: 'X3' },
    ];
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "内容校验未通过：2 个文件共 3 处问题，网站没有生成。

      a.mdx
        字段 x
          应为：E1
          实际：F1
          改法：X1
        字段 z
          应为：E3
          实际：F3
          改法：X3
      b.mdx
        字段 y
          应为：E2
          实际：F2
          改法：X2
      "
    `);
  });
});

describe('readFrontmatter', () => {
  test('reads plain frontmatter and ignores the body', () => {
    expect(readFrontmatter('---\nid: a\ntitle: 标题\n---\n正文 --- 不是分隔线\n')).toEqual({
      data: { id: 'a', title: '标题' },
    });
  });

  test('ignores a byte-order mark', () => {
    expect(readFrontmatter('\uFEFF---\nid: a\n---\n')).toEqual({ data: { id: 'a' } });
  });

  test('accepts CRLF line endings', () => {
    expect(readFrontmatter('---\r\nid: a\r\ntitle: 标题\r\n---\r\n正文\r\n')).toEqual({
      data: { id: 'a', title: '标题' },
    });
  });

  test('accepts a BOM and CRLF together, and a file that ends right after the fence', () => {
    expect(readFrontmatter('\uFEFF---\r\nid: a\r\n---')).toEqual({ data: { id: 'a' } });
  });

  test('an empty block, fences on adjacent lines, is frontmatter without fields', () => {
    expect(readFrontmatter('---\n---\n正文\n')).toMatchInlineSnapshot(`
      {
        "data": undefined,
        "error": "头部信息不是“字段: 值”的形式",
      }
    `);
  });

  test('an empty block is not fields', () => {
    expect(readFrontmatter('---\n\n---\n')).toMatchInlineSnapshot(`
      {
        "data": undefined,
        "error": "头部信息不是“字段: 值”的形式",
      }
    `);
  });
});

describe('describeValue', () => {
  test('shows values the way an editor would recognise them', () => {
    expect({
      undefined: describeValue(undefined),
      null: describeValue(null),
      empty: describeValue(''),
      text: describeValue('包头市'),
      number: describeValue(40.655),
      boolean: describeValue(true),
      date: describeValue(new Date('2022-10-14T00:00:00Z')),
      invalidDate: describeValue(new Date('nonsense')),
      list: describeValue(['a', 'b']),
      object: describeValue({ lat: 40.655, lng: 109.88 }),
    }).toMatchInlineSnapshot(`
      {
        "boolean": "true",
        "date": "2022-10-14",
        "empty": "（空文字）",
        "invalidDate": "（无效日期）",
        "list": "["a","b"]",
        "null": "（空值）",
        "number": "40.655",
        "object": "{"lat":40.655,"lng":109.88}",
        "text": ""包头市"",
        "undefined": "（缺失）",
      }
    `);
  });

  test('cuts long values to 80 characters', () => {
    const long = describeValue(Array.from({ length: 40 }, (_, i) => i));
    expect(long).toHaveLength(78);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('the content guard, end to end', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  test('a unit file with latitude 91 on disk is reported by file and field', () => {
    root = mkdtempSync(join(tmpdir(), 'content-guard-'));
    const dir = join(root, 'content', 'units');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'a.mdx'),
      [
        '---',
        'id: a',
        'name: 测试单位',
        'region: 包头市',
        'category: 社区',
        'status: related-site',
        'location:',
        '  lat: 91',
        '  lng: 109.88',
        '  precision: 500',
        'sources:',
        '  - title: 测试来源',
        'updated: 2024-05-01',
        '---',
        '',
        '正文。',
        '',
      ].join('\n'),
    );
    const files = {
      units: readCollection(root, 'content', 'units'),
      stories: readCollection(root, 'content', 'stories'),
      routes: readCollection(root, 'content', 'routes'),
    };
    expect(files.units.map((f) => f.file)).toEqual([join('content', 'units', 'a.mdx')]);
    const text = formatProblems(checkContent(files));
    expect(text).toContain('content/units/a.mdx');
    expect(text).toContain('location.lat');
    expect(text).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/a.mdx
        字段 location.lat
          应为：不大于 90 的数
          实际：91
          改法：填写 WGS84 纬度（十进制度，如 40.655）；不知道位置时删除整个 location 字段。
      "
    `);
  });
});

describe('file names', () => {
  test('a .md file is reported, since only .mdx files are published', () => {
    const problems = checkFile('stories', { file: 'content/stories/new-story.md', data: { id: 'new-story' } });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/new-story.md
        字段 (文件)
          应为：扩展名为 .mdx 的文件
          实际：文件名 new-story.md
          改法：网站只读取 .mdx 文件：把文件改名为以 .mdx 结尾（文件夹说明请命名为 README.md）。
      "
    `);
  });
});

describe('control characters', () => {
  test('a vertical tab in a title names the field, the character and its position', () => {
    expect(report('stories', { title: '红石榴\u000B家园' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/stories/red-pomegranate-home.mdx
        字段 title
          应为：不含控制字符的文字
          实际："红石榴[U+000B]家园"（第 4 个字符是看不见的控制字符 U+000B）
          改法：删除这个看不见的控制字符（多半随网页、Word 或表格中复制的文字带入）：在编辑器中删掉它所在位置前后的字再重新输入；需要换行时直接回车。
      "
    `);
  });

  test('DEL, C1 and U+FFFE are refused in nested fields, tags and figures too', () => {
    const problems = breakOne('stories', {
      'source.originalTitle': '原题\u007F',
      tags: ['红石榴家园', '\u0085标签'],
      'keyFigures.0.label': '家园\uFFFE',
      'keyFigures.0.value': '70\u0007',
    });
    expect(problems).toHaveLength(4);
    expect(problems.map((p) => [p.field, p.found])).toEqual(
      expect.arrayContaining([
      ['keyFigures.0.label', '"家园[U+FFFE]"（第 3 个字符是看不见的控制字符 U+FFFE）'],
      ['keyFigures.0.value', '"70[U+0007]"（第 3 个字符是看不见的控制字符 U+0007）'],
      ['source.originalTitle', '"原题[U+007F]"（第 3 个字符是看不见的控制字符 U+007F）'],
      ['tags.1', '"[U+0085]标签"（第 1 个字符是看不见的控制字符 U+0085）'],
      ]),
    );
  });

  test('units and routes are checked alike; tab and line breaks are allowed', () => {
    expect(breakOne('units', { 'location.note': '地图\u001B[31m取点' }).map((p) => p.field)).toEqual(['location.note']);
    expect(breakOne('routes', { 'stops.0.note': '停留\u0000' }).map((p) => p.field)).toEqual(['stops.0.note']);
    expect(breakOne('units', { 'location.note': '第一行\n第二行\t制表' })).toEqual([]);
  });

  test('an unknown field with control characters shows them escaped, never raw', () => {
    const [problem] = breakOne('units', { titel: 'x\u009B2J' });
    expect(problem?.found).toBe('未知字段 titel: "x\\u009b2J"');
  });
});

describe('web addresses', () => {
  test('an address with a space is refused with what to do', () => {
    expect(report('units', { 'sources.0.url': 'https://example.org/a b' })).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/bt-tuanjie-square.mdx
        字段 sources.0.url
          应为：以 http:// 或 https:// 开头的完整网址，不含空格、引号、尖括号或换行
          实际："https://example.org/a b"
          改法：填写以 http:// 或 https:// 开头的完整网址，最好从浏览器地址栏整段复制；网址中的空格、引号、尖括号要写成编码（空格 %20，" %22，< %3C，> %3E），不能换行。纸质来源不写 url。
      "
    `);
  });

  test('quotes, angle brackets, line breaks and other schemes are refused; encoded ones pass', () => {
    for (const url of [
      'https://example.org/"x"',
      "https://example.org/'x'",
      'https://example.org/<x>',
      'https://example.org/a\nb',
      'https://example.org/a\\b',
      'javascript:alert(1)',
      'ftp://example.org/',
      'http:/example.org',
      '//example.org/',
    ]) {
      expect(breakOne('units', { 'sources.0.url': url }).map((p) => p.field), url).toEqual(['sources.0.url']);
    }
    expect(breakOne('stories', { 'source.url': 'https://example.org/a b' }).map((p) => p.fix)).toEqual([
      expect.stringContaining('空格 %20'),
    ]);
    for (const url of ['https://example.org/a%20b?q=%22x%22#y', 'http://例子.中国/路径', 'HTTPS://EXAMPLE.ORG/']) {
      expect(breakOne('units', { 'sources.0.url': url }), url).toEqual([]);
    }
  });
});
