/** The real build's HTML: valid, and every page reachable through the sitemap (so the axe sweep sees it). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './support/content';
import { sitemapPaths } from './support/sitemap';
import { builtPages, servedPath, validateBuild } from './support/validateBuild';

const OUT_DIR = 'dist';

test('every page built into dist/ is valid HTML', async () => {
  const files = builtPages(OUT_DIR);
  expect(files.length, `HTML files in ${OUT_DIR}/ (run npm run build first)`).toBeGreaterThan(0);
  const problems = await validateBuild(files);
  expect(problems, `${problems.length} HTML problem(s):\n${problems.join('\n')}\n`).toEqual([]);
});

test('the sitemap lists every built page except the 404 page', async ({ request }) => {
  const built = builtPages(OUT_DIR)
    .filter((file) => !file.endsWith('/404.html'))
    .map((file) => servedPath(file, OUT_DIR));
  expect((await sitemapPaths(request)).sort()).toEqual(built.sort());
});

test('the real build holds no demo data', () => {
  const files = builtPages(OUT_DIR);
  expect(files.filter((file) => /demo-(point|route|story)/.test(file))).toEqual([]);
  const withBanner = files.filter((file) => readFileSync(join(ROOT, file), 'utf8').includes('demo-banner'));
  expect(withBanner).toEqual([]);
});
