import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (src/lib, the schemas, the tooling's modules, the lint boundaries: fast,
 * no build) and `build` (tests/build/: whole builds and command-line runs in temporary folders).
 * Browser tests live in e2e/ under Playwright; tests/search/ reads the built index and runs after
 * the build (vitest.search.config.ts).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/search/**', 'tests/build/**'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
