/**
 * Stories in several search indexes (src/lib/search/searchShards.ts): the first search reads the
 * main index only (units, routes and the newest stories), older stories are searched on request,
 * or at once when the main index finds nothing. Needs the demo built with small indexes, as
 * `npm test` builds it: `SEARCH_STORY_SHARD_SIZE=20 npm run build:demo -- --stories 60`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { axeViolations, preloadAxe } from './support/axeSweep';
import { DEMO_CONTENT, readCollection, ROOT } from './support/content';
import { planStoryShards, SHARD_MANIFEST, type StoryShards } from '../src/lib/search/searchShards';

/** The first search loads Pagefind and its index: allow for a busy machine. */
const expect = baseExpect.configure({ timeout: 15_000 });

const manifestFile = join(ROOT, 'dist-demo', 'pagefind', SHARD_MANIFEST);
const manifest: StoryShards = existsSync(manifestFile)
  ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as StoryShards)
  : { recent: 0, older: [] };

const isoDay = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const stories = readCollection(DEMO_CONTENT, 'stories').map(({ id, data }) => ({
  path: `stories/${id}/index.html`,
  id,
  title: String(data.title),
  date: isoDay(data.date),
}));
/** The stories as the build places them: the newest in the main index, then each older index's. */
const [recent = [], ...older] = planStoryShards(stories, manifest.recent || 1);
const dateOf = new Map(stories.map((story) => [story.title, story.date]));
const oldestOf = (shard: typeof stories) => shard[shard.length - 1];

const main = (page: Page) => page.getByRole('main');
const status = (page: Page) => main(page).getByRole('status');
const items = (page: Page) => main(page).getByRole('list').last().getByRole('listitem');
const olderButton = (page: Page) => main(page).getByRole('button', { name: /^也搜索更早的 \d+ 篇故事$/ });
/** The number in a story's title (`示例故事 00017：…`), which only that story has. */
const storyNumber = (title: string) => /示例故事 (\d+)/.exec(title)?.[1] ?? '';

/** Every index folder the page asked for: `main` for /pagefind/ itself, else `stories-N`. */
function indexFolders(page: Page): Set<string> {
  const folders = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    folders.add(/^\/pagefind\/(stories-\d+)\//.exec(path)?.[1] ?? 'main');
  });
  return folders;
}

test.beforeAll(() => {
  if (manifest.older.length < 2) {
    throw new Error(
      `${manifestFile} lists ${manifest.older.length} indexes of older stories; these tests need several. ` +
        'Build the demo with SEARCH_STORY_SHARD_SIZE=20 npm run build:demo -- --stories 60.',
    );
  }
  expect(manifest.older.map((shard) => shard.stories)).toEqual(older.map((shard) => shard.length));
});

test('the first search reads only the main index and says which stories it searched', async ({ page }) => {
  await preloadAxe(page);
  const folders = indexFolders(page);
  await page.goto(`/search/?q=${encodeURIComponent('示例故事')}`);
  await expect(status(page)).toHaveText(`“示例故事”：找到 ${recent.length} 条结果`);
  await expect(main(page).getByText(`已搜索最近 ${recent.length} 篇故事和全部示范单位、线路。`)).toBeVisible();
  await expect(olderButton(page)).toHaveText(`也搜索更早的 ${stories.length - recent.length} 篇故事`);
  const recentTitles = new Set(recent.map((story) => story.title));
  for (const title of await items(page).getByRole('link').allTextContents()) expect(recentTitles).toContain(title);
  expect([...folders]).toEqual(['main']);
  expect(await axeViolations(page, '/search/?q=示例故事 (newest stories only)')).toEqual([]);
});

test('the button finds an older story, and the URL keeps it through a reload', async ({ page }) => {
  const folders = indexFolders(page);
  const story = older[0]?.[0];
  if (!story) throw new Error('no older story');
  // The story's number is in its title; some units and newer stories carry it too, as figures.
  const query = storyNumber(story.title);
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(olderButton(page)).toBeVisible();
  const first = Number(/找到 (\d+) 条结果/.exec((await status(page).textContent()) ?? '')?.[1]);
  await expect(main(page).getByRole('link', { name: story.title })).toHaveCount(0);
  expect([...folders]).toEqual(['main']);

  await olderButton(page).click();
  await expect(items(page).first().getByRole('link')).toHaveText(story.title);
  await expect(status(page)).not.toHaveText(`“${query}”：找到 ${first} 条结果`);
  const all = (await status(page).textContent()) ?? '';
  await expect(olderButton(page)).toBeHidden();
  await expect(page).toHaveURL(/[?&]stories=all(&|$)/);
  expect([...folders].sort()).toEqual(['main', ...older.map((_, i) => `stories-${i + 1}`)]);

  await page.reload();
  await expect(items(page).first().getByRole('link')).toHaveText(story.title);
  await expect(status(page)).toHaveText(all);
  await expect(olderButton(page)).toBeHidden();
  await expect(page).toHaveURL(/[?&]stories=all(&|$)/);
});

test('a query only an old story matches finds it without asking', async ({ page }) => {
  const folders = indexFolders(page);
  const story = oldestOf(older[older.length - 1] ?? []);
  if (!story) throw new Error('no older story');
  // The exact phrase: only this story's title has it.
  const query = `"示例故事 ${storyNumber(story.title)}"`;
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toHaveText(`“${query}”：找到 1 条结果`);
  await expect(items(page).getByRole('link')).toHaveText([story.title]);
  await expect(main(page).getByText(/没有找到/)).toBeHidden();
  await expect(page).toHaveURL(/[?&]stories=all(&|$)/);
  expect([...folders].sort()).toEqual(['main', ...older.map((_, i) => `stories-${i + 1}`)]);
});

test('sorted by date, stories stay newest first across the indexes', async ({ page }) => {
  await page.goto('/search/?type=story&sort=date&stories=all');
  await expect(status(page)).toHaveText(`找到 ${stories.length} 条结果`);
  // Past the main index's stories into the first older index's.
  const wanted = recent.length + 10;
  while ((await items(page).count()) < wanted) {
    const count = await items(page).count();
    await main(page).getByRole('button', { name: '显示更多结果' }).click();
    await expect(items(page)).toHaveCount(Math.min(count + 10, stories.length));
  }
  const dates = (await items(page).getByRole('link').allTextContents()).map((title) => dateOf.get(title) ?? '');
  expect(dates.every((date) => date !== '')).toBe(true);
  expect(dates).toEqual([...dates].sort().reverse());
});
