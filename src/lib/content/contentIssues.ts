/**
 * Validation of the content files as a whole: each file against its collection's schema, then
 * the cross-references between files (duplicate ids, stories and routes naming units that do not
 * exist, images that are not in `public/`). Every problem names the file, the field, what was
 * expected, what was found and how to fix it, in the editors' language.
 *
 * Pure: callers pass parsed frontmatter in and get problems out.
 */
import type { z } from 'astro/zod';
import { insideRegion } from '../../schemas/common';
import { routeSchema } from '../../schemas/route';
import { storySchema } from '../../schemas/story';
import { unitSchema } from '../../schemas/unit';
import { BODY_EXPECTED, bodyProblems } from './bodyCheck';
import { stripControlCharacters } from '../text';

/** The three content collections, named as their folders in `content/`. */
export type CollectionName = 'units' | 'stories' | 'routes';

/** One content file, as read from disk. */
export interface ContentFile {
  /** Path relative to the project root, e.g. `content/units/bt-tuanjie-square.mdx`. */
  file: string;
  /** Parsed frontmatter, or `undefined` when the frontmatter could not be parsed. */
  data: unknown;
  /** Why the frontmatter could not be parsed, when it could not. */
  parseError?: string;
  /** The body below the frontmatter, when it was read (bodyCheck.ts checks it). */
  body?: string;
  /** Line of the file the body starts on (1-based). */
  bodyLine?: number;
}

/** One thing wrong with the content, and how to put it right. */
export interface Problem {
  /** Path of the file relative to the project root. */
  file: string;
  /** Dotted path of the field, e.g. `location.lat` or `stops.2.unit`; `(文件)` for the file as a whole. */
  field: string;
  /** What the field should hold, in the editors' words. */
  expected: string;
  /** What the file holds there, as the editor would recognise it. */
  found: string;
  /** How to put it right. */
  fix: string;
}

/** Each collection's schema. */
export const SCHEMAS = { units: unitSchema, stories: storySchema, routes: routeSchema } as const;

/** How to put a web address right, whichever field holds it. */
const URL_FIX =
  '填写以 http:// 或 https:// 开头的完整网址，最好从浏览器地址栏整段复制；网址中的空格、引号、尖括号要写成编码（空格 %20，" %22，< %3C，> %3E），不能换行。';

/** How to remove a control character, whichever field holds it. */
const CONTROL_FIX =
  '删除这个看不见的控制字符（多半随网页、Word 或表格中复制的文字带入）：在编辑器中删掉它所在位置前后的字再重新输入；需要换行时直接回车。';

/** Fix hints by field; `#` stands for any list index. The most specific key wins. */
const FIXES: Record<string, string> = {
  id: '用小写字母、数字和连字符写一个新的 id（如 bt-tuanjie-square），发布后不要再改。',
  title: '填写标题。',
  name: '填写名称：单位写来源中的全称，线路写线路的名称。',
  summary: '用一两句话概括，最多 160 字。',
  date: '按 YYYY-MM-DD 填写日期，如 2022-10-14，并确认这一天真实存在。',
  updated: '填写最近一次对照来源核实本条目的日期，格式 YYYY-MM-DD。',
  region: '从列出的盟市中选一个，照原样填写。',
  category: '从列出的类别中选一个；来源没有说明时填“待核实”。',
  status: '从列出的状态中选一个，按来源能证明的程度填写，宁低勿高。',
  location:
    '核对坐标：必须是 WGS84 十进制度。来自高德或腾讯地图（GCJ-02）、百度地图（BD-09）的坐标要先换算；不知道位置时删除整个 location 字段。',
  'location.lat': '填写 WGS84 纬度（十进制度，如 40.655）；不知道位置时删除整个 location 字段。',
  'location.lng': '填写 WGS84 经度（十进制度，如 109.88）；不知道位置时删除整个 location 字段。',
  'location.precision': '填写以米为单位的精度半径，如 2000 表示实际位置在约 2 公里以内；拿不准时宁大勿小。',
  sources: '至少列出一条来源：title 必填，有网址时写 url。',
  'sources.#.url': `${URL_FIX}纸质来源不写 url。`,
  'source.url': `${URL_FIX}纸质原文不写 url。`,
  'keyFigures.#.value': '照原文填写：纯数字直接写（如 70），带“万”“亿”等字的照原样写（如 11.1万）；计量单位写在 unit 里。',
  'images.#.alt': '为图片写一句替代文字，说明画面里是什么，供看不见图片的读者使用。',
  'images.#.credit': '写明图片作者或提供单位。',
  'images.#.src': '把图片放进 public/images/ 并以 / 开头填写路径，如 /images/units/x.jpg。',
  units: '填写 content/units/ 中已有单位的 id；单位还没有页面时先建立它。',
  speakerUnit: '填写 content/units/ 中已有单位的 id，或删除此字段。',
  'stops.#.unit': '填写 content/units/ 中已有单位的 id；单位还没有页面时先建立它。',
  'stops.#.minutes': '填写在该站停留的分钟数（正整数）。',
  stops: '按参观顺序列出至少两站。',
  licence: '写明本站文字的许可方式和原文版权归属。',
  mongolianName:
    '蒙古文名称写成 text（传统蒙古文）和 source（出处）两项；来源中没有蒙古文名称时删除整个 mongolianName 字段，不要自拟或转写。',
  'mongolianName.text':
    '从来源（双语牌匾照片、公文、官方网页）中复制传统蒙古文原文粘贴进来；不要填西里尔字母（斯拉夫蒙古文）、拉丁转写或汉字。来源中没有蒙古文名称时删除整个 mongolianName 字段。',
  'mongolianName.source': '写明蒙古文名称的出处：title 必填，有网址时写 url；说不出出处的蒙古文名称不能发布，请删除整个 mongolianName 字段。',
  'mongolianName.source.title': '填写蒙古文名称出处的标题，如“某社区双语牌匾（本站编辑 2026-01 拍摄）”。',
  'mongolianName.source.url': `${URL_FIX}纸质来源不写 url。`,
};

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '含子字段的对象',
  date: '日期',
};

