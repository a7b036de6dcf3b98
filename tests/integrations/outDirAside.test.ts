import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  ASIDE_DIR,
  COMPLETE_MARK,
  moveAsideAndDelete,
  pruneUnused,
  writeCompleteMark,
} from '../../src/integrations/outDirAside';

let root: string;
let outDir: string;
let cacheDir: string;
const warnings: string[] = [];
const warn = (message: string) => warnings.push(message);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'out-dir-aside-'));
  outDir = join(root, 'dist');
  cacheDir = join(root, 'node_modules', '.astro');
  warnings.length = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const put = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
const writePages = (dir: string, count: number) => {
  for (let i = 0; i < count; i++) put(join(dir, 'stories', `s-${i}`, 'index.html'), '<p>旧页面</p>');
};

/**
 * A last build as Astro's incremental build leaves it: `listed` pages in its manifest and in its
 * cache folder, the same pages in the output, plus `others` in the output only.
 */
function lastBuild(listed: Record<string, string>, others: Record<string, string> = {}) {
  const routes = {
    'src/pages/stories/[id].astro': {
      dependencyHash: 'd',
      paths: Object.fromEntries(Object.keys(listed).map((file) => [`/${file}`, { cacheKey: 'k', outputFile: file }])),
    },
  };
  put(join(cacheDir, 'incremental-build.json'), JSON.stringify({ version: 1, routes }));
  for (const [file, text] of Object.entries(listed)) {
    put(join(cacheDir, 'dist', file), text);
    put(join(outDir, file), text);
  }
  for (const [file, text] of Object.entries(others)) put(join(outDir, file), text);
}

/** What the next build lists in Astro's manifest after writing its pages. */
function nextManifest(files: string[]) {
  const paths = Object.fromEntries(files.map((file) => [`/${file}`, { cacheKey: 'k', outputFile: file }]));
  writeFileSync(
    join(cacheDir, 'incremental-build.json'),
    JSON.stringify({ version: 1, routes: { 'src/pages/stories/[id].astro': { dependencyHash: 'd', paths } } }),
  );
}

describe('the last build’s output is cleared without holding the build up', () => {
  test('the output folder is gone as soon as the build starts, and deleted by the end', async () => {
    writePages(outDir, 50);
    const { kept, deletion } = moveAsideAndDelete(outDir, cacheDir, warn);
    // Astro finds no output folder to empty, so it starts writing at once.
    expect(existsSync(outDir)).toBe(false);
    expect(kept).toEqual([]);
    await deletion;
    expect(readdirSync(join(cacheDir, ASIDE_DIR))).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('a first build, with no output folder yet, starts without a warning', async () => {
    await moveAsideAndDelete(outDir, cacheDir, warn).deletion;
    expect(warnings).toEqual([]);
  });

  test('output left aside by a build that was stopped is deleted too', async () => {
    writePages(join(cacheDir, ASIDE_DIR, 'dist-123-456'), 3);
    writePages(outDir, 3);
    await moveAsideAndDelete(outDir, cacheDir, warn).deletion;
    expect(readdirSync(join(cacheDir, ASIDE_DIR))).toEqual([]);
  });

  test('when the folder cannot be moved, it is emptied where it is, with a warning', async () => {
    writePages(outDir, 2);
    // The cache folder's place is taken by a file: nothing can be moved into it.
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    writeFileSync(cacheDir, '');
    await moveAsideAndDelete(outDir, cacheDir, warn).deletion;
    expect(readdirSync(outDir)).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/could not move .*dist aside .*emptying it in place/)]);
  });
});

