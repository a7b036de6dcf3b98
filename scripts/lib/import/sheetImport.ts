/**
 * Plans the import of an official point list (示范点导入表) into unit and route files: maps the
 * Chinese columns to the content model, converts coordinates to WGS84, checks every record with
 * the same checks the build runs, and says per row what would be created, updated, left unchanged
 * or rejected, and why. Nothing here touches the disk: the caller passes the sheet's rows and the
 * existing content in, and gets the plan (report and file texts) out.
 *
 * Rules an editor can rely on:
 * - a re-import of the same sheet changes nothing (no file is rewritten);
 * - an updated sheet changes only the fields it carries (non-empty cells); the body text and every
 *   field the sheet does not carry stay as the editor left them;
 * - a row without a source, with swapped coordinates or outside Inner Mongolia is rejected;
 * - a route whose stop numbers have a gap or a repeat is rejected as a whole (never renumbered),
 *   because a gap usually means a stop is missing from the sheet.
 *
 * Used by `scripts/import.mjs` and the unit tests.
 */
import gcoord from 'gcoord';
import { pinyin } from 'pinyin-pro';
import { isMap, isScalar, parse, parseDocument, stringify } from 'yaml';
import { insideRegion } from '../../../src/schemas/common';
import { routeSchema } from '../../../src/schemas/route';
import { unitSchema } from '../../../src/schemas/unit';
import { type CollectionName, type ContentFile, type Problem, checkContent, checkFile } from '../../../src/lib/content/contentIssues';
import { COLUMNS, type ColumnKey, EXAMPLE_MARK, columnOf, guessHeader } from './sheetColumns';
import { CATEGORIES, REGIONS, STATUSES } from '../../../src/lib/content/taxonomy';

/** Coordinate systems a sheet may use. */
export const CRS_VALUES = ['wgs84', 'gcj02', 'bd09'] as const;
export type Crs = (typeof CRS_VALUES)[number];

const CRS_NAMES: Record<Crs, string> = { wgs84: 'WGS84', gcj02: 'GCJ-02', bd09: 'BD-09' };

/** Reads a coordinate-system name as editors write it (GCJ-02, gcj02, 高德, 百度, GPS …). */
export function parseCrs(text: string): Crs | undefined {
  const t = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_]/g, '');
  if (['wgs84', 'gps', 'wgs', '天地图', 'cgcs2000', '国家2000'].includes(t)) return 'wgs84';
  if (['gcj02', 'gcj', '高德', '高德地图', '腾讯', '腾讯地图', '火星', '火星坐标'].includes(t)) return 'gcj02';
  if (['bd09', 'bd09ll', '百度', '百度地图', '百度坐标'].includes(t)) return 'bd09';
  return undefined;
}

/**
 * Converts a coordinate to WGS84 with gcoord, rounded to 6 decimals (about 0.1 m), so that the
 * same sheet always gives the same file.
 */
export function toWgs84(lng: number, lat: number, crs: Crs): { lng: number; lat: number } {
  const from = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 }[crs];
  const [x, y] = crs === 'wgs84' ? [lng, lat] : gcoord.transform([lng, lat], from, gcoord.WGS84);
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { lng: round(x), lat: round(y) };
}

/** An existing content file, as text. */
export interface ExistingFile {
  /** Path relative to the project root, e.g. `content/units/bt-tuanjie-square.mdx`. */
  file: string;
  text: string;
}

export interface ImportInput {
  /** Name of the sheet file, for the report. */
  fileName: string;
  /** The sheet's rows, header row first. */
  rows: string[][];
  /** Coordinate system of rows whose 坐标系 cell is empty. Default: WGS84. */
  crs?: Crs;
  /** Folder of the content, relative to the project root (`content`, or a copy). */
  contentDir: string;
  /** Existing content files. */
  existing: Record<CollectionName, ExistingFile[]>;
  /** Today's date, `YYYY-MM-DD`: the `updated` date of created and changed units. */
  today: string;
}

export type Outcome = 'created' | 'updated' | 'unchanged' | 'rejected';

