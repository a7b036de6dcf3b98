/**
 * The spreadsheet import: reading .csv (UTF-8, BOM + CRLF, GB18030) and .xlsx, converting
 * coordinates to WGS84, rejecting bad rows with their row numbers, the report an editor reads,
 * and that re-imports change nothing but what the sheet carries.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { checkFile } from '../../../src/lib/content/contentIssues';
import { readFrontmatter } from '../../../src/lib/content/frontmatter';
import { TEMPLATE_NAME, templateRows } from '../../../scripts/lib/import/importTemplate';
import { COLUMNS, guessHeader } from '../../../scripts/lib/import/sheetColumns';
import { STATUSES } from '../../../src/lib/content/taxonomy';
import { readContentFiles } from '../../../scripts/lib/import/contentRead';
import { toWgs84 } from '../../../scripts/lib/import/coordinates';
import type { ImportPlan } from '../../../scripts/lib/import/importPlan';
import { formatReport } from '../../../scripts/lib/import/importReport';
import { planImport } from '../../../scripts/lib/import/sheetImport';
import { decodeCsv, parseCsv, readSheetFile } from '../../../scripts/lib/import/sheetRead';

const root = join(import.meta.dirname, '../../..');
const fixtures = join(import.meta.dirname, '../../fixtures/import');
const work = '.tmp-tests/sheet-import';
const contentDir = `${work}/content`;
const TODAY = '2026-11-29';

/** Metres between two WGS84 points (equirectangular; exact enough over a few kilometres). */
function metres(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.hypot(x, y) * 6_371_000;
}

async function rowsOf(name: string): Promise<string[][]> {
  return (await readSheetFile(name, readFileSync(join(fixtures, name)))).rows;
}

function plan(rows: string[][], fileName = 'sheet.csv'): ImportPlan {
  return planImport({ fileName, rows, contentDir, existing: readContentFiles(root, contentDir), today: TODAY });
}

