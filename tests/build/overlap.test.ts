/**
 * `npm run overlap` as an editor runs it: a story file and an original in UTF-8 or GB18030, the
 * figures printed, and the exit code that says whether the retelling may be published.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dir = join(root, '.tmp-tests', 'overlap');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Written for this test: an original report and two stories retelling it.
const ORIGINAL =
  '河畔社区今年新建了一座图书室，每周开放六天，居民可以免费借阅图书。社区还组织读书会，每月举办两次，参加的居民累计超过三百人次。';
const story = (title: string, body: string) =>
  `---\nid: test-story\ntitle: ${title}\nsummary: 一段摘要。\n---\n\n${body}\n`;

function overlap(storyText: string, original: Buffer, ...options: string[]) {
  const storyPath = join(dir, 'story.mdx');
  const originalPath = join(dir, 'original.txt');
  writeFileSync(storyPath, storyText);
  writeFileSync(originalPath, original);
  return spawnSync('npx', ['tsx', 'scripts/overlap.ts', storyPath, originalPath, ...options], {
    cwd: root,
    encoding: 'utf8',
  });
}

test('a copied paragraph fails, naming the shared run and the share', () => {
  const run = overlap(story('图书室', ORIGINAL), Buffer.from(ORIGINAL));
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('河畔社区今年新建了一座图书室每周开放六天居民可以免费借阅图书');
  expect(run.stdout).toContain('100.0%');
  expect(run.stdout).toContain('不通过');
});

test('a retelling passes, with the original in GB18030', () => {
  const retold = '这座图书室建于今年，除一天外天天开门，借书不收钱。读书会一个月办两回，到场的人次已过三百。';
  const run = overlap(story('河畔社区的图书室', retold), iconv.encode(ORIGINAL, 'gb18030'));
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/：0\.0%（上限 20\.0%）/);
  expect(run.stdout).toContain('通过');
});

test('the limits can be changed, and a copied title counts against the longest run', () => {
  const copiedTitle = story('每周开放六天居民可以免费借阅', '读书会一个月办两回。');
  expect(overlap(copiedTitle, Buffer.from(ORIGINAL)).status).toBe(0);
  const strict = overlap(copiedTitle, Buffer.from(ORIGINAL), '--max-run', '10');
  expect(strict.status).toBe(1);
  expect(strict.stdout).toContain('有 14 字的片段与原文相同，超过 10 字');
});

test('a wrong option is refused with the usage', () => {
  const run = overlap(story('标题', '正文。'), Buffer.from(ORIGINAL), '--max-share', '20');
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('--max-share 是 0 到 1 之间的比例');
});
