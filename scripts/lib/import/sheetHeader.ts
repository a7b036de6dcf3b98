/**
 * The first step of an import: reading the header row. Each header is matched to a column of the
 * import sheet; a header that is not one is reported (with the column it probably means), and a
 * sheet without the columns every row needs cannot be imported at all.
 */
import { count, LIMITS, shown } from './cellCheck';
import { COLUMNS, type ColumnKey, columnOf, guessHeader } from './sheetColumns';

/** Where each known column is in the sheet, by its key. */
export type ColumnIndex = Map<ColumnKey, number>;

/** The header row, read. */
export interface SheetHeader {
  columns: ColumnIndex;
  /** Headers that were not imported, and why. */
  notices: string[];
  /** Why the sheet cannot be imported; empty when it can. */
  fatal: string[];
}

/** A column's header as the template writes it. */
export const columnName = (key: ColumnKey) => COLUMNS.find((c) => c.key === key)?.header ?? key;

/** Reads the header row. */
export function readHeader(header: readonly string[]): SheetHeader {
  const columns: ColumnIndex = new Map();
  const notices: string[] = [];
  const fatal: string[] = [];
  const filled = header.filter((cell) => cell.trim()).length;
  if (filled > LIMITS.columns) {
    fatal.push(
      `第 1 行有 ${count(filled)} 个列名，超过 ${LIMITS.columns} 列的上限：第 1 行应是导入表的列名（见 templates/ 中的模板），删去多余的列。`,
    );
    return { columns, notices, fatal };
  }
  header.forEach((cell, index) => {
    // A column name is short: a longer header is not matched or guessed at, whatever its size.
    if (cell.length > LIMITS.header * 4 || [...cell.trim()].length > LIMITS.header) {
      notices.push(
        `第 ${index + 1} 列的列名“${shown(cell.trim())}”有 ${count(cell.length)} 个字符，超过 ${LIMITS.header} 字，不是导入表的列名，这一列没有导入。`,
      );
      return;
    }
    const text = cell.trim();
    if (!text) return;
    const key = columnOf(text);
    if (!key) {
      const guess = guessHeader(text);
      notices.push(
        `第 ${index + 1} 列“${shown(text)}”不是导入表的列名，这一列没有导入。${guess ? `是不是“${guess}”？改好列名后重新导入。` : '如需导入，请按模板改列名；否则可删除这一列。'}`,
      );
      return;
    }
    if (columns.has(key)) {
      notices.push(`第 ${index + 1} 列“${shown(text)}”与前面的列重复，只读取了前一列。`);
      return;
    }
    columns.set(key, index);
  });
  for (const key of ['name', 'source'] as const) {
    if (!columns.has(key)) {
      fatal.push(`表头没有“${columnName(key)}”列（第 1 行应是列名，见 templates/ 中的模板）。`);
    }
  }
  if (columns.has('lng') !== columns.has('lat')) {
    fatal.push('表头只有“经度”“纬度”中的一列：两列要同时有。');
  }
  return { columns, notices, fatal };
}
