/**
 * Incremental builds (astro.config.mjs, src/lib/content/pageKeys.ts): a rebuild copies the pages
 * whose records, settings and code are unchanged from the last build, and renders again every page
 * that shows what changed. Three real `astro build`s of a copy of the content, with its own cache
 * folder: a cold one; one after editing a story's title and the name of a unit another story lists;
 * one with a setting of the environment changed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LOCAL_SITE_URL } from '../../src/lib/paths';

const root = join(import.meta.dirname, '../..');
const work = join(root, '.tmp-tests', 'incremental-build');
const contentDir = '.tmp-tests/incremental-build/content';
/** Astro's cache folder of this content: CACHE_DIR in src/lib/content/contentDir.ts. */
const cacheDir = join(root, 'node_modules', `.astro-${contentDir.replace(/[^\w]+/g, '-')}`);
const outDir = join(work, 'dist');

/** Its title is edited. */
const EDITED = 'bayannur-power-company';
/** Lists the unit whose name is edited. */
const LISTING = 'baotou-mw-urban-ethnic-work';
const UNIT = 'bt-zhulao-theme-park';
/** Shows neither. */
const UNTOUCHED = 'chenbaerhu-border';

const NEW_TITLE = '巴彦淖尔供电公司：标题改过一次';
const NEW_NAME = '主题公园（名称改过一次）';
const ICP = '蒙ICP备2024000001号-1';

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const edit = (path: string, from: RegExp, to: string) => {
  const file = join(root, contentDir, path);
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
};

interface Build {
  log: string;
  /** Paths Astro copied from the last build. */
  restored: Set<string>;
}

function build(env: Record<string, string> = {}): Build {
  const built = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: LOCAL_SITE_URL, CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
    timeout: 170_000,
  });
  const log = `${built.stdout}\n${built.stderr}`;
  expect(built.status, log).toBe(0);
  // Astro colours its log where it decides a terminal or CI wants colour: read it without.
  const plain = stripVTControlCharacters(log);
  const restored = new Set([...plain.matchAll(/(\/\S+) \(restored\)/g)].map((m) => m[1] ?? ''));
  return { log, restored };
}

let cold: Build;
let edited: Build;
let resettled: Build;
/** Pages of the untouched story after the cold build, and after the rebuild with the edits. */
const before = new Map<string, string>();
const afterEdits = new Map<string, string>();
const KEPT = [
  `stories/${UNTOUCHED}/index.html`,
  `stories/${UNTOUCHED}/press.md`,
  `embed/stories/${UNTOUCHED}/index.html`,
  `oembed/stories/${UNTOUCHED}.json`,
];

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(root, 'content'), join(root, contentDir), { recursive: true });
  cold = build();
  for (const path of KEPT) before.set(path, read(path));
  edit(`stories/${EDITED}.mdx`, /^title: .*$/m, `title: ${NEW_TITLE}`);
  edit(`units/${UNIT}.mdx`, /^name: .*$/m, `name: ${NEW_NAME}`);
  edited = build();
  for (const path of KEPT) afterEdits.set(path, read(path));
  resettled = build({ PUBLIC_ICP_NUMBER: ICP });
}, 540_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

test('a cold build renders every page', () => {
  expect(cold.restored.size).toBe(0);
});

test('after the edits, the pages that show them are rendered again and show them', () => {
  for (const path of [
    `/stories/${EDITED}/index.html`,
    `/stories/${EDITED}/press/index.html`,
    `/stories/${EDITED}/press.md`,
    `/embed/stories/${EDITED}/index.html`,
    `/oembed/stories/${EDITED}.json`,
    `/stories/${LISTING}/index.html`,
  ]) {
    expect(edited.restored.has(path), path).toBe(false);
  }
  expect(read(`stories/${EDITED}/index.html`)).toContain(NEW_TITLE);
  expect(read(`stories/${EDITED}/press/index.html`)).toContain(NEW_TITLE);
  expect(read(`stories/${EDITED}/press.md`)).toContain(NEW_TITLE);
  expect(read(`embed/stories/${EDITED}/index.html`)).toContain(NEW_TITLE);
  expect(JSON.parse(read(`oembed/stories/${EDITED}.json`)).title).toBe(NEW_TITLE);
  expect(read(`stories/${LISTING}/index.html`)).toContain(NEW_NAME);
});

test('after the edits, the pages of an untouched story are copied from the last build, unchanged', () => {
  for (const path of [
    `/stories/${UNTOUCHED}/index.html`,
    `/stories/${UNTOUCHED}/press.md`,
    `/qr/stories/${UNTOUCHED}.svg`,
  ]) {
    expect(edited.restored.has(path), path).toBe(true);
  }
  for (const path of KEPT) expect(afterEdits.get(path), path).toBe(before.get(path));
});

test('a changed setting renders every keyed page again', () => {
  expect(resettled.restored.size).toBe(0);
  expect(read(`stories/${UNTOUCHED}/index.html`)).toContain(ICP);
});
