/**
 * Incremental builds (astro.config.mjs, src/lib/content/pageKeys.ts): a rebuild copies the pages
 * whose records, settings and code are unchanged from the last build, and renders again every page
 * that shows what changed. Three real `astro build`s of a copy of the content, with its own cache
 * folder: a cold one; one after editing a story's title and the name of a unit another story lists,
 * and removing another story; one with a setting of the environment changed. Pages a build reuses
 * stay in the output folder where the last complete build left them (src/integrations/outDirAside.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
/** Removed before the second build. */
const REMOVED = 'kangbashi-modernisation';

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
  /** Paths Astro copied from its cache. */
  restored: Set<string>;
  /** Paths Astro found already in place, kept from the last build. */
  kept: Set<string>;
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
  const reused = (word: string) =>
    new Set([...plain.matchAll(new RegExp(`(/\\S+) \\(${word}\\)`, 'g'))].map((m) => m[1] ?? ''));
  return { log, restored: reused('restored'), kept: reused('cached') };
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
  rmSync(join(root, contentDir, 'stories', `${REMOVED}.mdx`));
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
  expect(cold.kept.size).toBe(0);
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
    expect(edited.restored.has(path) || edited.kept.has(path), path).toBe(false);
  }
  expect(read(`stories/${EDITED}/index.html`)).toContain(NEW_TITLE);
  expect(read(`stories/${EDITED}/press/index.html`)).toContain(NEW_TITLE);
  expect(read(`stories/${EDITED}/press.md`)).toContain(NEW_TITLE);
  expect(read(`embed/stories/${EDITED}/index.html`)).toContain(NEW_TITLE);
  expect(JSON.parse(read(`oembed/stories/${EDITED}.json`)).title).toBe(NEW_TITLE);
  expect(read(`stories/${LISTING}/index.html`)).toContain(NEW_NAME);
});

test('after the edits, the pages of an untouched story are kept from the last build, unchanged', () => {
  for (const path of [
    `/stories/${UNTOUCHED}/index.html`,
    `/stories/${UNTOUCHED}/press.md`,
    `/qr/stories/${UNTOUCHED}.svg`,
  ]) {
    // In place already: not even copied from Astro's cache.
    expect(edited.kept.has(path), path).toBe(true);
  }
  expect(edited.restored.size).toBe(0);
  for (const path of KEPT) expect(afterEdits.get(path), path).toBe(before.get(path));
});

test('the pages of a story removed since the last build are gone from the output', () => {
  for (const path of [
    `stories/${REMOVED}/index.html`,
    `stories/${REMOVED}/press/index.html`,
    `stories/${REMOVED}/press.md`,
    `embed/stories/${REMOVED}/index.html`,
    `oembed/stories/${REMOVED}.json`,
    `qr/stories/${REMOVED}.svg`,
    `share/stories/${REMOVED}.png`,
  ]) {
    expect(existsSync(join(outDir, path)), path).toBe(false);
  }
  expect(readdirSync(join(outDir, 'stories'))).not.toContain(REMOVED);
});

test('a changed setting renders every keyed page again', () => {
  expect(resettled.restored.size).toBe(0);
  expect(resettled.kept.size).toBe(0);
  expect(read(`stories/${UNTOUCHED}/index.html`)).toContain(ICP);
});
