import { defineConfig } from 'vitest/config';

// Search recall tests: they read the built index in dist/pagefind/, so `npm test` runs them after
// `npm run build` (`npm run test:search`); the unit tests in vitest.config.ts run before any build.
export default defineConfig({
  test: {
    include: ['tests/search/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