/** Where the editors' guide explains each collection's fields. */
const GUIDE = 'docs/内容编辑指南.md';
const GUIDE_SECTIONS: Record<CollectionName, string> = { stories: '三、故事', units: '四、单位', routes: '五、线路' };

function fieldKey(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? '#' : String(p))).join('.');
}

function fixFor(collection: CollectionName, path: readonly PropertyKey[]): string {
  const last = path.filter((p) => typeof p !== 'number').at(-1);
  const hint = FIXES[fieldKey(path)] ?? (last === undefined ? undefined : FIXES[String(last)]);
  if (hint) return hint;
  // The guide's tables have one row per top-level field; nested fields are explained in that row.
  const top = path.find((p) => typeof p !== 'number');
  const row = top === undefined ? '' : `对 ${String(top)} `;
  return `按 ${GUIDE} 中“${GUIDE_SECTIONS[collection]}”一节${row}的说明改正。`;
}

/** JSON text with the control characters JSON leaves as they are (DEL, C1) written as `\u` escapes, so none reaches a terminal. */
function jsonVisible(value: unknown): string {
  return (JSON.stringify(value) ?? '').replace(
    /[\s\S]/gu,
    (ch) => (stripControlCharacters(ch) === ch ? ch : `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`),
  );
}

/** Shows a found value the way an editor would recognise it in the file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '（缺失）';
  if (value === null) return '（空值）';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '（无效日期）' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value === '' ? '（空文字）' : jsonVisible(value);
  const text = jsonVisible(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * What a field expects, in the editors' words, worked out from the issue alone. Passed to zod as
 * the error map of the parse, so a schema that states its expectation itself (`error` on a regex
 * or a union) keeps its own wording; `undefined` leaves zod's default.
 */
