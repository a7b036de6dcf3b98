/**
 * The fourth step of an import: the routes named in the 线路 column. A route is taken whole or
 * not at all: every stop's row must have been imported, and the stop numbers must run 1, 2, 3 …
 * without a gap or a repeat. A gap usually means a stop is missing from the sheet, so a route is
 * never renumbered. An existing route (matched by name) keeps what editors wrote about each stop.
 */
import { checkFile } from '../../../src/lib/content/contentIssues';
import { parseWhole } from './cellText';
import type { ExistingContent } from './existingContent';
import { type Data, newFileText, ROUTE_ORDER, same, updateText } from './fileText';
import { freshId } from './generateId';
import { changeLabels, type PlannedTexts, problemLine, type RouteResult } from './importPlan';
import type { Membership } from './sheetRow';
import type { UnitPlan } from './unitPlan';

/** What the sheet does to the routes. */
export interface RoutePlan {
  results: RouteResult[];
  texts: PlannedTexts;
}

/** Plans every route the sheet names, in the order the sheet first names them. */
export function planRoutes(
  memberships: readonly Membership[],
  units: Pick<UnitPlan, 'results' | 'unitOfRow' | 'sourceOfRow'>,
  existing: ExistingContent,
  contentDir: string,
): RoutePlan {
  const plan: RoutePlan = { results: [], texts: new Map() };
  const rejectedRows = new Set(units.results.filter((u) => u.outcome === 'rejected').map((u) => u.row));
  const usedRouteIds = new Set(existing.routeIds);
  for (const routeName of new Set(memberships.map((m) => m.route))) {
    const members = memberships.filter((m) => m.route === routeName);
    const rows = members.map((m) => m.row);
    const reject = (reasons: string[]) => plan.results.push({ name: routeName, rows, outcome: 'rejected', reasons });
    const orders = members.map((m) => ({ m, n: parseWhole(m.order) }));
    const reasons = stopProblems(orders, rejectedRows);
    if (reasons.length > 0) {
      reject([...new Set(reasons)]);
      continue;
    }

    const sorted = [...orders].sort((a, b) => (a.n as number) - (b.n as number)).map((o) => o.m);
    const known = existing.routes.find((r) => r.data?.name === routeName);
    const oldStops = Array.isArray(known?.data?.stops) ? (known.data.stops as Data[]) : [];
    const stops = sorted.map((m) => {
      const unit = units.unitOfRow.get(m.row);
      const old = oldStops.find((s) => s.unit === unit);
      return { ...old, unit, minutes: parseWhole(m.minutes) };
    });
    const sources: Data[] = [];
    for (const m of sorted) {
      const s = units.sourceOfRow.get(m.row);
      if (s && !sources.some((x) => same(x, s))) sources.push(s);
    }

    if (!known) {
      const id = freshId('route', routeName, usedRouteIds);
      const file = `${contentDir}/routes/${id}.mdx`;
      const data = { id, name: routeName, theme: '待补充', kind: 'official', travelMode: 'coach', stops, sources };
      const check = checkFile('routes', { file, data });
      if (check.length > 0) {
        reject(check.map(problemLine));
        continue;
      }
      plan.texts.set(file, newFileText(data));
      plan.results.push({ name: routeName, rows, outcome: 'created', file, stops: stops.length });
      continue;
    }
    if (!known.data) {
      reject([`${known.file} 的头部信息无法读取，先按构建报告改好这个文件再导入。`]);
      continue;
    }
    const data = structuredClone(known.data);
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
    const file = known.file;
    if (changed.length === 0) {
      plan.results.push({ name: routeName, rows, outcome: 'unchanged', file, stops: stops.length });
      continue;
    }
    const check = checkFile('routes', { file, data });
    if (check.length > 0) {
      reject(check.map(problemLine));
      continue;
    }
    plan.texts.set(file, updateText(known.text, data, changed, ROUTE_ORDER));
    plan.results.push({
      name: routeName,
      rows,
      outcome: 'updated',
      file,
      stops: stops.length,
      changes: changeLabels(changed),
    });
  }
  return plan;
}

/** Why a route's stops cannot be imported: missing rows, bad or broken numbering, bad minutes. */
function stopProblems(orders: { m: Membership; n: number | undefined }[], rejectedRows: Set<number>): string[] {
  const reasons: string[] = [];
  for (const { m } of orders) {
    if (rejectedRows.has(m.row)) reasons.push(`第 ${m.row} 行（${m.name || '无名称'}）没有导入，线路缺了这一站。`);
  }
  for (const { m, n } of orders) {
    if (n === undefined || n <= 0) {
      reasons.push(
        `第 ${m.row} 行的“线路顺序”${m.order ? `填的是“${m.order}”` : '为空'}：填这一站是第几站（1、2、3……）。`,
      );
    }
  }
  const numbers = orders.map((o) => o.n).filter((n): n is number => n !== undefined && n > 0);
  if (numbers.length === orders.length) {
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
  for (const { m } of orders) {
    const minutes = parseWhole(m.minutes);
    if (minutes === undefined || minutes <= 0 || minutes > 600) {
      reasons.push(`第 ${m.row} 行的“停留分钟”${m.minutes ? `填的是“${m.minutes}”` : '为空'}：填 1–600 的整数分钟。`);
    }
  }
  if (orders.length < 2) reasons.push('线路至少要有两站。');
  return reasons;
}
