/**
 * Finds a Chromium for Playwright, in this order: $CHROMIUM_PATH, /usr/bin/chromium (Debian's
 * package), Playwright's own download if one exists. Where none is found and this process may
 * install one (root with apt-get), it installs Debian's `chromium`; otherwise it stops with a
 * message saying how to get one. Browser downloads are not possible on the project's machines.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

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

/** @returns {Promise<string>} the path of a Chromium executable */
export async function findChromium() {
  for (const path of candidates) if (path && existsSync(path)) return path;
  const own = await playwrightsOwn();
  if (own) return own;
  if (canInstall()) {
    console.log('No Chromium found: installing Debian’s chromium package (apt-get) …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium for the end-to-end tests. Install one (Debian/Ubuntu: "sudo apt-get install chromium"), ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome executable, then run the tests again.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  findChromium().then(
    (path) => console.log(path),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
