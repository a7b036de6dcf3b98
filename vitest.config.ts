import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests for src/lib and the schemas; browser tests live in e2e/ and run under Playwright.
// tests/search/ reads the built index and runs after the build (vitest.search.config.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/search/**'],
  },
});
