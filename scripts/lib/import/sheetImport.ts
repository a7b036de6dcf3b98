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
 * The steps, each in its own module: the header (sheetHeader), each row on its own (sheetRow),
 * the units (unitPlan), the routes (routePlan), the content as a whole (contentCheck). The report
 * is importReport's.
 */
import { count, LIMITS } from './cellCheck';
import { checkPlannedContent } from './contentCheck';
import { indexExisting } from './existingContent';
import type { ImportInput, ImportPlan } from './importPlan';
import { planRoutes } from './routePlan';
import { parseRow } from './sheetRow';
import { readHeader } from './sheetHeader';
import { planUnits } from './unitPlan';

/** Plans an import. Pure: no file is read or written. */
export function planImport(input: ImportInput): ImportPlan {
  const [header = [], ...body] = input.rows;
  const isEmpty = (cells: string[]) => cells.every((c) => !c || !c.trim());
  const { columns, notices, fatal } = readHeader(header);
  const plan: ImportPlan = {
    fileName: input.fileName,
    dataRows: body.filter((cells) => !isEmpty(cells)).length,
    fatal,
    notices,
    units: [],
    routes: [],
    writes: [],
  };
  if (plan.dataRows > LIMITS.rows) {
    fatal.push(
      `表格有 ${count(plan.dataRows)} 行数据，超过一次导入 ${count(LIMITS.rows)} 行的上限：把表格分成几份，分批导入。`,
    );
  }
  if (fatal.length > 0) return plan;

  const rows = body.flatMap((cells, index) =>
    isEmpty(cells) ? [] : [parseRow(cells, index + 2, columns, input.crs ?? 'wgs84')],
  );
  const existing = indexExisting(input.existing);
  const units = planUnits(rows, existing, input);
  const memberships = rows.flatMap((r) => r.memberships);
  const routes = planRoutes(memberships, units, existing, input.contentDir);
  plan.units = units.results;
  plan.routes = routes.results;
  const texts = new Map([...units.texts, ...routes.texts]);
  checkPlannedContent(texts, [...plan.units, ...plan.routes], input.existing, input.contentDir);
  plan.writes = [...texts].map(([file, text]) => ({ file, text }));
  return plan;
}