function apply(p: ImportPlan): void {
  for (const { file, text } of p.writes) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

const read = (file: string) => readFileSync(join(root, file), 'utf8');
/** A file's data as Astro reads it (a plain `YYYY-MM-DD` is a date). */
const dataOf = (file: string) => readFrontmatter(read(file)).data as Record<string, unknown>;

beforeEach(() => {
  rmSync(join(root, work), { recursive: true, force: true });
  mkdirSync(join(root, contentDir, 'units'), { recursive: true });
  mkdirSync(join(root, contentDir, 'routes'), { recursive: true });
  mkdirSync(join(root, contentDir, 'stories'), { recursive: true });
});
afterAll(() => rmSync(join(root, work), { recursive: true, force: true }));

describe('coordinates to WGS84, against pairs published by the map vendors', () => {
  // AMap web service "坐标转换" documentation example (https://lbs.amap.com/api/webservice/guide/api/convert):
  // locations=116.481499,39.990475 with coordsys=gps returns 116.487585177952,39.991754014757 (GCJ-02).
  test('GCJ-02 (AMap documentation example) back to its WGS84 point within 3 m', () => {
    const wgs = toWgs84(116.487585177952, 39.991754014757, 'gcj02');
    expect(metres(wgs, { lng: 116.481499, lat: 39.990475 })).toBeLessThan(3);
  });

  // Alibaba Cloud address purification "坐标系转换" (TransferCoord) documentation example
  // (https://help.aliyun.com/zh/address-purification/addrpapi/developer-reference/coordinate-system-conversion):
  // GCJ02 120.026268,30.279164 = BD09 120.032768,30.285238 = WGS84 120.021519,30.281543.
  test('GCJ-02 and BD-09 (Alibaba Cloud documentation example) to WGS84 within 3 m', () => {
    const expected = { lng: 120.021519, lat: 30.281543 };
    expect(metres(toWgs84(120.026268, 30.279164, 'gcj02'), expected)).toBeLessThan(3);
    expect(metres(toWgs84(120.032768, 30.285238, 'bd09'), expected)).toBeLessThan(3);
  });

  test('WGS84 passes through unchanged', () => {
    expect(toWgs84(109.8402, 40.6571, 'wgs84')).toEqual({ lng: 109.8402, lat: 40.6571 });
  });
});

describe('the official list', () => {
  test('a unit on the published list imports with the official-list status and its list as source', () => {
    const rows = [
      ['名称', '盟市', '旗县区', '状态', '来源', '来源链接'],
      [
        '测试示范点庚（虚构）',
        '包头市',
        '青山区',
        '示范点（官方名单）',
        '测试来源：虚构的40个示范点名单',
        'https://example.org/list',
      ],
    ];
    const p = plan(rows);
    expect(p.units).toMatchObject([{ row: 2, outcome: 'created' }]);
    apply(p);
    expect(dataOf(p.units[0]?.file as string)).toMatchObject({
      status: 'official-list',
      sources: [{ title: '测试来源：虚构的40个示范点名单', url: 'https://example.org/list' }],
    });
  });
});

describe('reading sheets', () => {
  test('a GB18030 CSV, as Chinese Excel saves it, is recognised and read', async () => {
    const bytes = readFileSync(join(fixtures, 'gb18030.csv'));
    expect(decodeCsv(bytes).encoding).toBe('gb18030');
    const rows = await rowsOf('gb18030.csv');
    expect(rows[0]).toEqual(['名称', '盟市', '旗县区', '状态', '来源']);
    const p = plan(rows);
    expect(p.units).toMatchObject([{ row: 2, name: '测试示范点己（虚构）', outcome: 'created' }]);
    apply(p);
    expect(dataOf(p.units[0]?.file as string)).toMatchObject({ district: '九原区', status: 'point-other-source' });
  });

  test('a UTF-8 CSV with a byte-order mark and CRLF line ends; 高德 coordinates converted', async () => {
    const rows = await rowsOf('bom-crlf.csv');
    expect(rows[0]?.[0]).toBe('名称');
    expect(rows.at(-1)?.at(-1)).toBe('测试来源：虚构的名单');
    const p = plan(rows);
    apply(p);
    const location = dataOf(p.units[0]?.file as string).location as { lat: number; lng: number; precision: number };
    expect(location).toMatchObject({ ...toWgs84(109.95, 40.62, 'gcj02'), precision: 500 });
    // GCJ-02 is offset by several hundred metres from WGS84 here: the value was converted.
    expect(metres(location, { lng: 109.95, lat: 40.62 })).toBeGreaterThan(200);
  });

  test('an .xlsx file with numeric coordinate cells', async () => {
    const file = join(root, work, 'points.xlsx');
    const header = ['名称', '盟市', '状态', '经度', '纬度', '坐标系', '精度（米）', '来源', '来源链接'];
    await writeExcelFile([
      header,
      [
        '测试示范点庚（虚构）',
        '包头市',
        '示范点（其他来源）',
        109.9,
        40.6,
        'BD-09',
        30,
        '测试来源',
        'https://example.org/x',
      ],
    ]).toFile(file);
    const { rows } = await readSheetFile(file, readFileSync(file));
    const p = plan(rows, 'points.xlsx');
    expect(p.units).toMatchObject([{ row: 2, outcome: 'created' }]);
    apply(p);
    expect(dataOf(p.units[0]?.file as string)).toMatchObject({
      name: '测试示范点庚（虚构）',
      location: { ...toWgs84(109.9, 40.6, 'bd09'), precision: 30, note: '导入表坐标（BD-09，已换算为 WGS84）' },
      sources: [{ title: '测试来源', url: 'https://example.org/x' }],
    });
  });

  test('an old .xls or other file is refused with what to do', async () => {
    await expect(readSheetFile('名单.xls', new Uint8Array())).rejects.toThrow('另存为” .xlsx');
  });
});

describe('the import plan', () => {
  test('units and a route with its stops in order, all passing the content checks', async () => {
    const p = plan(await rowsOf('points.csv'));
    expect(p.units.map((u) => u.outcome)).toEqual(['created', 'created', 'created', 'created']);
    expect(formatReport(p, { written: false })).toMatchInlineSnapshot(`
      "导入预演（没有写入任何文件）：sheet.csv，4 行数据
      单位：新建 4，更新 0，不变 0，拒绝 0
      线路：新建 1，更新 0，不变 0，拒绝 0

      新建：
        第 2 行 测试示范点甲（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshishifandianjiaxugou.mdx
        第 3 行 测试示范点乙（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshishifandianyixugou.mdx
        第 4 行 测试示范点丙（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshishifandianbingxugou.mdx
        第 5 行 测试示范点丁（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshishifandiandingxugou.mdx

      线路：
        新建 测试线路一（第 2、3、4 行，3 站） → .tmp-tests/sheet-import/content/routes/route-ceshixianluyi.mdx

      新建的线路主题记为“待补充”：写入后在文件里补写 theme 和介绍。
      新建的单位还没有正文：写入后打开文件，在第二个 --- 下面用本站的话补写介绍。
      确认无误后加上 --write 重新运行，才会写入这 5 个文件；被拒绝的行不会写入。
      "
    `);
    expect(p.routes).toMatchObject([{ name: '测试线路一', outcome: 'created', stops: 3, rows: [2, 3, 4] }]);
    apply(p);
    const route = dataOf(p.routes[0]?.file as string);
    expect(route).toMatchObject({ kind: 'official', sources: [{ url: 'https://example.org/list' }] });
    expect(route.stops).toEqual([
      { unit: 'baotou-ceshishifandianjiaxugou', minutes: 30 },
      { unit: 'baotou-ceshishifandianyixugou', minutes: 45 },
      { unit: 'baotou-ceshishifandianbingxugou', minutes: 60 },
    ]);
    const first = dataOf(p.units[0]?.file as string);
    expect(first).toMatchObject({
      shortName: '测试甲',
      district: '昆都仑区',
      category: '社区',
      address: '测试路1号',
      visit: { opening: '周一至周五 9:00–17:00', booking: '测试办公室 0472-0000001' },
      updated: new Date(TODAY),
    });
    // A row without category is filed as 待核实; one without coordinates has no location.
    expect(dataOf(p.units[3]?.file as string)).toMatchObject({ category: '待核实', status: 'related-site' });
    expect(dataOf(p.units[3]?.file as string).location).toBeUndefined();
    for (const w of p.writes) {
      const collection = w.file.includes('/routes/') ? 'routes' : 'units';
      expect(checkFile(collection, { file: w.file, data: readFrontmatter(w.text).data })).toEqual([]);
    }
  });

  test('the report of a sheet with bad rows names each row and what to do', async () => {
    const p = plan(await rowsOf('problems.csv'), 'problems.csv');
    expect(p.writes.map((w) => w.file.split('/').at(-1))).toEqual([
      'baotou-ceshidianyixugou.mdx',
      'baotou-ceshidianwuxugou.mdx',
      'baotou-ceshidianliuxugou.mdx',
      'baotou-ceshidianqixugou.mdx',
    ]);
    expect(formatReport(p, { written: false })).toMatchInlineSnapshot(`
      "导入预演（没有写入任何文件）：problems.csv，8 行数据
      单位：新建 4，更新 0，不变 0，拒绝 4
      线路：新建 0，更新 0，不变 0，拒绝 3

      提示：
        第 11 列“开放时段”不是导入表的列名，这一列没有导入。是不是“开放时间”？改好列名后重新导入。
        第 12 列“备注”不是导入表的列名，这一列没有导入。如需导入，请按模板改列名；否则可删除这一列。

      拒绝：
        第 3 行 测试点二（虚构）
          经度和纬度似乎填反了（经度 40.61，纬度 109.81）：把两列的值对调。
        第 4 行 测试点一（虚构）
          名称与第 2 行重复：同一单位只能占一行；若确是两个单位，请写出能区分它们的全称。
        第 5 行 测试点三（虚构）
          坐标（经度 121.47，纬度 31.23）不在内蒙古范围内（纬度 37–54，经度 97–127）：核对取点和正负号。
        第 6 行 测试点四（虚构）
          没有“来源”：导入的每一条都要写明出处（文件名称、报道标题或网页名称），有网址时填“来源链接”。

      新建：
        第 2 行 测试点一（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshidianyixugou.mdx
        第 7 行 测试点五（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshidianwuxugou.mdx
        第 8 行 测试点六（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshidianliuxugou.mdx
        第 9 行 测试点七（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshidianqixugou.mdx

      线路：
        拒绝 测试线路二（第 2、3 行）
          第 3 行（测试点二（虚构））没有导入，线路缺了这一站。
        拒绝 测试线路三（第 6、7 行）
          第 6 行（测试点四（虚构））没有导入，线路缺了这一站。
        拒绝 测试线路四（第 8、9 行）
          线路顺序不连续：缺少第 2 站。线路不会自动重新编号：补上缺的那一行，或把顺序改成从 1 起连续的编号。

      新建的单位还没有正文：写入后打开文件，在第二个 --- 下面用本站的话补写介绍。
      确认无误后加上 --write 重新运行，才会写入这 4 个文件；被拒绝的行不会写入。
      "
    `);
  });

  test('a sheet without the required columns is refused as a whole', () => {
    const p = plan([
      ['单位', '地址'],
      ['测试', '某路'],
    ]);
    expect(p.writes).toEqual([]);
    expect(formatReport(p, { written: false })).toMatchInlineSnapshot(`
      "导入预演（没有写入任何文件）：sheet.csv，1 行数据

      无法导入：
        表头没有“名称”列（第 1 行应是列名，见 templates/ 中的模板）。
        表头没有“来源”列（第 1 行应是列名，见 templates/ 中的模板）。
      "
    `);
  });

  test('re-importing the same sheet changes nothing, byte for byte', async () => {
    const rows = await rowsOf('points.csv');
    apply(plan(rows));
    const files = readContentFiles(root, contentDir);
    const again = plan(rows);
    expect(again.writes).toEqual([]);
    expect(again.units.map((u) => u.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(again.routes.map((r) => r.outcome)).toEqual(['unchanged']);
    apply(again);
    expect(readContentFiles(root, contentDir)).toEqual(files);
  });

  test('an updated sheet changes only what it carries, and keeps the body text and other fields', async () => {
    const rows = await rowsOf('points.csv');
    const first = plan(rows);
    apply(first);
    const file = first.units[0]?.file as string;
    // The editor writes the body, adds a field the sheet does not carry and a comment.
    const edited = read(file).replace('---\n', '---\n# 编辑备注：已电话核实\n') + '\n编辑写的正文，导入不能覆盖。\n';
    writeFileSync(
      join(root, file),
      edited
        .replace('updated:', 'confidence: 存在与身份：高\nupdated:')
        .replace('updated: 2026-11-29', 'updated: 2026-01-01'),
    );
    // 地址 changes; an empty 简称 cell leaves the existing short name alone.
    const changed = rows.map((r, i) =>
      i === 1 ? r.map((c, j) => (c === '测试路1号' ? '测试路2号' : j === 1 ? '' : c)) : r,
    );
    const p = plan(changed, 'points-v2.csv');
    expect(p.units.map((u) => u.outcome)).toEqual(['updated', 'unchanged', 'unchanged', 'unchanged']);
    expect(p.units[0]?.changes).toEqual(['地址']);
    apply(p);
    const text = read(file);
    expect(text).toContain('# 编辑备注：已电话核实');
    expect(text.endsWith('\n编辑写的正文，导入不能覆盖。\n')).toBe(true);
    expect(dataOf(file)).toMatchObject({
      address: '测试路2号',
      shortName: '测试甲',
      confidence: '存在与身份：高',
      updated: new Date(TODAY),
    });
  });

  test('new stop times update the route and keep the notes editors wrote on its stops', async () => {
    const rows = await rowsOf('points.csv');
    const first = plan(rows);
    apply(first);
    const file = first.routes[0]?.file as string;
    writeFileSync(join(root, file), read(file).replace('minutes: 30', 'minutes: 30\n  note: 先看展厅') + '正文。\n');
    const minutesAt = rows[0]?.indexOf('停留分钟');
    const changed = rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === minutesAt ? '50' : c)) : r));
    const p = plan(changed);
    expect(p.routes).toMatchObject([{ outcome: 'updated', changes: ['站点'] }]);
    apply(p);
    expect(formatReport(p, { written: true })).toMatchInlineSnapshot(`
      "导入：sheet.csv，4 行数据
      单位：新建 0，更新 0，不变 4，拒绝 0
      线路：新建 0，更新 1，不变 0，拒绝 0

      不变：
        第 2 行 测试示范点甲（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshishifandianjiaxugou.mdx
        第 3 行 测试示范点乙（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshishifandianyixugou.mdx
        第 4 行 测试示范点丙（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshishifandianbingxugou.mdx
        第 5 行 测试示范点丁（虚构） → .tmp-tests/sheet-import/content/units/baotou-ceshishifandiandingxugou.mdx

      线路：
        更新 测试线路一（第 2、3、4 行，3 站） → .tmp-tests/sheet-import/content/routes/route-ceshixianluyi.mdx（改动：站点）

      已写入 1 个文件。
      "
    `);
    expect(dataOf(file).stops).toEqual([
      { unit: 'baotou-ceshishifandianjiaxugou', minutes: 30, note: '先看展厅' },
      { unit: 'baotou-ceshishifandianyixugou', minutes: 50 },
      { unit: 'baotou-ceshishifandianbingxugou', minutes: 60 },
    ]);
    expect(read(file).endsWith('---\n正文。\n')).toBe(true);
  });

  test('a unit already in the content is found by its name; only the changed lines of its file change', () => {
    const file = `${contentDir}/units/bt-hand-written.mdx`;
    const before = [
      '---',
      'id: bt-hand-written',
      'name: 测试手写单位',
      'aliases:',
      '- 旧称 # 编辑的注释',
      'region: 包头市',
      'category: 社区',
      'status: related-site',
      'sources:',
      '- title: 旧来源',
      '  note: 旁证',
      'updated: 2025-01-01',
      '---',
      '',
      '正文。',
      '',
    ];
    writeFileSync(join(root, file), before.join('\n'));
    const p = plan([
      ['名称', '旗县区', '来源'],
      ['测试手写单位', '青山区', '旧来源'],
    ]);
    expect(p.units).toMatchObject([{ outcome: 'updated', file, changes: ['旗县区'] }]);
    apply(p);
    const after = read(file).split('\n');
    expect(after.filter((line) => !before.includes(line))).toEqual(['district: 青山区', `updated: ${TODAY}`]);
    expect(before.filter((line) => !after.includes(line))).toEqual(['updated: 2025-01-01']);
  });
});

