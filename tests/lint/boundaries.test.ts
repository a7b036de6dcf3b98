/**
 * The import boundaries in eslint.config.js, each shown firing on a small violating file (linted
 * as if it stood at the given path) and staying quiet on an allowed one.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

// The first lint loads every plugin and the resolver: seconds on a busy machine, so not in a test.
beforeAll(async () => {
  await eslint.lintText('', { filePath: join(root, 'src/scripts/warm-up.ts') });
}, 120_000);

/** The boundary rules that fire on `code` placed at `path` (relative to the repository root). */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('browser scripts import only browser-safe code', () => {
  test('a build-only lib module is refused, even for a type', async () => {
    const errors = await boundaryErrors(
      'src/scripts/violation.ts',
      "import type { Unit } from '../lib/content/queries';\nexport type U = Unit;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('browser-safe');
  });

  test('Astro virtual modules and Node built-ins are refused', async () => {
    const errors = await boundaryErrors(
      'src/scripts/violation.ts',
      "import { getCollection } from 'astro:content';\nimport { readFileSync } from 'node:fs';\nimport { join } from 'path';\nexport const x = [getCollection, readFileSync, join];\n",
    );
    expect(errors).toHaveLength(3);
    expect(errors.every((e) => e.startsWith('no-restricted-imports'))).toBe(true);
  });

  test('the dictionary and the schemas are refused: strings reach scripts through data-* attributes', async () => {
    const errors = await boundaryErrors(
      'src/scripts/violation.ts',
      "import { t } from '../i18n';\nimport { unitSchema } from '../schemas/unit';\nexport const x = [t, unitSchema];\n",
    );
    expect(errors).toHaveLength(2);
  });

  test('browser-safe modules are allowed', async () => {
    const errors = await boundaryErrors(
      'src/scripts/allowed.ts',
      "import { distanceKm } from '../lib/geo/travel';\nimport { escapeHtml } from '../lib/text';\nimport type { MapPoint } from '../lib/map/mapTypes';\nexport const x = [distanceKm, escapeHtml];\nexport type P = MapPoint;\n",
    );
    expect(errors).toEqual([]);
  });

  test('a browser-safe lib module may not reach a build-only one, so the rule holds transitively', async () => {
    const errors = await boundaryErrors(
      'src/lib/geo/violation.ts',
      "import { getUnits } from '../content/queries';\nexport const x = getUnits;\n",
    );
    expect(errors).toHaveLength(1);
  });
});

describe('lib and schemas stay below the pages', () => {
  test('lib may not import a component, a page, a layout or a browser script', async () => {
    const errors = await boundaryErrors(
      'src/lib/content/violation.ts',
      [
        "import StatusBadge from '../../components/StatusBadge.astro';",
        "import Layout from '../../layouts/BaseLayout.astro';",
        "import Page from '../../pages/about.astro';",
        "import { FilterFormElement } from '../../scripts/filterForm';",
        'export const x = [StatusBadge, Layout, Page, FilterFormElement];',
        '',
      ].join('\n'),
    );
    expect(errors).toHaveLength(4);
  });

  test('a schema may not import a page', async () => {
    const errors = await boundaryErrors(
      'src/schemas/violation.ts',
      "import Page from '../pages/about.astro';\nexport const x = Page;\n",
    );
    expect(errors).toHaveLength(1);
  });
});

describe('the site never imports the tooling', () => {
  test('a page importing the importer is refused', async () => {
    const errors = await boundaryErrors(
      'src/pages/violation.ts',
      "import { overlapWith } from '../../scripts/lib/overlap';\nexport const x = overlapWith;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('tooling');
  });

  test('the tooling may import the site’s lib', async () => {
    const errors = await boundaryErrors(
      'scripts/lib/allowed.ts',
      "import { checkFile } from '../../src/lib/content/contentIssues';\nexport const x = checkFile;\n",
    );
    expect(errors).toEqual([]);
  });
});
