/** After a build, cached files no build has used for 30 days are deleted, and the build says so. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import cacheEviction from '../../src/integrations/cacheEviction';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Done = (options: { logger: { info: (message: string) => void } }) => void;

test('deletes what is unused for 30 days after the build, and logs how much', () => {
  dir = mkdtempSync(join(tmpdir(), 'cache-eviction-'));
  mkdirSync(join(dir, 'derived', 'cards'), { recursive: true });
  const old = join(dir, 'derived', 'cards', 'old');
  const recent = join(dir, 'derived', 'cards', 'recent');
  writeFileSync(old, 'x'.repeat(2048));
  writeFileSync(recent, 'y');
  const then = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
  utimesSync(old, then, then);

  const info = vi.fn();
  const done = cacheEviction(dir).hooks['astro:build:done'] as unknown as Done;
  done({ logger: { info } });
  expect(existsSync(old)).toBe(false);
  expect(existsSync(recent)).toBe(true);
  expect(info).toHaveBeenCalledWith('1 cached file(s) unused for 30 days deleted (2 KB)');

  info.mockClear();
  done({ logger: { info } });
  expect(info).not.toHaveBeenCalled();
});
