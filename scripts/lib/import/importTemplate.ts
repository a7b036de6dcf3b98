/**
 * The content of the import template sheets in `templates/`: the header row from the column map
 * and one example row that is obviously an example. Kept here so the template, the importer and
 * the tests read the same columns.
 */
import { csvFile } from '../../../src/lib/text';
import { COLUMNS } from './sheetColumns';

/** Base name of the template files in `templates/`. */
export const TEMPLATE_NAME = '示范点导入模板';

/** Header row and example row of the template. */
export function templateRows(): (string | number)[][] {
  return [COLUMNS.map((c) => c.header), COLUMNS.map((c) => c.example)];
}

/** The template as CSV: UTF-8 with a byte-order mark (so Excel reads the Chinese) and CRLF line ends. */
export function templateCsv(): string {
  return csvFile(templateRows());
}

/** The 说明 sheet of the .xlsx template: each column and what to write in it. */
export function templateHelpRows(): string[][] {
  return [['列名', '填写说明'], ...COLUMNS.map((c) => [c.header, c.help])];
}
