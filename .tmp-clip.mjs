import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [path, width, sel, out, forced] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, forcedColors: forced ? 'active' : 'none' });
await p.goto(`http://127.0.0.1:4404${path}`);
await p.locator(sel).first().screenshot({ path: out });
await b.close();
