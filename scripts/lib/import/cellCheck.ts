/**
 * What a sheet may hold before anything in it is read: limits on its size (rows, columns, the
 * length of a header and of a cell), no invisible control characters, and no name that a
 * spreadsheet would run as a formula. A sheet is untrusted input: these checks come first, so
 * that a 10 MB cell costs one length comparison and nothing harmful reaches the content files,
 * the report or the site's exports.
 */
import { codePointLabel, FORMULA_START } from '../../../src/lib/text';

/** The limits, in characters or rows. */
export const LIMITS = {
  /** Data rows in one sheet. */
  rows: 2_000,
  /** Non-empty header cells. */
  columns: 100,
  /** Characters in a header cell: the longest column name is far shorter. */
  header: 50,
  /** Characters in a cell that names something (名称, 简称, 别名, 线路). */
  name: 100,
  /** Characters in any other cell. */
  cell: 2_000,
  /** Bytes of the sheet file. */
  fileBytes: 20 * 1024 * 1024,
} as const;

/** How many characters of a cell a message quotes. */
const SHOWN = 40;

/**
 * Characters that have no place in a cell: C0 and C1 controls other than tab and line breaks
 * (U+000B, say, makes the site's RSS, Atom, GPX and KML files ill-formed), the non-characters
 * U+FFFE and U+FFFF, and halves of a UTF-16 pair standing alone (with the `u` flag a whole pair
 * is one character and does not match).
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** The first control character in `text`, as `U+000B`, or undefined when there is none. */
export function controlCharacter(text: string): string | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  return codePointLabel(match[0]);
}

/**
 * The character a name starts with when a spreadsheet would take it for a formula (`=`, `+`, `-`,
 * `@`, tab, carriage return: OWASP's rule for CSV injection; and their full-width forms), or
 * undefined.
 */
export function formulaStart(text: string): string | undefined {
  const first = text[0];
  if (first === undefined || !FORMULA_START.test(first)) return undefined;
  return first === '\t' ? '制表符' : first === '\r' ? '回车符' : first;
}

/** A cell's text as a message quotes it: the first characters only, controls shown as `�`. */
export function shown(text: string, max = SHOWN): string {
  const chars = [...text.slice(0, max * 2)];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
  return cut.replace(new RegExp(CONTROL.source, 'gu'), '\uFFFD').replace(/[\t\r\n]/g, ' ');
}

/** Number with thousands separators, as the messages write counts. */
export const count = (n: number) => n.toLocaleString('en-US');

/**
 * Why a cell cannot be imported, or undefined when it can. `column` is the column's name as the
 * template writes it; `isName` says the cell names something (a unit, an alias, a route), which
 * has the shorter limit and must not start like a formula; names in a list cell are checked one
 * by one.
 */
export function cellProblem(
  text: string,
  column: string,
  isName: boolean,
  names: () => string[] = () => [text],
): string | undefined {
  const limit = isName ? LIMITS.name : LIMITS.cell;
  const length = [...text.slice(0, limit * 4)].length;
  if (text.length > limit && length > limit) {
    return `“${column}”有 ${count(text.length)} 个字符，超过 ${count(limit)} 字的上限：这一格多半粘贴错了，检查后改短再导入。`;
  }
  const control = controlCharacter(text);
  if (control) {
    return `“${column}”含有看不见的控制字符（${control}）：它会让网站的订阅和地图文件出错。在单元格里删掉它（Excel 可用 CLEAN 函数），或重新输入这一格。`;
  }
  if (!isName) return undefined;
  for (const name of names()) {
    if ([...name].length > LIMITS.name) {
      return `“${column}”中的“${shown(name)}”超过 ${LIMITS.name} 字的上限：写出来源中的名称即可。`;
    }
    const start = formulaStart(name);
    if (start) {
      return `“${column}”中的“${shown(name)}”以“${start}”开头：电子表格会把它当作公式执行，不能作为名称导入。删掉开头的“${start}”，或改用来源中的写法。`;
    }
  }
  return undefined;
}
