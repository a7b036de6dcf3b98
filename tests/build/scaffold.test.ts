/**
 * `npm run new` skeletons: every kind is a file the content guard reads, rejects while the
 * placeholders are unfilled, and accepts once they are filled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkContent, checkFile } from '../../src/lib/content/contentIssues';
import { readFrontmatter } from '../../src/lib/content/frontmatter';
import { PLACEHOLDER, SCAFFOLD_FOLDER, type ScaffoldKind, scaffold } from '../../scripts/lib/scaffold/scaffold';

const root = join(import.meta.dirname, '../..');
const work = '.tmp-tests/scaffold';
afterAll(() => rmSync(join(root, work), { recursive: true, force: true }));

/** What an editor would type into each placeholder. */
const FILLED: Record<ScaffoldKind, [RegExp, string][]> = {
  unit: [
    [/^name: ""$/m, 'name: 测试单位'],
    [/^region: 待填写$/m, 'region: 包头市'],
    [/^category: 待填写$/m, 'category: 社区'],
    [/^status: 待填写$/m, 'status: related-site'],
    [/^ {2}- title: ""$/m, '  - title: 测试来源'],
  ],
  story: [
    [/^title: ""$/m, 'title: 测试标题'],
    [/^summary: ""$/m, 'summary: 测试概括。'],
    [/^date: 待填写$/m, 'date: 2022-10-14'],
    [/^speaker: ""$/m, 'speaker: 测试单位'],
    [/^region: 待填写$/m, 'region: 包头市'],
    [/^ {2}publication: ""$/m, '  publication: 内蒙古日报'],
    [/^ {2}date: 待填写$/m, '  date: 2022-10-14'],
  ],
  route: [
    [/^name: ""$/m, 'name: 测试线路'],
    [/^theme: ""$/m, 'theme: 测试主题'],
    [/^kind: 待填写$/m, 'kind: suggestion'],
    [/^ {2}- unit: 待填写$/m, '  - unit: bt-a'],
    [/^ {2}- unit: 待填写$/m, '  - unit: bt-b'],
    [/^ {2}- title: ""$/m, '  - title: 测试来源'],
  ],
};

for (const kind of ['unit', 'story', 'route'] as const) {
  test(`a new ${kind} is rejected until its placeholders are filled, then accepted`, () => {
    const collection = SCAFFOLD_FOLDER[kind] as 'units' | 'stories' | 'routes';
    const file = `content/${collection}/x-new.mdx`;
    const text = scaffold(kind, 'x-new', '2026-11-29');
    const blank = readFrontmatter(text);
    expect(blank.error).toBeUndefined();
    expect(checkFile(collection, { file, data: blank.data }).length).toBeGreaterThan(0);

    let filled = text;
    for (const [pattern, value] of FILLED[kind]) {
      expect(filled).toMatch(pattern);
      filled = filled.replace(pattern, value);
    }
    const fields = filled
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .join('\n');
    expect(fields).not.toContain(PLACEHOLDER);
    expect(fields).not.toMatch(/: ""$/m);
    const data = readFrontmatter(filled).data;
    const unit = (id: string) => ({
      file: `content/units/${id}.mdx`,
      data: {
        id,
        name: id,
        region: '包头市',
        category: '社区',
        status: 'related-site',
        sources: [{ title: 't' }],
        updated: '2024-01-01',
      },
    });
    const files = { units: [unit('bt-a'), unit('bt-b')], stories: [], routes: [] } as Parameters<
      typeof checkContent
    >[0];
    files[collection] = [...files[collection], { file, data }];
    expect(checkContent(files)).toEqual([]);
  });
}

test('npm run new writes the file and refuses to overwrite it', () => {
  mkdirSync(join(root, work), { recursive: true });
  const run = () =>
    spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/new-content.ts', 'unit', 'bt-test-new'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: `${work}/content` },
      encoding: 'utf8',
    });
  const first = run();
  const path = join(root, work, 'content', 'units', 'bt-test-new.mdx');
  expect(first.status).toBe(0);
  expect(readFileSync(path, 'utf8')).toContain('id: bt-test-new');
  writeFileSync(path, 'edited');
  const second = run();
  expect(second.status).toBe(2);
  expect(second.stderr).toContain('已经存在，没有覆盖');
  expect(readFileSync(path, 'utf8')).toBe('edited');
  expect(existsSync(path)).toBe(true);
}, 60_000); // two runs of tsx, which may share the machine with a build
