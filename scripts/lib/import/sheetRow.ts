/**
 * The second step of an import: reading one data row on its own. Its cells become the unit fields
 * the row carries, its coordinate converted to WGS84, its source, and the routes it is a stop of;
 * every cell that cannot be used gives a reason in the editor's terms. Nothing here compares the
 * row with other rows or with the existing content.
 */
import { insideRegion } from '../../../src/schemas/common';
import { CATEGORIES, REGIONS, STATUSES } from '../../../src/lib/content/taxonomy';
import { cellProblem, shown } from './cellCheck';
import { matchTerm, parseNumber, parseWhole, splitList } from './cellText';
import { CRS_NAMES, type Crs, parseCrs, toWgs84 } from './coordinates';
import type { Data } from './fileText';
import { columnName, type ColumnIndex } from './sheetHeader';
import { type ColumnKey, EXAMPLE_MARK } from './sheetColumns';

/** A row's place on one route, as the sheet has it (the numbers are checked with the route). */
export interface Membership {
  route: string;
  order: string;
  minutes: string;
  row: number;
  name: string;
}

/** A coordinate the row gives, converted to WGS84. */
export interface RowLocation {
  lat: number;
  lng: number;
  precision: number;
  /** The system the sheet used, for the location note. */
  crs: Crs;
}

/** One data row, read. */
export interface ParsedRow {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  name: string;
  /** Why the row names no unit at all; it is then rejected for this alone. */
  nameProblem?: string;
  /** The routes the row is a stop of (also for a row that is rejected: the route then misses it). */
  memberships: Membership[];
  /** The 编号 cell: the id of the unit the row updates, or of a new unit. */
  explicitId: string;
  /** Fields the row carries, as [path, value], `name` first. */
  patch: [string[], unknown][];
  /** The 别名 cell's names, when it is filled. */
  aliases?: string[];
  location?: RowLocation;
  /** The 坐标说明 cell. */
  locationNote: string;
  source: Data;
  /** Why cells of the row cannot be imported. */
  reasons: string[];
}

type Terms = readonly { value: string; slug: string; label: string }[];

/** Columns whose cells name something: shorter, and never starting like a formula. */
const NAME_COLUMNS: ReadonlySet<ColumnKey> = new Set(['name', 'shortName', 'aliases', 'route']);
/** Columns that say which routes a row is a stop of, and where. */
const ROUTE_COLUMNS: ReadonlySet<ColumnKey> = new Set(['route', 'routeOrder', 'minutes']);

/**
 * Why cells of the row cannot be read at all (too long, control characters, a name that starts
 * like a formula), by column. Checked before anything else reads the cells.
 */
function cellProblems(cells: readonly string[], columns: ColumnIndex): Map<ColumnKey, string> {
  const problems = new Map<ColumnKey, string>();
  for (const [key, index] of columns) {
    const text = cells[index] ?? '';
    if (!text) continue;
    const isName = NAME_COLUMNS.has(key);
    const list = key === 'aliases' || key === 'route';
    const names = () => (list ? splitList(text) : [text.replace(/^[ \u3000]+|[ \u3000]+$/g, '')]);
    const problem = cellProblem(text, columnName(key), isName, names);
    if (problem) problems.set(key, problem);
  }
  return problems;
}

