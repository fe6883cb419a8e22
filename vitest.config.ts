import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests only: pure modules in calculators/ and src/ (stores, i18n, data helpers), and the
// content tests in test/unit/ (the data as the build reads it, broken copies of it, real builds).
// End-to-end tests live in test/e2e and run with Playwright against the production build.
export default defineConfig({
  test: {
    environment: 'node',
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. The two
    // slowest files mostly wait on the `astro build` they spawn, so a worker per core keeps both
    // busy (about 40 → 30 s on 2 cores).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        // The modules under test hold no state a test file could leave behind for another (each
        // store test sets what it reads), so the files share their workers' module cache: about
        // 15 s less on 2 cores than a fresh module graph per file.
        test: { name: 'modules', include: ['calculators/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node', isolate: false },
      },
      {
        // These change process-wide settings (timeouts) and spawn builds: each file on its own.
        test: { name: 'content', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
