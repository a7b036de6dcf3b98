import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ASIDE_DIR, moveAsideAndDelete } from '../../src/integrations/outDirAside';

describe('the last build’s output is cleared without holding the build up', () => {
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

  const writePages = (dir: string, count: number) => {
    for (let i = 0; i < count; i++) {
      mkdirSync(join(dir, 'stories', `s-${i}`), { recursive: true });
      writeFileSync(join(dir, 'stories', `s-${i}`, 'index.html'), '<p>旧页面</p>');
    }
  };

  test('the output folder is gone as soon as the build starts, and deleted by the end', async () => {
    writePages(outDir, 50);
    const deletion = moveAsideAndDelete(outDir, cacheDir, warn);
    // Astro finds no output folder to empty, so it starts writing at once.
    expect(existsSync(outDir)).toBe(false);
    await deletion;
    expect(readdirSync(join(cacheDir, ASIDE_DIR))).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('a first build, with no output folder yet, starts without a warning', async () => {
    await moveAsideAndDelete(outDir, cacheDir, warn);
    expect(warnings).toEqual([]);
  });

  test('output left aside by a build that was stopped is deleted too', async () => {
    writePages(join(cacheDir, ASIDE_DIR, 'dist-123-456'), 3);
    writePages(outDir, 3);
    await moveAsideAndDelete(outDir, cacheDir, warn);
    expect(readdirSync(join(cacheDir, ASIDE_DIR))).toEqual([]);
  });

  test('when the folder cannot be moved, it stays for Astro to empty, with a warning', async () => {
    writePages(outDir, 1);
    // The cache folder's place is taken by a file: nothing can be moved into it.
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    writeFileSync(cacheDir, '');
    await moveAsideAndDelete(outDir, cacheDir, warn);
    expect(existsSync(join(outDir, 'stories', 's-0', 'index.html'))).toBe(true);
    expect(warnings).toEqual([expect.stringMatching(/could not move .*dist aside .*Astro will empty it/)]);
  });
});