/** What happens to one row of the sheet. */
export interface RowResult {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  name: string;
  outcome: Outcome;
  file?: string;
  /** Fields changed by an update, by their column names. */
  changes?: string[];
  reasons?: string[];
}

/** What happens to one route named in the 线路 column. */
export interface RouteResult {
  name: string;
  rows: number[];
  outcome: Outcome;
  file?: string;
  stops?: number;
  changes?: string[];
  reasons?: string[];
}

export interface ImportPlan {
  fileName: string;
  /** Number of non-empty data rows. */
  dataRows: number;
  /** Problems with the sheet as a whole that stop the import (e.g. no 名称 column). */
  fatal: string[];
  /** Warnings that do not stop the import (e.g. an unknown column). */
  notices: string[];
  units: RowResult[];
  routes: RouteResult[];
  /** Files to write, with their full new text. Empty when nothing changes. */
  writes: { file: string; text: string }[];
}

type Data = Record<string, unknown>;

/** Column names for the change list of an update. */
const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  shortName: '简称',
  aliases: '别名',
  region: '盟市',
  district: '旗县区',
  category: '类别',
  status: '状态',
  address: '地址',
  location: '坐标',
  visit: '参观信息',
  sources: '来源',
  updated: '更新日期',
  stops: '站点',
};

const FENCE = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))/;

function splitFile(text: string): { frontmatter: string; body: string } | undefined {
  const match = FENCE.exec(text);
  if (!match) return undefined;
  return { frontmatter: match[2] ?? '', body: text.slice(match[0].length) };
}

