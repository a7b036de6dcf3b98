/**
 * Writes the import template sheets (`templates/示范点导入模板.csv` and `.xlsx`) from the column
 * map in scripts/lib/import/sheetColumns.ts. Run after changing the columns: `npm run import:template`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeExcelFile from 'write-excel-file/node';
import { TEMPLATE_NAME, templateCsv, templateHelpRows, templateRows } from './lib/import/importTemplate';

const dir = fileURLToPath(new URL('../templates/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${TEMPLATE_NAME}.csv`), templateCsv());
const bold = (row: (string | number)[]) => row.map((value) => ({ value, fontWeight: 'bold' as const }));
const [header = [], ...examples] = templateRows();
const [helpHeader = [], ...help] = templateHelpRows();
await writeExcelFile([
  {
    sheet: '示范点',
    data: [bold(header), ...examples],
    stickyRowsCount: 1,
    columns: header.map(() => ({ width: 16 })),
  },
  { sheet: '说明', data: [bold(helpHeader), ...help], columns: [{ width: 12 }, { width: 100 }] },
]).toFile(join(dir, `${TEMPLATE_NAME}.xlsx`));
console.log(`已生成 templates/${TEMPLATE_NAME}.csv 和 templates/${TEMPLATE_NAME}.xlsx`);