describe('the template sheets', () => {
  test('carry every column of the import, and the example row is never imported', async () => {
    const headers = COLUMNS.map((c) => c.header);
    for (const ext of ['csv', 'xlsx']) {
      const path = join(root, 'templates', `${TEMPLATE_NAME}.${ext}`);
      const { rows } = await readSheetFile(path, readFileSync(path));
      expect(rows[0]).toEqual(headers);
      expect(rows[1]?.[1]).toBe(String(templateRows()[1]?.[1]));
      const p = plan(rows);
      expect(p.writes).toEqual([]);
      expect(p.units[0]?.reasons).toEqual(['这是模板里的示例行，不会导入：删除这一行，从下一行起填写真实的单位。']);
    }
  });

  test("the editors' guide explains every column and every status", () => {
    const guide = readFileSync(join(root, 'docs', '内容编辑指南.md'), 'utf8');
    for (const column of COLUMNS) expect(guide).toContain(column.header);
    for (const status of STATUSES) expect(guide).toContain(`| \`${status.value}\``);
    expect(guide).toContain(`templates/\``);
  });

  test('a misspelt header gets a guess, an unrelated one does not', () => {
    expect(guessHeader('开放时段')).toBe('开放时间');
    expect(guessHeader('精度（m）')).toBe('精度（米）');
    expect(guessHeader('备注')).toBeUndefined();
  });
});