export const expectation: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `以下之一：${issue.values.map(String).join('、')}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? '非空文字' : `至少 ${issue.minimum} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少 ${issue.minimum} 项`;
      return `${issue.inclusive ? '不小于' : '大于'} ${issue.minimum} 的数`;
    case 'too_big':
      if (issue.origin === 'string') return `最多 ${issue.maximum} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${issue.maximum} 项`;
      return `${issue.inclusive ? '不大于' : '小于'} ${issue.maximum} 的数`;
    case 'invalid_format':
      if (issue.format === 'url') return '以 http:// 或 https:// 开头的网址';
      if (issue.format === 'regex' && issue.pattern) return `符合格式 ${issue.pattern} 的文字`;
      return `符合格式 ${issue.format} 的文字`;
    case 'invalid_union':
      return unionExpects(issue.errors);
    default:
      return undefined;
  }
};

/** What the schema says an issue's field expects: a stated expectation, else the issue's message. */
function expectedOf(issue: z.core.$ZodIssue): string {
  const params = (issue as { params?: { expected?: string } }).params;
  return params?.expected ?? issue.message;
}

/**
 * What a union expects: a value matches it when it matches any alternative, so this names what
 * each alternative would take, with the allowed values of literal and enum alternatives in one list.
 */
function unionExpects(alternatives: readonly (readonly z.core.$ZodIssue[])[]): string | undefined {
  const values: string[] = [];
  const texts: string[] = [];
  for (const issues of alternatives) {
    const [only] = issues;
    if (issues.length === 1 && only?.code === 'invalid_value' && only.path.length === 0) {
      values.push(...only.values.map(String));
      continue;
    }
    const own = issues.filter((issue) => issue.path.length === 0).map(expectedOf);
    const nested = issues
      .filter((issue) => issue.path.length > 0)
      .map((issue) => `${issue.path.map(String).join('.')} 为${expectedOf(issue)}`);
    texts.push([...own, ...(nested.length ? [`含子字段的对象（${nested.join('；')}）`] : [])].join('，'));
  }
  const all = [...new Set([...(values.length ? [`以下之一：${values.join('、')}`] : []), ...texts])].filter(Boolean);
  if (all.length < 2) return all[0];
  // Alternatives that are lists themselves are kept apart by semicolons, so no list runs into the next.
  if (all.some((text) => /[、，（]/.test(text))) return `${all.slice(0, -1).join('；')}；或${all.at(-1)}`;
  return `${all.slice(0, -1).join('、')}或${all.at(-1)}`;
}

/** Whether the issue is on `lat` or `lng` of a location whose values, swapped, lie in the region. */
function looksSwapped(data: unknown, path: readonly PropertyKey[]): boolean {
  const last = path.at(-1);
  if (last !== 'lat' && last !== 'lng') return false;
  const loc = valueAt(data, path.slice(0, -1)) as { lat?: unknown; lng?: unknown } | undefined;
  return typeof loc?.lat === 'number' && typeof loc.lng === 'number' && insideRegion(loc.lng, loc.lat);
}

function fixForIssue(collection: CollectionName, issue: z.core.$ZodIssue, data: unknown): string {
  const params = (issue as { params?: { kind?: string } }).params;
  if (params?.kind === 'control') return CONTROL_FIX;
  if (params?.kind === 'swapped' || looksSwapped(data, issue.path)) {
    return '纬度和经度似乎填反了：把 lat 和 lng 的值对调。';
  }
  return fixFor(collection, issue.path);
}

/** Checks one file against its collection's schema. */
export function checkFile(collection: CollectionName, file: ContentFile): Problem[] {
  if (!file.file.endsWith('.mdx')) {
    return [
      {
        file: file.file,
        field: '(文件)',
        expected: '扩展名为 .mdx 的文件',
        found: `文件名 ${file.file.split('/').at(-1)}`,
        fix: '网站只读取 .mdx 文件：把文件改名为以 .mdx 结尾（文件夹说明请命名为 README.md）。',
      },
    ];
  }
  if (file.parseError !== undefined || file.data === undefined) {
    return [
      {
        file: file.file,
        field: '(文件)',
        expected: '以 --- 包围的 YAML 头部信息（frontmatter）',
        found: file.parseError ?? '（没有头部信息）',
        fix: '检查文件开头两行 --- 之间的 YAML：缩进、冒号后的空格、引号是否成对。',
      },
    ];
  }
  const schema = SCHEMAS[collection];
  const result = schema.safeParse(file.data, { reportInput: true, error: expectation });
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, issue.path);
      return issue.keys.map((key) => unknownField(file, [...issue.path, key], allowed));
    }
    return [
      {
        file: file.file,
        field: issue.path.length ? issue.path.map(String).join('.') : '(文件)',
        expected: expectedOf(issue),
        found:
          issue.code === 'custom' && typeof issue.input === 'string'
            ? issue.input
            : describeValue(valueAt(file.data, issue.path)),
        fix: fixForIssue(collection, issue, file.data),
      },
    ];
  });
}

/** The field names the schema allows for the object at `path`. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    // Optional, default and pipe wrappers hold the object they wrap.
    for (;;) {
      const def = (current as { _zod?: { def?: { innerType?: unknown; in?: unknown } } })._zod?.def;
      if (def?.innerType) current = def.innerType;
      else if (def?.in) current = def.in;
      else return;
    }
  };
  unwrap();
  for (const key of path) {
    if (typeof key === 'number') {
      current = (current as { _zod: { def: { element?: unknown } } })._zod.def.element;
    } else {
      current = (current as { shape?: Record<string, unknown> }).shape?.[String(key)];
    }
    unwrap();
  }
  const shape = (current as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Edit distance between two short ASCII field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

function unknownField(file: ContentFile, path: PropertyKey[], allowed: string[]): Problem {
  const key = String(path.at(-1));
  const closest = allowed
    .map((name) => ({ name, d: distance(key.toLowerCase(), name.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  const guess = closest && closest.d <= 2 ? `是不是 ${closest.name}？` : '';
  return {
    file: file.file,
    field: path.map(String).join('.'),
    expected: allowed.length ? `这里可用的字段：${allowed.join('、')}` : '这里不能有子字段',
    found: `未知字段 ${key}: ${describeValue(valueAt(file.data, path))}`,
    fix: `${guess}检查拼写；不需要的字段请删除。`,
  };
}

function idOf(file: ContentFile): string | undefined {
  const id = (file.data as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function listAt(file: ContentFile, key: string): unknown[] {
  const value = (file.data as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(value) ? value : [];
}

/** Options for {@link checkContent}. */
export interface CheckOptions {
  /** Whether a path under `public/` (e.g. `/images/x.jpg`) exists. Defaults to "always". */
  publicFileExists?: (path: string) => boolean;
}

/**
 * Checks every content file and every cross-reference. Returns all problems, in file order, so
 * that an editor can fix them in one pass.
 */
export function checkContent(files: Record<CollectionName, ContentFile[]>, options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const exists = options.publicFileExists ?? (() => true);

  for (const collection of ['units', 'stories', 'routes'] as const) {
    const seen = new Map<string, string>();
    for (const file of files[collection]) {
      problems.push(...checkFile(collection, file));
      if (file.body !== undefined) {
        for (const found of bodyProblems(file.body, file.bodyLine ?? 1)) {
          problems.push({
            file: file.file,
            field: `正文（第 ${found.line} 行）`,
            expected: BODY_EXPECTED,
            found: found.found,
            fix: found.fix,
          });
        }
      }
      const id = idOf(file);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first) {
        problems.push({
          file: file.file,
          field: 'id',
          expected: `在 ${collection} 中唯一的 id`,
          found: `${JSON.stringify(id)}，已被 ${first} 使用`,
          fix: '两个文件不能用同一个 id：给其中一个换一个未被使用的 id（若是重复的条目，删除其一）。',
        });
      } else {
        seen.set(id, file.file);
      }
      listAt(file, 'images').forEach((image, index) => {
        const src = (image as { src?: unknown } | null)?.src;
        if (typeof src === 'string' && src.startsWith('/') && !exists(src)) {
          problems.push({
            file: file.file,
            field: `images.${index}.src`,
            expected: 'public/ 下存在的图片文件',
            found: `${JSON.stringify(src)}（public${src} 不存在）`,
            fix: FIXES['images.#.src'] as string,
          });
        }
      });
    }
  }

  const unitIds = new Set(files.units.map(idOf).filter((id): id is string => id !== undefined));
  const missingUnit = (collection: CollectionName, file: string, field: string, id: unknown): Problem => ({
    file,
    field,
    expected: 'content/units/ 中已有单位的 id',
    found: `${describeValue(id)}（没有这个单位）`,
    fix: fixFor(collection, field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))),
  });

  for (const file of files.stories) {
    listAt(file, 'units').forEach((id, index) => {
      if (typeof id === 'string' && !unitIds.has(id)) problems.push(missingUnit('stories', file.file, `units.${index}`, id));
    });
    const speakerUnit = (file.data as { speakerUnit?: unknown } | undefined)?.speakerUnit;
    if (typeof speakerUnit === 'string' && !unitIds.has(speakerUnit)) {
      problems.push(missingUnit('stories', file.file, 'speakerUnit', speakerUnit));
    }
  }
  for (const file of files.routes) {
    listAt(file, 'stops').forEach((stop, index) => {
      const id = (stop as { unit?: unknown } | null)?.unit;
      if (typeof id === 'string' && !unitIds.has(id)) problems.push(missingUnit('routes', file.file, `stops.${index}.unit`, id));
    });
  }
  return problems;
}

/** Formats problems as the report printed when a build stops. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  const blocks = [...byFile].map(([file, list]) =>
    [
      file,
      ...list.map((p) =>
        [`  字段 ${p.field}`, `    应为：${p.expected}`, `    实际：${p.found}`, `    改法：${p.fix}`].join('\n'),
      ),
    ].join('\n'),
  );
  return [`内容校验未通过：${byFile.size} 个文件共 ${problems.length} 处问题，网站没有生成。`, '', ...blocks, ''].join(
    '\n',
  );
}
