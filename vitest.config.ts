import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (src/lib, the schemas, the tooling's modules, the lint boundaries: fast,
 * no build), `components` (tests/components/: .astro components through Astro's Container API) and
 * `build` (tests/build/: whole builds and command-line runs in temporary folders).
 * Browser tests live in e2e/ under Playwright; tests/search/ reads the built index and runs after
 * the build (vitest.search.config.ts).
 */
export default defineConfig({
  test: {
    projects: [
      {
        // The query modules read collections through `astro:content`: a stand-in serves fixtures.
        resolve: {
          alias: { 'astro:content': fileURLToPath(new URL('tests/support/astroContent.ts', import.meta.url)) },
        },
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/search/**', 'tests/build/**', 'tests/components/**'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // One build at a time: builds of one checkout share its .astro/ folder, whose generated
          // modules (content-modules.mjs among them) each build rewrites for its own content folder.
          fileParallelism: false,
        },
      },
      // Components rendered with Astro's Container API, under Astro's own Vite configuration.
      'tests/components/vitest.config.ts',
    ],
  },
});
