import { chromium } from '@playwright/test';
import { loadedBytes } from '../../test/support/budgets.ts';
import { serve } from './util.mjs';
const server = await serve('.tmp/dist-new', 4396);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const p of ['/kalkylator/']) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${p}`, { waitUntil: 'networkidle' });
  const t = await loadedBytes(page, '.tmp/dist-new');
  console.log(p, 'js', t.js, 'css', t.css, Object.entries(t.files).filter(([k]) => k.endsWith('.js')).map(([k, v]) => `${k.split('/').pop()}:${v}`).join(' '));
  await page.close();
}
await browser.close(); await server.close();
