/**
 * A sheet is untrusted input. Cells that a YAML reader could take for something other than text
 * come back from the written files as the same text, read the way Astro reads them; names that a
 * spreadsheet would run as formulas, control characters, overlong cells and headers, and too many
 * rows are refused with the row and column; what the importer prints carries no terminal escape
 * sequences; and a write that fails leaves the content as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../../src/lib/content/frontmatter';
import { LIMITS } from '../../../scripts/lib/import/cellCheck';
import { readContentFiles } from '../../../scripts/lib/import/contentRead';
import type { ImportPlan } from '../../../scripts/lib/import/importPlan';
import { formatReport } from '../../../scripts/lib/import/importReport';
import { planImport } from '../../../scripts/lib/import/sheetImport';
import { readSheetFile } from '../../../scripts/lib/import/sheetRead';
import { printable } from '../../../scripts/lib/import/terminalText';
import { type FileOps, writeAll } from '../../../scripts/lib/import/writeFiles';

const root = join(import.meta.dirname, '../../..');
const fixtures = join(import.meta.dirname, '../../fixtures/import');
const work = '.tmp-tests/hostile-sheet';
const contentDir = `${work}/content`;

const rowsOf = async (name: string) => (await readSheetFile(name, readFileSync(join(fixtures, name)))).rows;
const plan = (rows: string[][]): ImportPlan =>
  planImport({
    fileName: 'sheet.csv',
    rows,
    contentDir,
    existing: readContentFiles(root, contentDir),
    today: '2026-11-29',
  });
/** Every file under the content folder with its bytes. */
const snapshot = () =>
  readdirSync(join(root, contentDir), { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => [f, existsSync(join(root, contentDir, f, '.')) ? '' : readFileSync(join(root, contentDir, f), 'utf8')]);

beforeEach(() => {
  rmSync(join(root, work), { recursive: true, force: true });
  for (const c of ['units', 'routes', 'stories']) mkdirSync(join(root, contentDir, c), { recursive: true });
});
afterAll(() => rmSync(join(root, work), { recursive: true, force: true }));

describe('text that YAML could read as something else', () => {
  test('comes back from the written file as the same text, read as Astro reads it', async () => {
    const p = plan(await rowsOf('yaml-text.csv'));
    expect(p.units).toMatchObject([{ outcome: 'created' }]);
    const text = p.writes[0]?.text ?? '';
    // Astro's own reader (js-yaml), straight on the file.
    const astro = parseFrontmatter(text).frontmatter as Record<string, unknown>;
    expect(astro).toMatchObject({
      shortName: '0b101',
      aliases: ['yes', '~', '1e3', '0x1F', 'on', 'null', '12:30'],
      address: '2022-09-01',
      visit: { opening: '1_000', booking: '+1 (0472) 000' },
      sources: [{ title: '2022-09-01', date: new Date('2022-09-01') }],
      updated: new Date('2026-11-29'),
    });
    expect(readFrontmatter(text).data).toEqual(astro);
    // Dates meant as dates stay plain, as editors write them.
    expect(text).toContain('\nupdated: 2026-11-29\n');
    expect(text).toContain('  date: 2022-09-01\n');
    expect(text).toContain('\naddress: "2022-09-01"\n');
  });

  test('an update writes the same way, and the rest of the file is untouched', async () => {
    const file = `${contentDir}/units/bt-hand-written.mdx`;
    const before =
      '---\nid: bt-hand-written\nname: 测试示范点戊（虚构）\nregion: 包头市\ncategory: 社区\nstatus: related-site\nsources:\n  - title: 旧来源\nupdated: 2025-01-01\n---\n正文。\n';
    writeFileSync(join(root, file), before);
    const p = plan(await rowsOf('yaml-text.csv'));
    expect(p.units).toMatchObject([{ outcome: 'updated', file }]);
    const text = p.writes[0]?.text ?? '';
    expect(text).toContain('\nshortName: "0b101"\n');
    expect(text.endsWith('---\n正文。\n')).toBe(true);
    expect(readFrontmatter(text).data).toMatchObject({ shortName: '0b101', address: '2022-09-01' });
  });
});

describe('a sheet of bad cells', () => {
  test('each bad cell is refused with its row and column, and the report carries no escape sequence', async () => {
    const p = plan(await rowsOf('hostile.csv'));
    expect(p.writes.map((w) => w.file.split('/').at(-1))).toEqual(['baotou-ceshidianzhengchangxugou.mdx']);
    expect(p.routes).toEqual([]);
    const report = printable(formatReport(p, { written: false }));
    // eslint-disable-next-line no-control-regex -- the report must hold none
    expect(report).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(report).toMatchInlineSnapshot(`
      "导入预演（没有写入任何文件）：sheet.csv，12 行数据
      单位：新建 1，更新 0，不变 0，拒绝 11

      拒绝：
        第 2 行 =HYPERLINK("http://example.org/","点此")
          “名称”中的“=HYPERLINK("http://example.org/","点此")”以“=”开头：电子表格会把它当作公式执行，不能作为名称导入。删掉开头的“=”，或改用来源中的写法。
        第 3 行 +86 测试点（虚构）
          “名称”中的“+86 测试点（虚构）”以“+”开头：电子表格会把它当作公式执行，不能作为名称导入。删掉开头的“+”，或改用来源中的写法。
        第 4 行 -测试点（虚构）
          “名称”中的“-测试点（虚构）”以“-”开头：电子表格会把它当作公式执行，不能作为名称导入。删掉开头的“-”，或改用来源中的写法。
        第 5 行 @测试点（虚构）
          “名称”中的“@测试点（虚构）”以“@”开头：电子表格会把它当作公式执行，不能作为名称导入。删掉开头的“@”，或改用来源中的写法。
        第 6 行 测试点�垂直制表（虚构）
          “名称”含有看不见的控制字符（U+000B）：它会让网站的订阅和地图文件出错。在单元格里删掉它（Excel 可用 CLEAN 函数），或重新输入这一格。
        第 7 行 测试点地址转义（虚构）
          “地址”含有看不见的控制字符（U+001B）：它会让网站的订阅和地图文件出错。在单元格里删掉它（Excel 可用 CLEAN 函数），或重新输入这一格。
        第 8 行 测试点简称公式（虚构）
          “简称”中的“=1+1”以“=”开头：电子表格会把它当作公式执行，不能作为名称导入。删掉开头的“=”，或改用来源中的写法。
        第 9 行 测试点别名公式（虚构）
          “别名”中的“@别名”以“@”开头：电子表格会把它当作公式执行，不能作为名称导入。删掉开头的“@”，或改用来源中的写法。
        第 10 行 测试点线路公式（虚构）
          “线路”中的“=线路”以“=”开头：电子表格会把它当作公式执行，不能作为名称导入。删掉开头的“=”，或改用来源中的写法。
        第 11 行 测试点长地址（虚构）
          “地址”有 2,001 个字符，超过 2,000 字的上限：这一格多半粘贴错了，检查后改短再导入。
        第 12 行 长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长…
          “名称”有 101 个字符，超过 100 字的上限：这一格多半粘贴错了，检查后改短再导入。

      新建：
        第 13 行 测试点正常（虚构） → .tmp-tests/hostile-sheet/content/units/baotou-ceshidianzhengchangxugou.mdx

      新建的单位还没有正文：写入后打开文件，在第二个 --- 下面用本站的话补写介绍。
      确认无误后加上 --write 重新运行，才会写入这 1 个文件；被拒绝的行不会写入。
      "
    `);
  });

  test('a name that starts with a tab or carriage return is refused too', () => {
    const header = ['名称', '盟市', '状态', '来源'];
    for (const name of ['\t=1+1', '\r测试']) {
      const p = plan([header, [name, '包头市', '示范点（其他来源）', '测试来源']]);
      expect(p.units[0]?.outcome).toBe('rejected');
      expect(p.units[0]?.reasons?.[0]).toContain('电子表格会把它当作公式执行');
    }
  });

  test('a 10 MB cell and a 10 MB header are refused in well under a second, quoting 40 characters at most', () => {
    const huge = '表'.repeat(10 * 1024 * 1024);
    const started = performance.now();
    const p = plan([
      ['名称', '盟市', '状态', '来源', huge],
      [huge, '包头市', '示范点（其他来源）', '测试来源', ''],
      ['测试点（虚构）', '包头市', '示范点（其他来源）', huge, ''],
    ]);
    const report = formatReport(p, { written: false });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(p.writes).toEqual([]);
    expect(p.notices).toEqual([
      `第 5 列的列名“${'表'.repeat(40)}…”有 10,485,760 个字符，超过 50 字，不是导入表的列名，这一列没有导入。`,
    ]);
    expect(p.units.map((u) => u.reasons)).toEqual([
      ['“名称”有 10,485,760 个字符，超过 100 字的上限：这一格多半粘贴错了，检查后改短再导入。'],
      ['“来源”有 10,485,760 个字符，超过 2,000 字的上限：这一格多半粘贴错了，检查后改短再导入。'],
    ]);
    expect(report.length).toBeLessThan(2_000);
  });

  test('more rows than an import takes, or more columns, refuse the sheet as a whole', () => {
    const header = ['名称', '盟市', '状态', '来源'];
    const rows = Array.from({ length: LIMITS.rows + 1 }, (_, i) => [
      `测试点${i}`,
      '包头市',
      '示范点（其他来源）',
      '来源',
    ]);
    expect(plan([header, ...rows]).fatal).toEqual([
      '表格有 2,001 行数据，超过一次导入 2,000 行的上限：把表格分成几份，分批导入。',
    ]);
    const wide = [...header, ...Array.from({ length: LIMITS.columns }, (_, i) => `列${i}`)];
    expect(plan([wide]).fatal).toEqual([
      '第 1 行有 104 个列名，超过 100 列的上限：第 1 行应是导入表的列名（见 templates/ 中的模板），删去多余的列。',
    ]);
  });
});

describe('what the importer prints', () => {
  test('carries no terminal control or escape sequence, and keeps the text and line breaks', () => {
    const hostile =
      '第 2 行 \u001b[2J\u001b[31m红\u001b[0m\u001b]0;标题\u0007\u001b]8;;http://x/\u001b\\链接\u001b]8;;\u001b\\\u009b31m\u0007\r\n下一行\t\u202e右';
    expect(printable(hostile)).toBe('第 2 行 红链接\n下一行\t右');
  });
});

describe('writing the files', () => {
  const writes = [
    { file: `${contentDir}/units/a.mdx`, text: '---\nid: a\n---\n' },
    { file: `${contentDir}/units/b.mdx`, text: '---\nid: b\n---\n' },
    { file: `${contentDir}/new-folder/c.mdx`, text: '---\nid: c\n---\n' },
  ];

  test('a write that fails halfway leaves the content as it was, with a one-line message', () => {
    writeFileSync(join(root, contentDir, 'units', 'a.mdx'), '编辑的原文\n');
    const before = snapshot();
    let calls = 0;
    const ops: FileOps = {
      writeFileSync: (path, text) => {
        calls += 1;
        if (calls === 3) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        writeFileSync(path, text);
      },
      renameSync: () => {
        throw new Error('nothing may be renamed before every file is written');
      },
    };
    expect(() => writeAll(root, writes, ops)).toThrow(
      /^写入 \.tmp-tests\/hostile-sheet\/content\/new-folder\/c\.mdx 失败（ENOSPC），没有写入任何文件，内容保持原样。$/,
    );
    expect(snapshot()).toEqual(before);
  });

  test('a rename that fails puts back the files already replaced', () => {
    writeFileSync(join(root, contentDir, 'units', 'a.mdx'), '编辑的原文\n');
    const before = snapshot();
    let calls = 0;
    const ops: FileOps = {
      writeFileSync: (path, text) => writeFileSync(path, text),
      renameSync: (from, to) => {
        calls += 1;
        if (calls === 3) throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' });
        renameSync(from, to);
      },
    };
    expect(() => writeAll(root, writes, ops)).toThrow('已撤销本次写入，内容保持原样。');
    expect(snapshot()).toEqual(before);
  });

  test('all files are written when nothing fails', () => {
    writeAll(root, writes);
    expect(readFileSync(join(root, contentDir, 'new-folder', 'c.mdx'), 'utf8')).toBe('---\nid: c\n---\n');
    expect(snapshot().filter(([f]) => String(f).includes('.tmp'))).toEqual([]);
  });

  test('the command stops with one line and changes nothing when a file cannot be written', () => {
    // A folder where the route file would go: renaming the route into place fails after the units.
    mkdirSync(join(root, contentDir, 'routes', 'route-ceshixianluyi.mdx'));
    const before = snapshot();
    const result = spawnSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      ['scripts/import.ts', 'tests/fixtures/import/points.csv', '--write', '--content', contentDir],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `import：写入 ${contentDir}/routes/route-ceshixianluyi.mdx 失败（EISDIR），已撤销本次写入，内容保持原样。\n`,
    );
    expect(result.stdout).toBe('');
    expect(snapshot()).toEqual(before);
  }, 30_000);
});
