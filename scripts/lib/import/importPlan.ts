/**
 * The shape of an import plan: what the import is given, and what it says happens to each row of
 * the sheet and each route named in it. Every step of the import fills a part of it.
 */
import type { CollectionName, Problem } from '../../../src/lib/content/contentIssues';
import type { Crs } from './coordinates';

/** An existing content file, as text. */
export interface ExistingFile {
  /** Path relative to the project root, e.g. `content/units/bt-tuanjie-square.mdx`. */
  file: string;
  text: string;
}

/** What `planImport` is given: the sheet and the content it is compared against. */
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

/** What happens to a row or a route. */
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

/** The whole plan: the report's content and the files to write. */
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

/** Files a step of the import would write, by path, in the order it planned them. */
export type PlannedTexts = Map<string, string>;

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

/** Changed fields as the report names them: by their column names. */
export function changeLabels(fields: Iterable<string>): string[] {
  return [...fields].map((f) => FIELD_LABELS[f] ?? f);
}

/** One problem found by the content checks, as one line of the report. */
export function problemLine(p: Problem): string {
  return `字段 ${p.field} 应为${p.expected}，实际 ${p.found}。${p.fix}`;
}
