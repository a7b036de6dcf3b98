/**
 * Reads an import sheet into rows of text: `.xlsx` through `read-excel-file`, `.csv` through
 * `csv-parse` after decoding UTF-8 (with or without a byte-order mark) or GB18030, the encoding
 * Chinese Excel uses for "CSV". Line endings may be CRLF or LF. Node only.
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

/** How a CSV file's bytes are decoded. */
export type Encoding = 'utf8' | 'gb18030';

/** A sheet as read: the rows (the header row first), each cell as trimmed text. */
export interface SheetRows {
  rows: string[][];
  /** How a CSV file was decoded; undefined for `.xlsx`. */
  encoding?: Encoding;
}

/** Decodes CSV bytes: UTF-8 when they are valid UTF-8 (a BOM is dropped), else GB18030. */
export function decodeCsv(bytes: Uint8Array, encoding?: Encoding): { text: string; encoding: Encoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (encoding === 'gb18030') return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding };
  if (encoding === 'utf8' || hasBom) {
    return { text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

/** Parses CSV text (comma-separated, double quotes, CRLF or LF) into rows of trimmed text. */
export function parseCsv(text: string): string[][] {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new Error(
      `CSV 文件${line ? `第 ${line} 行附近` : ''}格式有误（多半是引号不成对）：检查这一行的英文双引号，或在 Excel 中重新“另存为” CSV。`,
      { cause: error },
    );
  }
  return records.map((row) => row.map((cell) => cell.trim()));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Reads the first worksheet of an `.xlsx` file. */
export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const { readSheet } = await import('read-excel-file/node');
  const data = await readSheet(Buffer.from(bytes));
  return data.map((row) => row.map(cellText));
}

/** Reads a sheet from its bytes; the file name's extension says whether it is `.xlsx` or `.csv`. */
export async function readSheetFile(fileName: string, bytes: Uint8Array, encoding?: Encoding): Promise<SheetRows> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return { rows: await readXlsx(bytes) };
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    const decoded = decodeCsv(bytes, encoding);
    return { rows: parseCsv(decoded.text), encoding: decoded.encoding };
  }
  throw new Error(
    `无法读取 ${fileName}：只支持 .xlsx 和 .csv 文件。旧版 .xls 请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。`,
  );
}
