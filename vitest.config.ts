import { defineConfig } from 'vitest/config';

// Unit tests for src/lib and the schemas; browser tests live in e2e/ and run under Playwright.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
  },
});
