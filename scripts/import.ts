/**
 * Imports an official point list (.xlsx or .csv) into `content/units/` and `content/routes/`.
 * A dry run by default: prints what would be created, updated, left unchanged and rejected, with
 * row numbers and reasons; `--write` writes the files. See docs/内容编辑指南.md.
 *
 *   npm run import -- 示范点.xlsx
 *   npm run import -- 示范点.csv --crs gcj02 --write
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { count, LIMITS } from './lib/import/cellCheck';
import { readContentFiles } from './lib/import/contentRead';
import { CRS_VALUES, type Crs } from './lib/import/coordinates';
import { formatReport } from './lib/import/importReport';
import { planImport } from './lib/import/sheetImport';
import { type Encoding, readSheetFile } from './lib/import/sheetRead';
import { printable } from './lib/import/terminalText';
import { writeAll } from './lib/import/writeFiles';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `用法：npm run import -- <表格.xlsx|表格.csv> [--write] [--crs wgs84|gcj02|bd09] [--encoding utf8|gb18030] [--content 目录]

  默认只预演：列出将新建、更新、不变和被拒绝的行，不写任何文件。
  --write      确认报告无误后，写入文件
  --crs        “坐标系”列为空的行使用的坐标系（默认 wgs84；高德、腾讯为 gcj02，百度为 bd09）
  --encoding   CSV 文件的编码（默认自动识别：UTF-8，否则按 GB18030）
  --content    内容目录（默认 content，或环境变量 CONTENT_DIR）`;

// Everything printed passes through printable(): cells and file names may carry escape sequences.
function fail(message: string, usage = true): never {
  process.stderr.write(printable(`import：${message}${usage ? `\n\n${USAGE}` : ''}\n`));
  process.exit(2);
}

function readOptions() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        write: { type: 'boolean', default: false },
        crs: { type: 'string' },
        encoding: { type: 'string' },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (positionals.length !== 1) fail('请给出一个 .xlsx 或 .csv 文件。');
    if (values.crs !== undefined && !(CRS_VALUES as readonly string[]).includes(values.crs)) {
      fail(`--crs 只能是 ${CRS_VALUES.join('、')}，收到“${values.crs}”。`);
    }
    if (values.encoding !== undefined && !['utf8', 'gb18030'].includes(values.encoding)) {
      fail(`--encoding 只能是 utf8 或 gb18030，收到“${values.encoding}”。`);
    }
    return {
      file: positionals[0] as string,
      write: values.write,
      crs: values.crs as Crs | undefined,
      encoding: values.encoding as Encoding | undefined,
      contentDir: values.content ?? process.env.CONTENT_DIR ?? 'content',
    };
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

const options = readOptions();
// npm runs scripts from the project root; the file name is relative to where the editor typed it.
const path = resolve(process.env.INIT_CWD ?? process.cwd(), options.file);
if (!existsSync(path)) fail(`找不到文件 ${options.file}。`);
if (statSync(path).size > LIMITS.fileBytes) {
  fail(
    `${options.file} 有 ${count(statSync(path).size)} 字节，超过 ${count(LIMITS.fileBytes / 1024 / 1024)} MB 的上限：一张导入表最多 ${count(LIMITS.rows)} 行，检查是不是选错了文件。`,
    false,
  );
}
const contentDir = relative(ROOT, join(ROOT, options.contentDir)) || '.';
let rows: string[][];
try {
  ({ rows } = await readSheetFile(path, readFileSync(path), options.encoding));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const plan = planImport({
  fileName: options.file,
  rows,
  crs: options.crs,
  contentDir,
  existing: readContentFiles(ROOT, contentDir),
  today: new Date().toISOString().slice(0, 10),
});
if (options.write) {
  try {
    writeAll(ROOT, plan.writes);
  } catch (error) {
    process.stderr.write(printable(`import：${error instanceof Error ? error.message : String(error)}\n`));
    process.exit(1);
  }
}
process.stdout.write(printable(formatReport(plan, { written: options.write })));
process.exit(plan.fatal.length > 0 ? 1 : 0);
