import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 320, height: 900 } });
await p.goto(`http://127.0.0.1:4404${process.argv[2]}`);
console.log(await p.evaluate(() => [...document.querySelectorAll('*')].map(e => [e, e.getBoundingClientRect()]).filter(([e, r]) => r.right > 320.5 || e.scrollWidth > e.clientWidth + 1).slice(0, 25).map(([e, r]) => `${e.tagName}.${e.className} right=${r.right} sw=${e.scrollWidth} cw=${e.clientWidth} ${(e.textContent||'').slice(0,30).replace(/\s+/g,' ')}`)));
await b.close();
