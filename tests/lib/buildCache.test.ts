/** Derived files kept between builds by a hash of their inputs. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cachedBytes, cacheKey } from '../../src/lib/buildCache';

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
