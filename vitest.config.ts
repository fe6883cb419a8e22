import { defineConfig } from 'vitest/config';

// Unit tests only: pure modules in calculators/ and src/ (stores, i18n, data helpers).
// End-to-end tests live in test/e2e and run with Playwright against the production build.
export default defineConfig({
  test: {
    include: ['calculators/**/*.test.ts', 'test/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
