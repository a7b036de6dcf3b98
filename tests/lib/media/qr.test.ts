/** QR codes for the itinerary and the share panel, kept in the build cache between builds. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { derivedFile } from '../../../src/lib/buildCache';
import { QR_KIND, qrSvg } from '../../../src/lib/media/qr';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qr-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const kept = () => readdirSync(derivedFile(dir, QR_KIND));

test('a labelled code is an image named by its label, escaped; an unlabelled one is hidden', async () => {
  const labelled = await qrSvg('https://example.org/units/a/', '扫码打开“团结”<广场>', dir);
  expect(labelled).toMatch(/^<svg role="img" aria-label="扫码打开“团结”&lt;广场&gt;" width="96" height="96" /);
  expect(labelled).toContain('<path');
  const plain = await qrSvg('https://example.org/units/a/', undefined, dir);
  expect(plain).toMatch(/^<svg aria-hidden="true" focusable="false" /);
});

test('each URL is encoded once and read back from the cache after that', async () => {
  const first = await qrSvg('https://example.org/stories/a/', undefined, dir);
  expect(kept()).toHaveLength(1);
  const [file] = kept();
  // What a later build reads is what is in the cache: proven by changing the kept file.
  const keptFile = derivedFile(dir, QR_KIND, file ?? '');
  writeFileSync(keptFile, readFileSync(keptFile, 'utf8').replace('<path', '<path data-kept="1"'));
  expect(await qrSvg('https://example.org/stories/a/', undefined, dir)).toContain('data-kept="1"');
  expect(first).not.toContain('data-kept');
  // Another URL is another code.
  const other = await qrSvg('https://example.org/stories/b/', undefined, dir);
  expect(other).not.toBe(first);
  expect(kept()).toHaveLength(2);
});
