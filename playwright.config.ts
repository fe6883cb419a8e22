import { defineConfig, devices } from '@playwright/test';
import { installedTestChromium } from './scripts/find-chromium.mjs';

// The end-to-end tests run against the production build in dist/, served with its _headers by
// scripts/serve.mjs, in Chromium's headless shell: scripts/e2e.mjs and scripts/test.mjs find it
// (scripts/find-chromium.mjs) and pass it in CHROMIUM_PATH; started by hand, the tests use the one
// already on the machine (installedTestChromium, from the same module).
const port = Number(process.env.E2E_PORT ?? 4391);
const base = process.env.BASE_PATH ?? '/';
const executablePath = process.env.CHROMIUM_PATH ?? installedTestChromium();
const asRoot = process.getuid?.() === 0;
// Without the background-networking flags Chromium tries to reach Google's hosts at start.
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: [
    ...(asRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// At the domain root every spec runs; on a build under a sub-path (scripts/test.mjs makes one)
// the base-dependent ones do: links, assets, search, hreflang, sitemap, headers. axe and the
// byte budgets do not depend on the base, so every-page.spec.ts runs once, at the root; under the
// sub-path, links.spec.ts checks every file each page, style sheet and script refers to, and
// loads.spec.ts loads one page of each distinct set of scripts in the browser.
const subPath = base.replace(/^\/+|\/+$/g, '') !== '';
const use = { ...devices['Desktop Chrome'], launchOptions };

export default defineConfig({
  testDir: './test/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: Number(process.env.E2E_WORKERS ?? (process.env.CI ? 2 : 3)),
  timeout: 30_000,
  // A state a test waits for (a page, Pagefind's results, a hydrated island) takes well under a
  // second on a quiet machine and several seconds on a busy one; waiting longer costs nothing
  // when it arrives early, so the default 5 s leaves too little room.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? '.tmp/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    locale: 'sv-SE',
    trace: 'off',
  },
  // Empties the folder every-page.spec.ts writes each page's byte figures to (test/support/page-figures.ts).
  globalSetup: './test/support/global-setup.ts',
  projects: subPath
    ? [
        // Under the sub-path, only the specs whose outcome depends on the base: links, files, search,
        // sitemap, headers, citations, the palette's targets and the calculator's copied link. The rest
        // ran at the root; running them twice would only double CI time. That build also caps explorer
        // folders at 3 pages (scripts/test.mjs), so explorer-overflow.spec.ts runs there only.
        // Of calculator.spec.ts, only the tests tagged @base (links it writes or follows, its script's path).
        {
          name: 'chromium',
          use,
          testMatch: /(loads|links|languages|search|sitemap|headers|cite-page|palette|calculator|explorer-overflow)\.spec\.ts$/,
          grepInvert: /calculator\.spec\.ts(?!.*@base)/,
        },
      ]
    : [
        // Listed first, so that its long tests start first. One test per page; each writes the page's byte figures for the medians test.
        { name: 'pages', use, testMatch: /every-page\.spec\.ts$/ },
        // The content pages' medians need every page's figures: this project starts once all of
        // 'pages' has passed (and not at all if a page failed, which that page's test reports).
        { name: 'medians', use, testMatch: /page-medians\.spec\.ts$/, dependencies: ['pages'] },
        { name: 'chromium', use, testIgnore: /(loads|explorer-overflow|every-page|page-medians)\.spec\.ts$/ },
      ],
  webServer: {
    command: 'node scripts/serve.mjs',
    url: `http://127.0.0.1:${port}${base}`,
    env: { PORT: String(port), BASE_PATH: base, OUT_DIR: process.env.OUT_DIR ?? 'dist' },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
