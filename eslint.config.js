// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The modules of src/lib that run in the browser as well as at build time: pure TypeScript with
 * no `astro:*`, no `node:*` and no build-only module behind them. A folder counts as a whole. Browser scripts may import
 * these and nothing else of the site's code; each of them may import only the others.
 */
export const BROWSER_SAFE = [
  'src/lib/format.ts',
  'src/lib/text.ts',
  'src/lib/paths.ts',
  'src/lib/content/taxonomy.ts',
  'src/lib/elderMode.ts',
  'src/lib/exports',
  'src/lib/filters',
  'src/lib/geo',
  'src/lib/map/basemap.ts',
  'src/lib/map/mapTypes.ts',
  'src/lib/map/statusSymbols.ts',
  'src/lib/media/embedMessages.ts',
  'src/lib/media/posterText.ts',
  'src/lib/media/wechatArticle.ts',
  'src/lib/plan',
  'src/lib/search',
  'src/lib/speech',
];

/** The files of BROWSER_SAFE, as globs: a folder stands for every module in it. */
const BROWSER_SAFE_FILES = BROWSER_SAFE.map((path) => (path.endsWith('.ts') ? path : `${path}/**/*.ts`));

/** BROWSER_SAFE as exceptions to a zone whose `from` is src/lib. */
const BROWSER_SAFE_IN_LIB = BROWSER_SAFE.map((path) => `./${path.slice('src/lib/'.length)}`);

/** Runtimes a browser module must not reach for. */
const SERVER_ONLY = {
  patterns: [
    {
      group: ['astro:*'],
      message: 'Browser code cannot use Astro virtual modules: pass the data through data-* attributes.',
    },
    { group: ['node:*'], message: 'Browser code cannot use Node built-ins.' },
  ],
  paths: builtinModules.map((name) => ({ name, message: 'Browser code cannot use Node built-ins.' })),
};

/** Site code outside src/lib that neither lib nor browser code may import. */
const SITE_SHELL = ['src/pages', 'src/components', 'src/layouts', 'src/integrations', 'src/content.config.ts'];
const TOOLING = 'scripts';

/**
 * @param {string | string[]} target files the zone applies to
 * @param {string} from what they may not import
 * @param {string} message why, and what to do instead
 * @param {string[]} [except] paths inside `from` that stay allowed
 */
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-demo/',
      '.bench/',
      '.demo/',
      '.astro/',
      '.tmp-tests/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.astro', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Boundaries. Each zone names what `target` may not import from `from`.
  {
    files: ['src/**/*.{ts,astro}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            zone('src', TOOLING, 'The site never imports the command-line tooling in scripts/.'),
            ...[...SITE_SHELL, 'src/scripts'].map((from) =>
              zone(
                ['src/lib', 'src/schemas'],
                from,
                'src/lib and src/schemas are imported by pages, never the other way.',
              ),
            ),
            ...[...SITE_SHELL, 'src/schemas', 'src/i18n'].map((from) =>
              zone(
                'src/scripts',
                from,
                'Browser scripts import only the browser-safe modules of src/lib (see BROWSER_SAFE).',
              ),
            ),
            zone(
              'src/scripts',
              'src/lib',
              'Browser scripts import only the browser-safe modules of src/lib (see BROWSER_SAFE in eslint.config.js).',
              BROWSER_SAFE_IN_LIB,
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/scripts/**/*.ts', ...BROWSER_SAFE_FILES],
    rules: { 'no-restricted-imports': ['error', SERVER_ONLY] },
  },
  {
    files: BROWSER_SAFE_FILES,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            zone(
              'src/lib',
              'src/lib',
              'A browser-safe module imports only other browser-safe modules (see BROWSER_SAFE in eslint.config.js).',
              BROWSER_SAFE_IN_LIB,
            ),
          ],
        },
      ],
    },
  },
);
