import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * A Playwright `test` that watches everything a visitor's privacy and the CSP depend on, for
 * the whole test, across navigations, and fails the test if any of it happens:
 * a CSP violation (the browser's `securitypolicyviolation` event), a request to another origin,
 * a console error or uncaught exception, a cookie (set by a header or by script), and any write
 * to localStorage. Specs that drive interactive flows import `test` from here.
 */
export interface Guard {
  cspViolations: string[];
  foreignRequests: string[];
  consoleErrors: string[];
  cookieHeaders: string[];
  localStorageWrites: string[];
}

interface GuardOptions {
  /** Console errors a test expects (e.g. the 404 page's own status). */
  allowedConsoleErrors: RegExp[];
  /** Other origins a test goes to on purpose: only the quick exit's neutral site. */
  allowedOrigins: string[];
}

/** Runs in every document before its own scripts: reports violations and localStorage writes. */
function watchPage() {
  const report = (window as unknown as { __nspGuard: (kind: string, detail: string) => void }).__nspGuard;
  document.addEventListener('securitypolicyviolation', (e) => {
    report('csp', `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? ` (${e.sample})` : ''} at ${e.sourceFile}:${e.lineNumber}`);
  });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if (this === window.localStorage) report('localStorage', key);
    return setItem.call(this, key, value);
  };
}

/** Wires the guard into a context; exported for the test that proves the watcher sees violations. */
export async function installGuard(context: BrowserContext, origin: string, guard: Guard, allowed: RegExp[] = [], allowedOrigins: string[] = []) {
  await context.exposeBinding('__nspGuard', (_source, kind: string, detail: string) => {
    if (kind === 'csp') guard.cspViolations.push(detail);
    else if (kind === 'localStorage') guard.localStorageWrites.push(detail);
  });
  await context.addInitScript(watchPage);
  const watch = (page: Page) => {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin && !allowedOrigins.includes(url.origin)) guard.foreignRequests.push(request.url());
    });
    page.on('response', async (response) => {
      const cookie = await response.headerValue('set-cookie').catch(() => null);
      if (cookie) guard.cookieHeaders.push(`${response.url()}: ${cookie}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !allowed.some((re) => re.test(message.text()))) guard.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => guard.consoleErrors.push(error.message));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

export const test = base.extend<GuardOptions & { guard: Guard }>({
  allowedConsoleErrors: [[], { option: true }],
  allowedOrigins: [[], { option: true }],
  guard: [
    async ({ context, baseURL, allowedConsoleErrors, allowedOrigins }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const guard: Guard = { cspViolations: [], foreignRequests: [], consoleErrors: [], cookieHeaders: [], localStorageWrites: [] };
      await installGuard(context, origin, guard, allowedConsoleErrors, allowedOrigins);
      await use(guard);
      expect.soft(guard.cspViolations, 'CSP violations').toEqual([]);
      expect.soft(guard.foreignRequests, 'requests to other origins').toEqual([]);
      expect.soft(guard.consoleErrors, 'console errors').toEqual([]);
      expect.soft(guard.cookieHeaders, 'Set-Cookie headers').toEqual([]);
      expect.soft(await context.cookies(), 'cookies').toEqual([]);
      expect.soft(guard.localStorageWrites, 'localStorage writes').toEqual([]);
      for (const page of context.pages()) {
        if (page.isClosed() || !page.url().startsWith(origin)) continue;
        expect.soft(await page.evaluate(() => window.localStorage.length), 'localStorage entries').toBe(0);
      }
    },
    { auto: true },
  ],
});

export { expect };
