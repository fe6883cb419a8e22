/**
 * Finds the Chromium builds the tests drive. Browser downloads are not possible on the project's
 * machines, so both come from Debian's packages (or $CHROMIUM_PATH, or Playwright's own download).
 *
 * - `findChromium()`: the full browser, for Lighthouse and the benchmark, which score the page as
 *   a visitor's Chrome renders it. In this order: $CHROMIUM_PATH, /usr/bin/chromium,
 *   Playwright's own download; where none is found and this process may install one (root with
 *   apt-get), Debian's `chromium`.
 * - `findTestChromium()`: for the end-to-end tests, Chromium's headless shell, the build
 *   Playwright itself runs headless tests in. It is Chromium's engine without the browser around
 *   it (no GPU process, no browser UI), and the end-to-end step took half the time in it
 *   (335 tests: 13.4 min → 7.2 min on 2 cores). In this order: $CHROMIUM_PATH, Debian's
 *   `chromium-headless-shell`, installed where this process may; else the full browser, with a
 *   line saying the tests will be slower.
 *
 * Otherwise each stops with a message saying how to get one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
// The binary itself: /usr/bin/chromium-headless-shell is a shell script that starts it without exec.
const shells = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];

async function playwrightsOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function canInstall() {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Installs a Debian package (root with apt-get only); true when it installed. */
function aptInstall(pkg) {
  if (!canInstall()) return false;
  console.log(`Installing Debian’s ${pkg} package (apt-get) …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return true;
}

const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

/**
 * The Chromium already on this machine for the end-to-end tests, looked up without installing:
 * the headless shell, else the full browser. For `playwright test` started by hand, without
 * scripts/e2e.mjs or scripts/test.mjs (which use `findTestChromium` and pass CHROMIUM_PATH).
 * @returns {string | undefined}
 */
export function installedTestChromium() {
  return firstExisting([...shells, ...browsers]);
}

/** @returns {Promise<string>} the path of a full Chromium (or Chrome) executable */
export async function findChromium() {
  const found = firstExisting([process.env.CHROMIUM_PATH, ...browsers]) ?? (await playwrightsOwn());
  if (found) return found;
  if (aptInstall('chromium') && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium for the tests. Install one (Debian/Ubuntu: "sudo apt-get install chromium chromium-headless-shell"), ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome executable, then run the tests again.',
  );
}

/** @returns {Promise<string>} the path of the Chromium the end-to-end tests run in */
export async function findTestChromium() {
  const found = firstExisting([process.env.CHROMIUM_PATH, ...shells]);
  if (found) return found;
  if (aptInstall('chromium-headless-shell')) {
    const installed = firstExisting(shells);
    if (installed) return installed;
  }
  const browser = await findChromium();
  console.log(`No Chromium headless shell (Debian: "sudo apt-get install chromium-headless-shell"): the end-to-end tests run in ${browser}, at about twice the time.`);
  return browser;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  (process.argv.includes('--tests') ? findTestChromium() : findChromium()).then(
    (path) => console.log(path),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