function readData(text: string): Data | undefined {
  const parts = splitFile(text);
  if (!parts) return undefined;
  try {
    const data: unknown = parse(parts.frontmatter);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : undefined;
  } catch {
    return undefined;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function normaliseLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function matchTerm(terms: readonly { value: string; slug: string; label: string }[], text: string): string | undefined {
  const t = normaliseLabel(text);
  const exact = terms.find((term) => [term.value, term.slug, term.label].some((v) => normaliseLabel(v) === t));
  if (exact) return exact.value;
  const prefix = terms.filter((term) => normaliseLabel(term.value).startsWith(t));
  return t.length >= 2 && prefix.length === 1 ? prefix[0]?.value : undefined;
}

function parseNumber(text: string): number | undefined {
  const t = text.normalize('NFKC').trim().replace(/°$/, '');
  return /^[+-]?\d+(?:\.\d+)?$/.test(t) ? Number(t) : undefined;
}

function parseWhole(text: string): number | undefined {
  const n = parseNumber(text);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

function splitList(text: string): string[] {
  return text
    .split(/[;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The pinyin of a name as lower-case ASCII syllables, for ids. */
function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

/** A readable id from a prefix and a name: `baotou-qingshanqutuanjieguangchang`, at most 60 characters. */
export function generateId(prefix: string, name: string): string {
  let body = '';
  for (const s of syllables(name)) {
    if (body.length + s.length > 48) break;
    body += s;
  }
  return [prefix, body || 'x'].filter(Boolean).join('-');
}

/** One problem found by the content checks, as one line of the report. */
function problemLine(p: Problem): string {
  return `字段 ${p.field} 应为${p.expected}，实际 ${p.found}。${p.fix}`;
}

interface Membership {
  route: string;
  order: string;
  minutes: string;
  row: number;
  unitId?: string;
  name: string;
}

/** Plans an import. Pure: no file is read or written. */
export function planImport(input: ImportInput): ImportPlan {
  const plan: ImportPlan = {
    fileName: input.fileName,
    dataRows: 0,
    fatal: [],
    notices: [],
    units: [],
    routes: [],
    writes: [],
  };
  const [header = [], ...body] = input.rows;
  const isEmpty = (cells: string[]) => cells.every((c) => !c || !c.trim());
  plan.dataRows = body.filter((cells) => !isEmpty(cells)).length;

  // ----- columns
  const columnIndex = new Map<ColumnKey, number>();
  header.forEach((cell, index) => {
    const text = cell.trim();
    if (!text) return;
    const key = columnOf(text);
    if (!key) {
      const guess = guessHeader(text);
      plan.notices.push(
        `第 ${index + 1} 列“${text}”不是导入表的列名，这一列没有导入。${guess ? `是不是“${guess}”？改好列名后重新导入。` : '如需导入，请按模板改列名；否则可删除这一列。'}`,
      );
      return;
    }
    if (columnIndex.has(key)) {
      plan.notices.push(`第 ${index + 1} 列“${text}”与前面的列重复，只读取了前一列。`);
      return;
    }
    columnIndex.set(key, index);
  });
  const columnName = (key: ColumnKey) => COLUMNS.find((c) => c.key === key)?.header ?? key;
  for (const key of ['name', 'source'] as const) {
    if (!columnIndex.has(key)) {
      plan.fatal.push(`表头没有“${columnName(key)}”列（第 1 行应是列名，见 templates/ 中的模板）。`);
    }
  }
  if (columnIndex.has('lng') !== columnIndex.has('lat')) {
    plan.fatal.push('表头只有“经度”“纬度”中的一列：两列要同时有。');
  }
  if (plan.fatal.length > 0) return plan;

  // ----- existing content
  const units = input.existing.units.map((f) => ({ ...f, data: readData(f.text) }));
  const routes = input.existing.routes.map((f) => ({ ...f, data: readData(f.text) }));
  const unitById = new Map(units.filter((u) => typeof u.data?.id === 'string').map((u) => [u.data?.id as string, u]));
  const unitByName = new Map<string, string>();
  for (const u of units) {
    const id = u.data?.id;
    if (typeof id !== 'string') continue;
    const names = [u.data?.name, ...(Array.isArray(u.data?.aliases) ? u.data.aliases : [])];
    for (const n of names) if (typeof n === 'string' && !unitByName.has(n)) unitByName.set(n, id);
  }
  const usedIds = new Set(unitById.keys());
  const newTexts = new Map<string, string>();
  const seenNames = new Map<string, number>();
  const rowOfId = new Map<string, number>();
  const memberships: Membership[] = [];
  const rowSources = new Map<number, Data>();

  body.forEach((cells, index) => {
    const row = index + 2;
    if (isEmpty(cells)) return;
    const get = (key: ColumnKey) => {
      const i = columnIndex.get(key);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const name = get('name');
    const reasons: string[] = [];
    const reject = () => plan.units.push({ row, name: name || '（无名称）', outcome: 'rejected', reasons });

    if (get('route')) {
      const names = splitList(get('route'));
      const orders = splitList(get('routeOrder'));
      const minutes = splitList(get('minutes'));
      names.forEach((route, i) =>
        memberships.push({
          route,
          order: orders[i] ?? '',
          minutes: minutes[i] ?? minutes[0] ?? '',
          row,
          name,
        }),
      );
    }

    if (!name) {
      reasons.push('“名称”为空：每一行都要填写单位的全称。');
      return reject();
    }
    if (name.includes(EXAMPLE_MARK)) {
      reasons.push('这是模板里的示例行，不会导入：删除这一行，从下一行起填写真实的单位。');
      return reject();
    }
    const first = seenNames.get(name);
    if (first !== undefined) {
      reasons.push(`名称与第 ${first} 行重复：同一单位只能占一行；若确是两个单位，请写出能区分它们的全称。`);
      return reject();
    }
    seenNames.set(name, row);

    // Fields the row carries, as [path, value].
    const patch: [string[], unknown][] = [[['name'], name]];
    const text = (key: ColumnKey, path: string[]) => {
      const value = get(key);
      if (value) patch.push([path, value]);
    };
    text('shortName', ['shortName']);
    text('district', ['district']);
    text('address', ['address']);
    text('opening', ['visit', 'opening']);
    text('booking', ['visit', 'booking']);

    const vocab = (
      key: ColumnKey,
      field: string,
      terms: readonly { value: string; slug: string; label: string }[],
      hint: string,
    ) => {
      const raw = get(key);
      if (!raw) return;
      const value = matchTerm(terms, raw);
      if (value) patch.push([[field], value]);
      else reasons.push(`“${columnName(key)}”填的是“${raw}”，不在可选值中。${hint}`);
    };
    vocab('region', 'region', REGIONS, `可选：${REGIONS.map((r) => r.value).join('、')}。`);
    vocab(
      'category',
      'category',
      CATEGORIES,
      `可选：${CATEGORIES.map((c) => c.value).join('、')}；来源没有说明时留空。`,
    );
    vocab('status', 'status', STATUSES, `可选：${STATUSES.map((s) => s.label).join('、')}。`);

    // Coordinates.
    const lngText = get('lng');
    const latText = get('lat');
    let location: { lat: number; lng: number; precision: number; crs: Crs } | undefined;
    if (lngText || latText) {
      const lng = parseNumber(lngText);
      const lat = parseNumber(latText);
      const crsText = get('crs');
      const crs = crsText ? parseCrs(crsText) : (input.crs ?? 'wgs84');
      const precision = parseWhole(get('precision'));
      if (!lngText || !latText) {
        reasons.push('“经度”“纬度”只填了一个：两个都填，或位置未知时两个都留空。');
      } else if (lng === undefined || lat === undefined) {
        reasons.push(
          `坐标不是十进制度数（经度“${lngText}”，纬度“${latText}”）：写成 109.88、40.655 这样的小数；度分秒要先换算。`,
        );
      } else if (!crs) {
        reasons.push(`“坐标系”填的是“${crsText}”，不认识：填 WGS84、GCJ-02（高德、腾讯）或 BD-09（百度）。`);
      } else if (!insideRegion(lat, lng) && insideRegion(lng, lat)) {
        reasons.push(`经度和纬度似乎填反了（经度 ${lngText}，纬度 ${latText}）：把两列的值对调。`);
      } else if (!insideRegion(lat, lng)) {
        reasons.push(
          `坐标（经度 ${lngText}，纬度 ${latText}）不在内蒙古范围内（纬度 37–54，经度 97–127）：核对取点和正负号。`,
        );
      } else if (precision === undefined || precision <= 0) {
        reasons.push(
          `“精度（米）”${get('precision') ? `填的是“${get('precision')}”` : '为空'}：有坐标时要填正整数米数，如点准大门填 50，只知道街区填 2000；拿不准时宁大勿小。`,
        );
      } else {
        const wgs = toWgs84(lng, lat, crs);
        if (!insideRegion(wgs.lat, wgs.lng)) {
          reasons.push(`坐标换算为 WGS84 后不在内蒙古范围内（${CRS_NAMES[crs]} → ${wgs.lng}, ${wgs.lat}）。`);
        } else {
          location = { lat: wgs.lat, lng: wgs.lng, precision, crs };
        }
      }
    }

    // Source.
    const sourceTitle = get('source');
    if (!sourceTitle) {
      reasons.push('没有“来源”：导入的每一条都要写明出处（文件名称、报道标题或网页名称），有网址时填“来源链接”。');
    }
    const source: Data = { title: sourceTitle };
    if (get('sourceUrl')) source.url = get('sourceUrl');
    if (get('sourceDate')) source.date = get('sourceDate');

    if (reasons.length > 0) return reject();

    // Which file.
    const explicitId = get('id');
    const existingId = explicitId || unitByName.get(name);
    const existing = existingId ? unitById.get(existingId) : undefined;
    let id = existingId;
    if (!id) {
      const region = patch.find(([p]) => p[0] === 'region')?.[1] as string | undefined;
      const prefix = REGIONS.find((r) => r.value === region)?.slug ?? 'unit';
      const base = generateId(prefix, name);
      id = base;
      for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${n}`;
    }
    const sameUnit = rowOfId.get(id);
    if (sameUnit !== undefined) {
      reasons.push(`与第 ${sameUnit} 行是同一个单位（编号 ${id}）：同一单位只能占一行，合并这两行。`);
      return reject();
    }
    rowOfId.set(id, row);
    usedIds.add(id);
    const file = existing?.file ?? `${input.contentDir}/units/${id}.mdx`;
    memberships.filter((m) => m.row === row).forEach((m) => (m.unitId = id));
    rowSources.set(row, source);

    if (existing && !existing.data) {
      reasons.push(`${existing.file} 的头部信息无法读取，先按构建报告改好这个文件再导入。`);
      return reject();
    }

    const data: Data = existing?.data ? structuredClone(existing.data) : {};
    // A row that names the unit by one of its aliases keeps the unit's full name.
    const aliases = Array.isArray(data.aliases) ? (data.aliases as unknown[]) : [];
    if (!explicitId && existing && data.name !== name && aliases.includes(name)) patch.shift();
    const changed = new Set<string>();
    const setAt = (path: string[], value: unknown) => {
      let target = data;
      for (const key of path.slice(0, -1)) {
        if (!target[key] || typeof target[key] !== 'object') target[key] = {};
        target = target[key] as Data;
      }
      const last = path.at(-1) as string;
      if (!same(target[last], value)) {
        target[last] = value;
        changed.add(path[0] as string);
      }
    };
    if (!existing) {
      if (!patch.some(([p]) => p[0] === 'region')) reasons.push('新建单位要填写“盟市”。');
      if (!patch.some(([p]) => p[0] === 'status')) {
        reasons.push('新建单位要填写“状态”：按来源能证明的程度选一个（见内容编辑指南），宁低勿高。');
      }
      if (reasons.length > 0) return reject();
      data.id = id;
    }
    for (const [path, value] of patch) setAt(path, value);
    // Aliases add up: names editors added by hand stay.
    if (get('aliases')) {
      const before = Array.isArray(data.aliases) ? (data.aliases as unknown[]) : [];
      setAt(['aliases'], [...before, ...splitList(get('aliases')).filter((a) => !before.includes(a))]);
    }
    if (location) {
      // The note says what the coordinate stands for; new coordinates need a note of their own.
      const before = data.location as Data | undefined;
      const moved = before?.lat !== location.lat || before?.lng !== location.lng;
      setAt(['location', 'lat'], location.lat);
      setAt(['location', 'lng'], location.lng);
      setAt(['location', 'precision'], location.precision);
      if (get('locationNote')) setAt(['location', 'note'], get('locationNote'));
      else if (moved)
        setAt(
          ['location', 'note'],
          `导入表坐标（${CRS_NAMES[location.crs]}${location.crs === 'wgs84' ? '' : '，已换算为 WGS84'}）`,
        );
    }
    const sources = Array.isArray(data.sources) ? (data.sources as Data[]) : [];
    const known = sources.some((s) => (source.url ? s.url === source.url : !s.url && s.title === source.title));
    if (!known) {
      data.sources = [...sources, source];
      changed.add('sources');
    }

    if (!existing) {
      data.category ??= '待核实';
      data.updated = input.today;
      const ordered = orderUnit(data);
      const check = checkFile('units', { file, data: ordered });
      if (check.length > 0) {
        reasons.push(...check.map(problemLine));
        return reject();
      }
      newTexts.set(file, `---\n${stringify(ordered, { lineWidth: 0, indentSeq: false })}---\n`);
      plan.units.push({ row, name, outcome: 'created', file });
      return;
    }
    if (changed.size === 0) {
      plan.units.push({ row, name, outcome: 'unchanged', file });
      return;
    }
    data.updated = input.today;
    const check = checkFile('units', { file, data });
    if (check.length > 0) {
      reasons.push(...check.map(problemLine));
      return reject();
    }
    newTexts.set(file, updateText(existing.text, data, [...changed, 'updated']));
    plan.units.push({
      row,
      name,
      outcome: 'updated',
      file,
      changes: [...changed].map((f) => FIELD_LABELS[f] ?? f),
    });
  });

  // ----- routes
  const rejectedRows = new Set(plan.units.filter((u) => u.outcome === 'rejected').map((u) => u.row));
  const routeNames = [...new Set(memberships.map((m) => m.route))];
  const usedRouteIds = new Set(routes.map((r) => r.data?.id).filter((id): id is string => typeof id === 'string'));
  for (const routeName of routeNames) {
    const members = memberships.filter((m) => m.route === routeName);
    const rows = members.map((m) => m.row);
    const reasons: string[] = [];
    for (const m of members) {
      if (rejectedRows.has(m.row)) reasons.push(`第 ${m.row} 行（${m.name || '无名称'}）没有导入，线路缺了这一站。`);
    }
    const orders = members.map((m) => ({ m, n: parseWhole(m.order) }));
    for (const { m, n } of orders) {
      if (n === undefined || n <= 0) {
        reasons.push(
          `第 ${m.row} 行的“线路顺序”${m.order ? `填的是“${m.order}”` : '为空'}：填这一站是第几站（1、2、3……）。`,
        );
      }
    }
    const numbers = orders.map((o) => o.n).filter((n): n is number => n !== undefined && n > 0);
    if (numbers.length === members.length) {
      const counts = new Map<number, number[]>();
      for (const { m, n } of orders) counts.set(n as number, [...(counts.get(n as number) ?? []), m.row]);
      for (const [n, list] of [...counts].sort((a, b) => a[0] - b[0])) {
        if (list.length > 1) reasons.push(`第 ${n} 站重复（第 ${list.join('、')} 行）：每一站的顺序号只能用一次。`);
      }
      const max = Math.max(...numbers);
      const missing = Array.from({ length: max }, (_, i) => i + 1).filter((n) => !counts.has(n));
      if (missing.length > 0) {
        reasons.push(
          `线路顺序不连续：缺少第 ${missing.join('、')} 站。线路不会自动重新编号：补上缺的那一行，或把顺序改成从 1 起连续的编号。`,
        );
      }
    }
    for (const m of members) {
      const minutes = parseWhole(m.minutes);
      if (minutes === undefined || minutes <= 0 || minutes > 600) {
        reasons.push(`第 ${m.row} 行的“停留分钟”${m.minutes ? `填的是“${m.minutes}”` : '为空'}：填 1–600 的整数分钟。`);
      }
    }
    if (members.length < 2) reasons.push('线路至少要有两站。');
    if (reasons.length > 0) {
      plan.routes.push({ name: routeName, rows, outcome: 'rejected', reasons: [...new Set(reasons)] });
      continue;
    }
    const sorted = [...orders].sort((a, b) => (a.n as number) - (b.n as number)).map((o) => o.m);
    const existing = routes.find((r) => r.data?.name === routeName);
    const oldStops = Array.isArray(existing?.data?.stops) ? (existing.data.stops as Data[]) : [];
    const stops = sorted.map((m) => {
      const old = oldStops.find((s) => s.unit === m.unitId);
      return { ...old, unit: m.unitId, minutes: parseWhole(m.minutes) };
    });
    const sources: Data[] = [];
    for (const m of sorted) {
      const s = rowSources.get(m.row);
      if (s && !sources.some((x) => same(x, s))) sources.push(s);
    }
    if (!existing) {
      const base = generateId('route', routeName);
      let id = base;
      for (let n = 2; usedRouteIds.has(id); n += 1) id = `${base}-${n}`;
      usedRouteIds.add(id);
      const file = `${input.contentDir}/routes/${id}.mdx`;
      const data = { id, name: routeName, theme: '待补充', kind: 'official', travelMode: 'coach', stops, sources };
      const check = checkFile('routes', { file, data });
      if (check.length > 0) {
        plan.routes.push({ name: routeName, rows, outcome: 'rejected', reasons: check.map(problemLine) });
        continue;
      }
      newTexts.set(file, `---\n${stringify(data, { lineWidth: 0, indentSeq: false })}---\n`);
      plan.routes.push({ name: routeName, rows, outcome: 'created', file, stops: stops.length });
      continue;
    }
    if (!existing.data) {
      plan.routes.push({
        name: routeName,
        rows,
        outcome: 'rejected',
        reasons: [`${existing.file} 的头部信息无法读取，先按构建报告改好这个文件再导入。`],
      });
      continue;
    }
    const data = structuredClone(existing.data);
    const changed: string[] = [];
    if (!same(data.stops, stops)) {
      data.stops = stops;
      changed.push('stops');
    }
    const oldSources = Array.isArray(data.sources) ? (data.sources as Data[]) : [];
    const added = sources.filter(
      (s) => !oldSources.some((o) => (s.url ? o.url === s.url : !o.url && o.title === s.title)),
    );
    if (added.length > 0) {
      data.sources = [...oldSources, ...added];
      changed.push('sources');
    }
    if (changed.length === 0) {
      plan.routes.push({ name: routeName, rows, outcome: 'unchanged', file: existing.file, stops: stops.length });
      continue;
    }
    const check = checkFile('routes', { file: existing.file, data });
    if (check.length > 0) {
      plan.routes.push({ name: routeName, rows, outcome: 'rejected', reasons: check.map(problemLine) });
      continue;
    }
    newTexts.set(existing.file, updateText(existing.text, data, changed, ROUTE_ORDER));
    plan.routes.push({
      name: routeName,
      rows,
      outcome: 'updated',
      file: existing.file,
      stops: stops.length,
      changes: changed.map((f) => FIELD_LABELS[f] ?? f),
    });
  }

  // ----- the content as a whole, as the build will check it
  const after = (collection: CollectionName): ContentFile[] => {
    const files = new Map(input.existing[collection].map((f) => [f.file, f.text]));
    for (const [file, text] of newTexts) {
      if (file.startsWith(`${input.contentDir}/${collection}/`)) files.set(file, text);
    }
    return [...files].map(([file, text]) => ({ file, data: readData(text) }));
  };
  const problems = checkContent({ units: after('units'), stories: after('stories'), routes: after('routes') });
  for (const p of problems.filter((p) => newTexts.has(p.file))) {
    const target = [...plan.units, ...plan.routes].find((r) => r.file === p.file && r.outcome !== 'rejected');
    if (target) {
      target.outcome = 'rejected';
      target.reasons = [...(target.reasons ?? []), problemLine(p)];
      newTexts.delete(p.file);
    }
  }
  plan.writes = [...newTexts].map(([file, text]) => ({ file, text }));
  return plan;
}

/** Fields in the schemas' order, so created and updated files read like hand-written ones. */
const UNIT_ORDER = Object.keys(unitSchema.shape);
const ROUTE_ORDER = Object.keys(routeSchema.shape);

function orderUnit(data: Data): Data {
  const out: Data = {};
  for (const key of UNIT_ORDER) if (data[key] !== undefined) out[key] = data[key];
  for (const key of Object.keys(data)) if (!(key in out)) out[key] = data[key];
  if (out.location && typeof out.location === 'object') {
    const { lat, lng, precision, note } = out.location as Data;
    out.location = note === undefined ? { lat, lng, precision } : { lat, lng, precision, note };
  }
  return out;
}

/**
 * Rewrites the changed top-level fields of a file's frontmatter and keeps everything else: the
 * other fields with their comments, and the body text byte for byte.
 */
function updateText(text: string, data: Data, fields: string[], order: readonly string[] = UNIT_ORDER): string {
  const parts = splitFile(text) as { frontmatter: string; body: string };
  const doc = parseDocument(parts.frontmatter);
  for (const field of fields) {
    if (doc.has(field) || !isMap(doc.contents)) {
      doc.set(field, doc.createNode(data[field]));
      continue;
    }
    // A field the file did not have goes where the schema puts it, not at the end.
    const items = doc.contents.items;
    const rank = (key: unknown) => {
      const i = order.indexOf(String(isScalar(key) ? key.value : key));
      return i === -1 ? order.length : i;
    };
    const at = items.findIndex((pair) => rank(pair.key) > order.indexOf(field));
    const pair = doc.createPair(field, data[field]);
    items.splice(at === -1 ? items.length : at, 0, pair as (typeof items)[number]);
  }
  const head = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  // Keep the file's own list style (`- x` at the key's indent, or indented) so that only the
  // changed fields show up in a diff.
  const indentSeq = !/^- /m.test(parts.frontmatter);
  return `${head}---\n${doc.toString({ lineWidth: 0, indentSeq })}---\n${parts.body}`;
}

const count = (list: { outcome: Outcome }[], outcome: Outcome) => list.filter((r) => r.outcome === outcome).length;

/** The report an editor reads, in Chinese. */
export function formatReport(plan: ImportPlan, options: { written: boolean }): string {
  const lines: string[] = [];
  const mode = options.written ? '导入' : '导入预演（没有写入任何文件）';
  lines.push(`${mode}：${plan.fileName}，${plan.dataRows} 行数据`);
  if (plan.fatal.length > 0) {
    lines.push('', '无法导入：', ...plan.fatal.map((f) => `  ${f}`));
    return `${lines.join('\n')}\n`;
  }
  const all = [...plan.units];
  lines.push(
    `单位：新建 ${count(all, 'created')}，更新 ${count(all, 'updated')}，不变 ${count(all, 'unchanged')}，拒绝 ${count(all, 'rejected')}`,
  );
  if (plan.routes.length > 0) {
    const r = plan.routes;
    lines.push(
      `线路：新建 ${count(r, 'created')}，更新 ${count(r, 'updated')}，不变 ${count(r, 'unchanged')}，拒绝 ${count(r, 'rejected')}`,
    );
  }
  if (plan.notices.length > 0) lines.push('', '提示：', ...plan.notices.map((n) => `  ${n}`));
  const section = (title: string, outcome: Outcome) => {
    const rows = plan.units.filter((u) => u.outcome === outcome);
    if (rows.length === 0) return;
    lines.push('', `${title}：`);
    for (const u of rows) {
      const change = u.changes ? `（改动：${u.changes.join('、')}）` : '';
      lines.push(`  第 ${u.row} 行 ${u.name}${u.file ? ` → ${u.file}` : ''}${change}`);
      for (const reason of u.reasons ?? []) lines.push(`    ${reason}`);
    }
  };
  section('拒绝', 'rejected');
  section('新建', 'created');
  section('更新', 'updated');
  section('不变', 'unchanged');
  if (plan.routes.length > 0) {
    lines.push('', '线路：');
    const words: Record<Outcome, string> = { created: '新建', updated: '更新', unchanged: '不变', rejected: '拒绝' };
    for (const r of plan.routes) {
      const detail = r.stops ? `，${r.stops} 站` : '';
      const change = r.changes ? `（改动：${r.changes.join('、')}）` : '';
      lines.push(
        `  ${words[r.outcome]} ${r.name}（第 ${r.rows.join('、')} 行${detail}）${r.file ? ` → ${r.file}` : ''}${change}`,
      );
      for (const reason of r.reasons ?? []) lines.push(`    ${reason}`);
    }
  }
  lines.push('');
  if (plan.routes.some((r) => r.outcome === 'created')) {
    lines.push('新建的线路主题记为“待补充”：写入后在文件里补写 theme 和介绍。');
  }
  if (plan.units.some((u) => u.outcome === 'created')) {
    lines.push('新建的单位还没有正文：写入后打开文件，在第二个 --- 下面用本站的话补写介绍。');
  }
  if (!options.written) {
    lines.push(
      plan.writes.length > 0
        ? `确认无误后加上 --write 重新运行，才会写入这 ${plan.writes.length} 个文件；被拒绝的行不会写入。`
        : '没有需要写入的文件。',
    );
  } else {
    lines.push(plan.writes.length > 0 ? `已写入 ${plan.writes.length} 个文件。` : '没有需要写入的文件。');
  }
  return `${lines.join('\n')}\n`;
}