/** Reads a data row. `defaultCrs` is the system of a row whose 坐标系 cell is empty. */
export function parseRow(cells: readonly string[], row: number, columns: ColumnIndex, defaultCrs: Crs): ParsedRow {
  const problems = cellProblems(cells, columns);
  const get = (key: ColumnKey) => {
    const i = columns.get(key);
    return i === undefined || problems.has(key) ? '' : (cells[i] ?? '').trim();
  };
  const routeProblem = [...ROUTE_COLUMNS].some((key) => problems.has(key));
  const nameCell = problems.get('name');
  const name = nameCell ? shown((cells[columns.get('name') ?? -1] ?? '').trim()) : get('name');
  const memberships = routeProblem ? [] : readMemberships(get, row, name);
  const explicitId = get('id');
  const locationNote = get('locationNote');
  const base = { row, name, memberships, explicitId, patch: [], locationNote, source: {}, reasons: [] };
  if (nameCell) return { ...base, nameProblem: nameCell };
  if (problems.size > 0) return { ...base, reasons: [...problems.values()] };
  if (!name) return { ...base, nameProblem: '“名称”为空：每一行都要填写单位的全称。' };
  if (name.includes(EXAMPLE_MARK)) {
    return { ...base, nameProblem: '这是模板里的示例行，不会导入：删除这一行，从下一行起填写真实的单位。' };
  }

  const reasons: string[] = [];
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

  const vocab = (key: ColumnKey, field: string, terms: Terms, hint: string) => {
    const raw = get(key);
    if (!raw) return;
    const value = matchTerm(terms, raw);
    if (value) patch.push([[field], value]);
    else reasons.push(`“${columnName(key)}”填的是“${shown(raw)}”，不在可选值中。${hint}`);
  };
  vocab('region', 'region', REGIONS, `可选：${REGIONS.map((r) => r.value).join('、')}。`);
  vocab('category', 'category', CATEGORIES, `可选：${CATEGORIES.map((c) => c.value).join('、')}；来源没有说明时留空。`);
  vocab('status', 'status', STATUSES, `可选：${STATUSES.map((s) => s.label).join('、')}。`);

  const location = readLocation(get, defaultCrs, reasons);

  const sourceTitle = get('source');
  if (!sourceTitle) {
    reasons.push('没有“来源”：导入的每一条都要写明出处（文件名称、报道标题或网页名称），有网址时填“来源链接”。');
  }
  const source: Data = { title: sourceTitle };
  if (get('sourceUrl')) source.url = get('sourceUrl');
  if (get('sourceDate')) source.date = get('sourceDate');

  return {
    ...base,
    patch,
    ...(get('aliases') ? { aliases: splitList(get('aliases')) } : {}),
    ...(location ? { location } : {}),
    source,
    reasons,
  };
}

/** The routes in the 线路 cell, each with its order and minutes from the cells beside it. */
function readMemberships(get: (key: ColumnKey) => string, row: number, name: string): Membership[] {
  if (!get('route')) return [];
  const orders = splitList(get('routeOrder'));
  const minutes = splitList(get('minutes'));
  return splitList(get('route')).map((route, i) => ({
    route,
    order: orders[i] ?? '',
    minutes: minutes[i] ?? minutes[0] ?? '',
    row,
    name,
  }));
}

/** The row's coordinate in WGS84, or undefined with a reason when it cannot be used. */
function readLocation(get: (key: ColumnKey) => string, defaultCrs: Crs, reasons: string[]): RowLocation | undefined {
  const lngText = get('lng');
  const latText = get('lat');
  if (!lngText && !latText) return undefined;
  const lng = parseNumber(lngText);
  const lat = parseNumber(latText);
  const crsText = get('crs');
  const crs = crsText ? parseCrs(crsText) : defaultCrs;
  const precision = parseWhole(get('precision'));
  if (!lngText || !latText) {
    reasons.push('“经度”“纬度”只填了一个：两个都填，或位置未知时两个都留空。');
  } else if (lng === undefined || lat === undefined) {
    reasons.push(
      `坐标不是十进制度数（经度“${shown(lngText)}”，纬度“${shown(latText)}”）：写成 109.88、40.655 这样的小数；度分秒要先换算。`,
    );
  } else if (!crs) {
    reasons.push(`“坐标系”填的是“${shown(crsText)}”，不认识：填 WGS84、GCJ-02（高德、腾讯）或 BD-09（百度）。`);
  } else if (!insideRegion(lat, lng) && insideRegion(lng, lat)) {
    reasons.push(`经度和纬度似乎填反了（经度 ${lngText}，纬度 ${latText}）：把两列的值对调。`);
  } else if (!insideRegion(lat, lng)) {
    reasons.push(
      `坐标（经度 ${lngText}，纬度 ${latText}）不在内蒙古范围内（纬度 37–54，经度 97–127）：核对取点和正负号。`,
    );
  } else if (precision === undefined || precision <= 0) {
    reasons.push(
      `“精度（米）”${get('precision') ? `填的是“${shown(get('precision'))}”` : '为空'}：有坐标时要填正整数米数，如点准大门填 50，只知道街区填 2000；拿不准时宁大勿小。`,
    );
  } else {
    const wgs = toWgs84(lng, lat, crs);
    if (insideRegion(wgs.lat, wgs.lng)) return { lat: wgs.lat, lng: wgs.lng, precision, crs };
    reasons.push(`坐标换算为 WGS84 后不在内蒙古范围内（${CRS_NAMES[crs]} → ${wgs.lng}, ${wgs.lat}）。`);
  }
  return undefined;
}