describe('pages the next build can reuse stay in place', () => {
  const page = (id: string) => `stories/${id}/index.html`;

  test('after a complete build, the pages Astro lists are kept; everything else is deleted', async () => {
    lastBuild(
      { [page('a')]: '<p>甲</p>', [page('b')]: '<p>乙</p>' },
      { 'pagefind/pagefind.js': 'index', 'stories/index.html': '<p>列表</p>' },
    );
    writeCompleteMark(cacheDir, outDir);
    const { kept, deletion } = moveAsideAndDelete(outDir, cacheDir, warn);
    await deletion;
    expect(kept.map(({ file }) => file).sort()).toEqual([page('a'), page('b')]);
    expect(readFileSync(join(outDir, page('a')), 'utf8')).toBe('<p>甲</p>');
    expect(existsSync(join(outDir, 'pagefind'))).toBe(false);
    expect(existsSync(join(outDir, 'stories', 'index.html'))).toBe(false);
    // The mark is taken: a build stopped from here on leaves none for the next one.
    expect(existsSync(join(cacheDir, COMPLETE_MARK))).toBe(false);
  });

  test('after a build that was stopped (no mark), nothing is kept', async () => {
    lastBuild({ [page('a')]: '<p>甲</p>' });
    const { kept, deletion } = moveAsideAndDelete(outDir, cacheDir, warn);
    await deletion;
    expect(kept).toEqual([]);
    expect(existsSync(outDir)).toBe(false);
  });

  test('a mark left by a build into another output folder keeps nothing', async () => {
    lastBuild({ [page('a')]: '<p>甲</p>' });
    writeCompleteMark(cacheDir, join(root, 'elsewhere'));
    expect(moveAsideAndDelete(outDir, cacheDir, warn).kept).toEqual([]);
  });

  test('a page changed since the build (its size differs from Astro’s copy) is not kept', async () => {
    lastBuild({ [page('a')]: '<p>甲</p>', [page('b')]: '<p>乙</p>' });
    writeFileSync(join(outDir, page('b')), '<p>乙，手工改过</p>');
    writeCompleteMark(cacheDir, outDir);
    expect(moveAsideAndDelete(outDir, cacheDir, warn).kept.map(({ file }) => file)).toEqual([page('a')]);
  });

  test('a manifest path that leads out of the output folder is ignored', async () => {
    lastBuild({ [page('a')]: '<p>甲</p>' });
    put(join(root, 'secret.txt'), 'x');
    put(join(cacheDir, 'secret.txt'), 'x');
    const manifest = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8'));
    manifest.routes['src/pages/stories/[id].astro'].paths['/x'] = { cacheKey: 'k', outputFile: '../secret.txt' };
    writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify(manifest));
    writeCompleteMark(cacheDir, outDir);
    expect(moveAsideAndDelete(outDir, cacheDir, warn).kept.map(({ file }) => file)).toEqual([page('a')]);
    expect(existsSync(join(root, 'secret.txt'))).toBe(true);
  });

  test('an unknown manifest format keeps nothing', async () => {
    lastBuild({ [page('a')]: '<p>甲</p>' });
    writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify({ version: 2, routes: {} }));
    writeCompleteMark(cacheDir, outDir);
    expect(moveAsideAndDelete(outDir, cacheDir, warn).kept).toEqual([]);
  });

  test('after the pages are written, kept pages the build neither reused nor wrote again are deleted', async () => {
    lastBuild({ [page('reused')]: '<p>甲</p>', [page('rewritten')]: '<p>乙</p>', [page('removed')]: '<p>丙</p>' });
    writeCompleteMark(cacheDir, outDir);
    const { kept } = moveAsideAndDelete(outDir, cacheDir, warn);
    // The build reuses one page, writes another again (it has no cache key now), and no longer
    // has the third (its story was removed).
    writeFileSync(join(outDir, page('rewritten')), '<p>乙，新</p>');
    utimesSync(join(outDir, page('rewritten')), new Date(), new Date(Date.now() + 5000));
    nextManifest([page('reused')]);
    expect(pruneUnused(outDir, cacheDir, kept)).toEqual([page('removed')]);
    expect(existsSync(join(outDir, 'stories', 'removed'))).toBe(false);
    expect(readFileSync(join(outDir, page('reused')), 'utf8')).toBe('<p>甲</p>');
    expect(readFileSync(join(outDir, page('rewritten')), 'utf8')).toBe('<p>乙，新</p>');
  });
});