describe('broken input', () => {
  test('a CSV with an unclosed quote names the line', () => {
    expect(() => parseCsv('名称,来源\n"测试,来源\n')).toThrow(/CSV 文件第 \d+ 行附近格式有误/);
  });

  test('aliases from the sheet are added to those an editor wrote', () => {
    const file = `${contentDir}/units/bt-hand-written.mdx`;
    writeFileSync(
      join(root, file),
      '---\nid: bt-hand-written\nname: 测试手写单位\naliases: [编辑加的别名]\nregion: 包头市\ncategory: 社区\nstatus: related-site\nsources:\n  - title: 旧来源\nupdated: 2025-01-01\n---\n',
    );
    const p = plan([
      ['名称', '别名', '来源'],
      ['测试手写单位', '表里的别名；编辑加的别名', '旧来源'],
    ]);
    apply(p);
    expect(dataOf(file).aliases).toEqual(['编辑加的别名', '表里的别名']);
    // A later sheet that names the unit by an alias updates the same file and keeps its full name.
    const q = plan([
      ['名称', '地址', '来源'],
      ['表里的别名', '测试路3号', '旧来源'],
    ]);
    expect(q.units).toMatchObject([{ outcome: 'updated', file, changes: ['地址'] }]);
    apply(q);
    expect(dataOf(file)).toMatchObject({ name: '测试手写单位', address: '测试路3号' });
  });
});

test('two rows naming the same unit (by name and by alias) are not both imported', () => {
  writeFileSync(
    join(root, contentDir, 'units', 'bt-one.mdx'),
    '---\nid: bt-one\nname: 测试单位全称\naliases: [测试简称]\nregion: 包头市\ncategory: 社区\nstatus: related-site\nsources:\n  - title: 来源\nupdated: 2025-01-01\n---\n',
  );
  const p = plan([
    ['名称', '地址', '来源'],
    ['测试单位全称', '甲路', '来源'],
    ['测试简称', '乙路', '来源'],
  ]);
  expect(p.units.map((u) => [u.row, u.outcome, u.reasons])).toEqual([
    [2, 'updated', undefined],
    [3, 'rejected', ['与第 2 行是同一个单位（编号 bt-one）：同一单位只能占一行，合并这两行。']],
  ]);
});
