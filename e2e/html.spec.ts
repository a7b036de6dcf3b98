/** The real build's HTML: valid, listed in the sitemap, and free of demo data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './support/content';
import { builtPages, defineBuildChecks } from './support/validateBuild';

const OUT_DIR = 'dist';

defineBuildChecks(OUT_DIR, 'npm run build');

test('the real build holds no demo data', () => {
  const files = builtPages(OUT_DIR);
  expect(files.filter((file) => /demo-(point|route|story)/.test(file))).toEqual([]);
  const withBanner = files.filter((file) => readFileSync(join(ROOT, file), 'utf8').includes('demo-banner'));
  expect(withBanner).toEqual([]);
});
