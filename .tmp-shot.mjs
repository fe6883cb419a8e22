import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [path, width, out, forced] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, forcedColors: forced ? 'active' : 'none' });
await p.goto(`http://127.0.0.1:4404${path}`);
const sw = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
console.log('scrollWidth/clientWidth', sw);
await p.screenshot({ path: out, fullPage: true });
await b.close();
