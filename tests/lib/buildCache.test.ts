/** Derived files kept between builds by a hash of their inputs. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cachedBytes, cacheFile, cacheKey, evictUnused } from '../../src/lib/buildCache';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);

test('makes a file once for the same inputs, and again for different ones', async () => {
  const make = vi.fn(async () => bytes('card'));
  expect(await cachedBytes('cards', { title: 'a' }, make, dir)).toEqual(bytes('card'));
  expect(new Uint8Array(await cachedBytes('cards', { title: 'a' }, make, dir))).toEqual(bytes('card'));
  expect(make).toHaveBeenCalledTimes(1);
  await cachedBytes('cards', { title: 'b' }, make, dir);
  expect(make).toHaveBeenCalledTimes(2);
  // Only finished files under their keys: no temporary file is left behind.
  expect(readdirSync(join(dir, 'derived', 'cards')).sort()).toEqual(
    [cacheKey({ title: 'a' }), cacheKey({ title: 'b' })].sort(),
  );
});

test('keys differ whenever any input differs, nested ones included', () => {
  const base = { tree: { style: { fontSize: 60 }, text: '标题' }, tools: ['satori@1'] };
  expect(cacheKey(base)).toBe(cacheKey(structuredClone(base)));
  expect(cacheKey(base)).not.toBe(cacheKey({ ...base, tree: { ...base.tree, style: { fontSize: 61 } } }));
  expect(cacheKey(base)).not.toBe(cacheKey({ ...base, tools: ['satori@2'] }));
});

test('a cache folder that cannot be written costs time, not the output', async () => {
  const blocked = join(dir, 'file');
  writeFileSync(blocked, 'not a folder');
  expect(await cachedBytes('cards', { title: 'a' }, async () => bytes('card'), blocked)).toEqual(bytes('card'));
  expect(existsSync(join(blocked, 'derived'))).toBe(false);
});

const DAY = 24 * 60 * 60 * 1000;

/** Sets a cache entry's last use `days` ago. */
const usedDaysAgo = (path: string, days: number) => {
  const then = new Date(Date.now() - days * DAY);
  utimesSync(path, then, then);
};

test('entries no build has used for 30 days are deleted; used ones, recent ones and top-level files stay', async () => {
  const make = async () => bytes('card');
  await cachedBytes('cards', { title: 'old, unused' }, make, dir);
  await cachedBytes('cards', { title: 'old, used again' }, make, dir);
  await cachedBytes('qr', { url: 'recent' }, make, dir);
  const oldCard = cacheFile('cards', { title: 'old, unused' }, dir);
  const reusedCard = cacheFile('cards', { title: 'old, used again' }, dir);
  usedDaysAgo(oldCard, 31);
  usedDaysAgo(reusedCard, 31);
  usedDaysAgo(cacheFile('qr', { url: 'recent' }, dir), 29);
  // A kept search index is a folder; a stopped build may leave a temporary file.
  const index = join(dir, 'derived', 'search-index', 'abc');
  mkdirSync(index, { recursive: true });
  writeFileSync(join(index, 'pagefind-entry.json'), '{}');
  usedDaysAgo(index, 40);
  const leftover = join(dir, 'derived', 'cards', 'x.123.tmp');
  writeFileSync(leftover, 'half');
  usedDaysAgo(leftover, 31);
  const topLevel = join(dir, 'derived', 'inline-code.json');
  writeFileSync(topLevel, '{}');
  usedDaysAgo(topLevel, 90);

  // This build reads the second card from the cache: that counts as a use.
  const again = vi.fn(make);
  await cachedBytes('cards', { title: 'old, used again' }, again, dir);
  expect(again).not.toHaveBeenCalled();

  expect(evictUnused(dir)).toEqual({ entries: 3, bytes: 4 + 2 + 4 });
  expect(existsSync(oldCard)).toBe(false);
  expect(existsSync(index)).toBe(false);
  expect(existsSync(leftover)).toBe(false);
  expect(existsSync(reusedCard)).toBe(true);
  expect(existsSync(cacheFile('qr', { url: 'recent' }, dir))).toBe(true);
  expect(existsSync(topLevel)).toBe(true);
  // A deleted entry is made again when next needed.
  const remade = vi.fn(make);
  await cachedBytes('cards', { title: 'old, unused' }, remade, dir);
  expect(remade).toHaveBeenCalledTimes(1);
});

test('a cache folder without derived files is left as it is', () => {
  expect(evictUnused(join(dir, 'none'))).toEqual({ entries: 0, bytes: 0 });
});
