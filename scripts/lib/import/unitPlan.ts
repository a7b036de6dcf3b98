/**
 * The third step of an import: what each row does to the units. A row is matched to an existing
 * unit (by 编号, name or alias) or becomes a new one with a fresh id; its fields are merged into
 * the unit's data, so that an editor's own fields and additions stay; and the result must pass the
 * same checks the build runs. Rows are taken in sheet order: a name or a unit can occur once.
 */
import { checkFile } from '../../../src/lib/content/contentIssues';
import { REGIONS } from '../../../src/lib/content/taxonomy';
import { CRS_NAMES } from './coordinates';
import type { ExistingContent, KnownFile } from './existingContent';
import { type Data, newFileText, orderUnit, same, updateText } from './fileText';
import { freshId } from './generateId';
import { changeLabels, type PlannedTexts, problemLine, type RowResult } from './importPlan';
import type { ParsedRow } from './sheetRow';

/** What the rows do to the units. */
export interface UnitPlan {
  results: RowResult[];
  texts: PlannedTexts;
  /** The unit each row that got that far stands for, by row number: the stops of its routes. */
  unitOfRow: Map<number, string>;
  /** The source each such row cites: the sources of its routes. */
  sourceOfRow: Map<number, Data>;
}

/** Plans the units of every data row, in sheet order. */
export function planUnits(
  rows: readonly ParsedRow[],
  existing: ExistingContent,
  target: { contentDir: string; today: string },
): UnitPlan {
  const plan: UnitPlan = { results: [], texts: new Map(), unitOfRow: new Map(), sourceOfRow: new Map() };
  const usedIds = new Set(existing.unitById.keys());
  const rowOfName = new Map<string, number>();
  const rowOfId = new Map<string, number>();

  for (const parsed of rows) {
    const { row, name } = parsed;
    const reject = (reasons: string[]) =>
      plan.results.push({ row, name: name || '（无名称）', outcome: 'rejected', reasons });

    if (parsed.nameProblem) {
      reject([parsed.nameProblem]);
      continue;
    }
    const first = rowOfName.get(name);
    if (first !== undefined) {
      reject([`名称与第 ${first} 行重复：同一单位只能占一行；若确是两个单位，请写出能区分它们的全称。`]);
      continue;
    }
    rowOfName.set(name, row);
    if (parsed.reasons.length > 0) {
      reject(parsed.reasons);
      continue;
    }

    // Which unit, and which file.
    const existingId = parsed.explicitId || existing.unitIdByName.get(name);
    const known = existingId ? existing.unitById.get(existingId) : undefined;
    const id = existingId || freshId(regionSlug(parsed), name, usedIds);
    const sameUnit = rowOfId.get(id);
    if (sameUnit !== undefined) {
      reject([`与第 ${sameUnit} 行是同一个单位（编号 ${id}）：同一单位只能占一行，合并这两行。`]);
      continue;
    }
    rowOfId.set(id, row);
    usedIds.add(id);
    const file = known?.file ?? `${target.contentDir}/units/${id}.mdx`;
    plan.unitOfRow.set(row, id);
    plan.sourceOfRow.set(row, parsed.source);

    if (known && !known.data) {
      reject([`${known.file} 的头部信息无法读取，先按构建报告改好这个文件再导入。`]);
      continue;
    }
    if (!known) {
      const missing = missingForNew(parsed);
      if (missing.length > 0) {
        reject(missing);
        continue;
      }
    }

    const { data, changed } = mergeRow(parsed, known, id);
    if (!known) {
      data.category ??= '待核实';
      data.updated = target.today;
      const ordered = orderUnit(data);
      const check = checkFile('units', { file, data: ordered });
      if (check.length > 0) {
        reject(check.map(problemLine));
        continue;
      }
      plan.texts.set(file, newFileText(ordered));
      plan.results.push({ row, name, outcome: 'created', file });
      continue;
    }
    if (changed.size === 0) {
      plan.results.push({ row, name, outcome: 'unchanged', file });
      continue;
    }
    data.updated = target.today;
    const check = checkFile('units', { file, data });
    if (check.length > 0) {
      reject(check.map(problemLine));
      continue;
    }
    plan.texts.set(file, updateText(known.text, data, [...changed, 'updated']));
    plan.results.push({ row, name, outcome: 'updated', file, changes: changeLabels(changed) });
  }
  return plan;
}

/** The id prefix of a new unit: its region's slug, or `unit` when the row names none. */
function regionSlug(parsed: ParsedRow): string {
  const region = parsed.patch.find(([p]) => p[0] === 'region')?.[1] as string | undefined;
  return REGIONS.find((r) => r.value === region)?.slug ?? 'unit';
}

/** What a row must carry to create a unit, beyond what every row must. */
function missingForNew(parsed: ParsedRow): string[] {
  const reasons: string[] = [];
  if (!parsed.patch.some(([p]) => p[0] === 'region')) reasons.push('新建单位要填写“盟市”。');
  if (!parsed.patch.some(([p]) => p[0] === 'status')) {
    reasons.push('新建单位要填写“状态”：按来源能证明的程度选一个（见内容编辑指南），宁低勿高。');
  }
  return reasons;
}

/**
 * The unit's data with the row's fields merged in, and the top-level fields that changed. Only
 * filled cells change a field; aliases and sources add up, so what editors added by hand stays.
 */
function mergeRow(parsed: ParsedRow, known: KnownFile | undefined, id: string): { data: Data; changed: Set<string> } {
  const data: Data = known?.data ? structuredClone(known.data) : {};
  if (!known) data.id = id;
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

  // A row that names the unit by one of its aliases keeps the unit's full name.
  const aliases = Array.isArray(data.aliases) ? (data.aliases as unknown[]) : [];
  const byAlias = !parsed.explicitId && known && data.name !== parsed.name && aliases.includes(parsed.name);
  for (const [path, value] of byAlias ? parsed.patch.slice(1) : parsed.patch) setAt(path, value);
  if (parsed.aliases) {
    const before = Array.isArray(data.aliases) ? (data.aliases as unknown[]) : [];
    setAt(['aliases'], [...before, ...parsed.aliases.filter((a) => !before.includes(a))]);
  }

  const location = parsed.location;
  if (location) {
    // The note says what the coordinate stands for; new coordinates need a note of their own.
    const before = data.location as Data | undefined;
    const moved = before?.lat !== location.lat || before?.lng !== location.lng;
    setAt(['location', 'lat'], location.lat);
    setAt(['location', 'lng'], location.lng);
    setAt(['location', 'precision'], location.precision);
    if (parsed.locationNote) setAt(['location', 'note'], parsed.locationNote);
    else if (moved)
      setAt(
        ['location', 'note'],
        `导入表坐标（${CRS_NAMES[location.crs]}${location.crs === 'wgs84' ? '' : '，已换算为 WGS84'}）`,
      );
  }

  const source = parsed.source;
  const sources = Array.isArray(data.sources) ? (data.sources as Data[]) : [];
  const cited = sources.some((s) => (source.url ? s.url === source.url : !s.url && s.title === source.title));
  if (!cited) {
    data.sources = [...sources, source];
    changed.add('sources');
  }
  return { data, changed };
}
