import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/guarded';
import { readFileSync } from 'node:fs';
import { formatKronor } from '../../calculators/money';
import { axeViolations } from '../support/axe';
import { rel } from '../support/built-pages';
import { csvRecords } from '../support/csv';
import { layoutShift, startedUp, watchLayoutShift } from '../support/layout-shift';
import { documentedYears, newestYear, plusDays, rates } from '../support/years';

/**
 * The support cost calculator, as a shelter uses it, against the production build. Expected
 * figures are worked out here from the rates files themselves (content/rates/<year>.yaml), so a
 * changed rate in the data changes what the tests expect.
 */
/** The newest documented year (the calculator's default), the year after it, and a year no file documents. */
const Y = newestYear();
const NEXT = Y + 1;
const OWN = Y + 2;
const rNew = rates(Y);
const adultNew: number = rNew.interventions.reflection.rate.amount;
const extendedNew: number = rNew.interventions.extended.rate.amount;
const childNew: number = rNew.childSupplement.rate.amount;
/** The report the newest year's adult rate cites (e.g. its annual report). */
const newKey: string = rNew.interventions.reflection.rate.source.key;
/** An older documented year, and one that does not offer integration stays (if any). */
const OLD = documentedYears()[0] ?? Y;
const LACKING = documentedYears().find((y) => !rates(y).interventions['integration-stay']?.offered);
const kr = (n: number) => formatKronor(n, 'sv');
test.describe.configure({ timeout: 90_000 });
/**
 * The tests whose outcome depends on which years content/rates/ documents: scripts/fictional-year.mjs
 * runs them (`--grep @years`) on a build with a made-up next year. The rest (keyboard, layout, no
 * JavaScript, a failed script) use the newest year only as the default and run once, here.
 */
const years = { tag: '@years' };
/**
 * The tests whose outcome depends on where the site is deployed (a link the calculator writes or
 * follows, the path of its script): they run again on the build under a sub-path (playwright.config.ts).
 */
const base = { tag: '@base' };
const yearsAndBase = { tag: ['@years', '@base'] };

async function open(page: Page, hash = '') {
  await page.goto(rel(`/kalkylator/${hash}`));
  // Generous: the machine running the suite may be busy while the island hydrates.
  await expect(page.getByLabel('Regelår', { exact: true })).toBeVisible({ timeout: 20_000 });
}

const period = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^Period ${n}\\b`) });

/** A problem with `code` is in one of the elements the field's aria-describedby names. */
async function expectProblemAt(field: Locator, code: string) {
  await expect(async () => {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    let found = 0;
    for (const id of ids) found += await field.page().locator(`[id="${id}"] [data-code="${code}"]`).count();
    expect(found, `problem ${code} described by ${ids.join(', ')}`).toBeGreaterThan(0);
  }).toPass({ timeout: 15_000 });
}

test('a full plan with a child and a year end: exact lines, totals and split by year', years, async ({ page }) => {
  await open(page);
  await page.getByLabel('Första dagen').fill(`${Y}-11-15`);
  await page.getByRole('button', { name: 'Lägg till period' }).click();
  await expect(period(page, 2).getByLabel('Insats')).toHaveValue('extended');
  await expect(period(page, 2).getByLabel('Antal dygn')).toHaveValue(String(rNew.interventions.extended.maxDaysPerPeriod.amount));
  await page.getByLabel('Medföljande barn').fill('2');

  // Reflection 15 Nov – 14 Dec (30 days); extended from 15 Dec: 17 days in the newest year, 73 in the next.
  const inYear = 30 * (adultNew + childNew) + 17 * (extendedNew + childNew);
  const after = 73 * (extendedNew + childNew);
  await expect(page.getByTestId('calc-total')).toHaveText(kr(inYear));
  await expect(page.getByTestId('calc-after')).toHaveText(kr(after));

  const byYear = page.getByRole('table', { name: 'Fördelat per kalenderår' });
  await expect(byYear.getByRole('row', { name: new RegExp(`^${Y}`) })).toContainText(kr(inYear));
  await expect(byYear.getByRole('row', { name: new RegExp(`^${NEXT}`) })).toContainText(kr(after));

  const lines = page.getByRole('table', { name: `Rader enligt reglerna för ${Y}` });
  await expect(lines.getByRole('row')).toHaveCount(1 + 6);
  const afterRow = lines.getByRole('row').filter({ hasText: `${NEXT}-01-01` }).first();
  await expect(afterRow).toContainText(plusDays(`${NEXT}-01-01`, 72));
  await expect(afterRow).toContainText('ingår inte i summan');
  await expect(afterRow).toContainText('Rapporterna säger inte hur dagarna efter årsskiftet beviljas');
  await expect(afterRow).not.toContainText('ny ansökan');
  await expect(afterRow).toContainText(kr(73 * extendedNew));

  // The workings of the first line name each part and link its source.
  const first = lines.getByRole('row').nth(1);
  await first.getByText('Så räknades rad 1').click();
  const support = rNew.interventions.reflection.rate.components.support;
  await expect(first.getByRole('link', { name: new RegExp(`${newKey}, ${support.source.section.split(' ')[0]}`) }).first()).toHaveAttribute('href', new RegExp(`/kallor/#${newKey}$`));
  await expect(first).toContainText(`30 × ${kr(adultNew)} = ${kr(30 * adultNew)}`);

  // The timeline marks the year end and says so in words.
  const timeline = page.getByRole('img', { name: /Tidslinje över perioderna/ });
  await expect(timeline).toBeVisible();
  await expect(page.getByRole('figure')).toContainText(`årsskiftet efter 31 december ${Y}`);
  await expect(page.getByRole('figure')).toContainText(`Av dem ligger 73 dygn efter 31 december ${Y}`);

  // The crossing is flagged at the period's days field.
  await expectProblemAt(period(page, 2).getByLabel('Antal dygn'), 'crosses-year-end');
});

test('2022: extended support in shorter periods keeps the full rate for the first 90 days, and the period crossing day 90 gets two lines that say why', years, async ({ page }) => {
  const r2022 = rates(2022);
  const full: number = r2022.interventions.extended.rate.amount;
  const step = r2022.interventions.extended.rateSteps[0];
  await open(page);
  await page.getByLabel('Regelår', { exact: true }).selectOption('2022');
  await page.getByLabel('Första dagen').fill('2022-02-01');
  await page.getByRole('button', { name: 'Lägg till period' }).click();
  await period(page, 2).getByLabel('Antal dygn').fill('60');
  await page.getByRole('button', { name: 'Lägg till period' }).click();
  await period(page, 3).getByLabel('Antal dygn').fill('60');

  // Reflection 1 Feb – 2 Mar; extended 3 Mar – 1 May (days 1–60); 2 May – 31 May (61–90) full; 1 – 30 June (91–120) half.
  const reflection: number = r2022.interventions.reflection.rate.amount;
  await expect(page.getByTestId('calc-total')).toHaveText(kr(30 * reflection + 90 * full + 30 * step.rate.amount));
  await expect(page.locator('[data-code="exceeds-max-days"]')).toHaveCount(0);
  const lines = page.getByRole('table', { name: 'Rader enligt reglerna för 2022' });
  const halfRow = lines.getByRole('row').filter({ hasText: '2022-06-01' }).first();
  await expect(halfRow).toContainText(step.label.sv);
  await expect(halfRow).toContainText(kr(30 * step.rate.amount));
  await halfRow.getByText(/^Så räknades rad/).click();
  await expect(halfRow).toContainText(/dag 91–120 räknat över alla perioder/);
  await expect(lines.getByRole('row').filter({ hasText: '2022-05-02' }).first()).toContainText(kr(30 * full));
});

test('every problem is shown next to its field and tied to it with aria-describedby', years, async ({ page }) => {
  await open(page);
  const p1 = period(page, 1);

  await p1.getByLabel('Antal dygn').fill('tre');
  await expectProblemAt(p1.getByLabel('Antal dygn'), 'invalid-input');
  await expect(p1.getByLabel('Antal dygn')).toHaveAttribute('aria-invalid', 'true');

  await p1.getByLabel('Antal dygn').fill(String(rNew.interventions.reflection.maxDaysPerPeriod.amount + 5));
  await expectProblemAt(p1.getByLabel('Antal dygn'), 'exceeds-max-days');
  await p1.getByLabel('Antal dygn').fill('30');

  // Two extended periods of 90 days: the newest year's limit in days (content/rates/) leaves the second one over.
  await page.getByRole('button', { name: 'Lägg till period' }).click();
  await page.getByRole('button', { name: 'Lägg till period' }).click();
  await expectProblemAt(period(page, 3).getByLabel('Antal dygn'), 'exceeds-max-days');

  await page.getByLabel('Första dagen').fill(`${Y - 1}-05-01`);
  await expectProblemAt(page.getByLabel('Första dagen'), 'rules-year-mismatch');
  await page.getByLabel('Första dagen').fill(`${Y}-11-01`);
  await expectProblemAt(period(page, 2).getByLabel('Antal dygn'), 'crosses-year-end');

  await page.getByRole('button', { name: 'Lägg till punktinsats' }).click();
  await page.getByLabel('Punktinsats 1, vad gäller den').fill('Tolk');
  await page.getByLabel('Punktinsats 1, belopp i kronor').fill('-50');
  await expectProblemAt(page.getByLabel('Punktinsats 1, belopp i kronor'), 'invalid-input');
  await page.getByLabel('Punktinsats 1, belopp i kronor').fill('1 500');
  await expectProblemAt(page.getByRole('group', { name: 'Punktinsatser' }), 'not-documented');

  // An intervention a documented year lacks, then that year's rules: not offered, at the intervention field.
  expect(LACKING, 'a documented year without integration stays (content/rates/)').toBeDefined();
  await period(page, 3).getByLabel('Insats').selectOption('integration-stay');
  await page.getByLabel('Regelår', { exact: true }).selectOption(`${LACKING}`);
  await expect(page.getByLabel('Första dagen')).toHaveValue(`${LACKING}-11-01`);
  await expectProblemAt(period(page, 3).getByLabel('Insats'), 'not-offered');

  // Errors are announced once typing pauses.
  await expect(page.getByTestId('calc-error-live')).toContainText(/fel/);

  expect(await axeViolations(page), 'axe violations').toEqual([]);
});

test('the plan goes into the address only on request, and the link brings it back', yearsAndBase, async ({ page, browser }) => {
  await open(page);
  await page.getByLabel('Första dagen').fill(`${Y}-06-10`);
  await page.getByRole('button', { name: 'Lägg till period' }).click();
  await period(page, 2).getByLabel('Antal dygn').fill('60');
  await page.getByLabel('Medföljande barn').fill('1');
  await page.getByRole('button', { name: 'Lägg till punktinsats' }).click();
  await page.getByLabel('Punktinsats 1, vad gäller den').fill('Säker resa, Malmö–Umeå');
  await page.getByLabel('Punktinsats 1, belopp i kronor').fill('2400');
  const total = await page.getByTestId('calc-total').textContent();
  expect(new URL(page.url()).hash).toBe('');

  await page.getByRole('button', { name: 'Kopiera länk till planen' }).click();
  const link = page.getByLabel('Länk till planen');
  await expect(link).toHaveValue(/#v=1&/);
  const url = page.url();
  expect(await link.inputValue()).toBe(url);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(url);
  await expect(fresh.getByRole('status').filter({ hasText: 'Planen från länken är inläst' })).toBeVisible();
  await expect(fresh.getByLabel('Första dagen')).toHaveValue(`${Y}-06-10`);
  await expect(period(fresh, 2).getByLabel('Antal dygn')).toHaveValue('60');
  await expect(fresh.getByLabel('Medföljande barn')).toHaveValue('1');
  await expect(fresh.getByLabel('Punktinsats 1, vad gäller den')).toHaveValue('Säker resa, Malmö–Umeå');
  await expect(fresh.getByTestId('calc-total')).toHaveText(total ?? '');
  await other.close();
});

test('a damaged link says so and shows the default plan', years, async ({ page }) => {
  await open(page, `#v=1&y=${Y}&s=${Y}-13-45&p=reflection.30`);
  await expect(page.getByRole('alert')).toContainText('Planen i länken kunde inte läsas.');
  await expect(page.getByRole('alert')).toContainText('skadad');
  await expect(period(page, 1).getByLabel('Antal dygn')).toHaveValue('30');
  await expect(page.getByTestId('calc-total')).toHaveText(kr(30 * adultNew));
});

test('the CSV download holds every line with the same amounts', years, async ({ page }) => {
  await open(page);
  await page.getByLabel('Första dagen').fill(`${Y}-12-01`);
  await page.getByLabel('Medföljande barn').fill('3');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner raderna (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`nsp-kostnad-${Y}.csv`);
  const text = readFileSync((await file.path()) ?? '', 'utf8').replace(/^\ufeff/, '');
  const rows = text.trimEnd().split('\r\n').map((r) => r.split(','));
  expect(rows[0]).toEqual(['Period', 'Insats', 'Typ', 'Från', 'Till', 'Dagar', 'Ersatta dagar', 'Kronor per dag', 'Belopp (kr)', 'Efter årsskiftet', 'Källa', 'Grund']);
  // Reflection 1–30 Dec of the newest year and its child supplement: two lines.
  expect(rows.slice(1).map((r) => [r[2], r[3], r[4], r[8]])).toEqual([
    ['Dygnsersättning', `${Y}-12-01`, `${Y}-12-30`, String(30 * adultNew)],
    ['Barntillägg', `${Y}-12-01`, `${Y}-12-30`, String(30 * childNew)],
  ]);
});

test('print shows the cost sheet alone', years, async ({ page }) => {
  await open(page);
  await page.getByLabel('Medföljande barn').fill('1');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('region', { name: `Kostnadsunderlag enligt NSP:s regler för ${Y}` });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(kr(30 * (adultNew + childNew)));
  await expect(sheet).toContainText('Källor');
  await expect(sheet).toContainText(`[${newKey}]`);
  await expect(sheet).toContainText(/Uträknat med NSP-guidens kalkylator \d/);
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByLabel('Första dagen')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Lägg till period' })).toBeHidden();
  for (const chrome of await page.locator('body :is(header, nav, footer, aside)').all()) await expect(chrome).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(sheet).toBeHidden();
});

test('the calculator works with the keyboard alone', async ({ page }) => {
  await open(page);
  // From the top of the page, Tab reaches the rules year.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.id === 'calc-year')); i++) await page.keyboard.press('Tab');
  await expect(page.getByLabel('Regelår', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab'); // first day
  await page.keyboard.press('Tab'); // (date input parts)
  for (let i = 0; i < 30 && !(await page.getByRole('button', { name: 'Lägg till period' }).evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // The new period's intervention field has focus; Tab to its days and type.
  await expect(period(page, 2).getByLabel('Insats')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('10');
  await expect(period(page, 2).getByLabel('Antal dygn')).toHaveValue('10');
  // Move it up with the keyboard: focus stays on a move button of the moved period.
  const up2 = page.getByRole('button', { name: 'Flytta upp period 2' });
  for (let i = 0; i < 10 && !(await up2.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Flytta upp period 2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(period(page, 1).getByLabel('Insats')).toHaveValue('extended');
  await expect(period(page, 1).getByLabel('Antal dygn')).toHaveValue('10');
  await expect(page.getByRole('button', { name: 'Flytta ner period 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(period(page, 2).getByLabel('Insats')).toHaveValue('extended');
  await expect(page.getByRole('button', { name: 'Flytta upp period 2' })).toBeFocused();
  // Open a line's workings with the keyboard.
  const summary = page.getByText('Så räknades rad 1');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: `Rader enligt reglerna för ${Y}` }).getByText(/30 × /)).toBeVisible();
});

test('the rules year is shared: chosen here, kept on the next page for the session', yearsAndBase, async ({ page }) => {
  await open(page);
  await page.getByLabel('Regelår', { exact: true }).selectOption(`${OLD}`);
  expect(await page.evaluate(() => sessionStorage.getItem('nsp:rate-year'))).toBe(`${OLD}`);
  await expect(page.getByLabel('Första dagen')).toHaveValue(`${OLD}-03-01`);
  await page.goto(rel('/kalkylator/scenario/'));
  const scenarioYear = page.getByLabel('Regelår', { exact: true });
  await expect(scenarioYear).toHaveValue(`${OLD}`);
  // The scenario offers the years with programme figures as well as rates: choose another of those.
  const other = (await scenarioYear.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter((v) => v !== `${OLD}`).at(-1);
  expect(other, 'the scenario offers a second year').toBeDefined();
  await scenarioYear.selectOption(other ?? '');
  await page.goto(rel('/kalkylator/'));
  await expect(page.getByLabel('Regelår', { exact: true })).toHaveValue(other ?? '');
  await page.reload();
  await expect(page.getByLabel('Regelår', { exact: true })).toHaveValue(other ?? '');
});

test('compare years: the same plan under each documented year', years, async ({ page }) => {
  await open(page);
  const rOld = rates(OLD);
  const table = page.getByRole('table', { name: 'Planen enligt varje dokumenterat års regler' });
  const totals = table.getByRole('row', { name: /^Summa att söka/ });
  await expect(totals).toContainText(kr(30 * rOld.interventions.reflection.rate.amount));
  await expect(totals).toContainText(kr(30 * adultNew));
  await expect(table.getByRole('row', { name: /^Första dagen/ })).toContainText(`${OLD}-03-01`);
});

test('without JavaScript the page explains the tool and points to the sources', base, async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(rel('/kalkylator/'));
  await expect(page.getByRole('heading', { name: 'Så fungerar kalkylatorn' })).toBeVisible();
  await expect(page.getByText('Kalkylatorn behöver JavaScript.')).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: 'Källor', exact: true })).toHaveAttribute('href', /\/kallor\/$/);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await context.close();
});

test.describe('when the calculator’s code cannot be fetched', () => {
  // The blocked file is logged by Chromium as a failed load: that is what this test causes.
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('the island says so instead of staying empty', base, async ({ page }) => {
    await page.route(/\/_astro\/CalculatorApp\.[^/]+\.js$/, (route) => route.abort());
    await page.goto(rel('/kalkylator/'));
    await expect(page.getByRole('alert')).toContainText('Verktyget kunde inte laddas');
    await expect(page.getByLabel('Regelår', { exact: true })).toHaveCount(0);
  });

  test('its data is fetched beside its code, and a failed or foreign answer is said, never a wrong tool', base, async ({ page }) => {
    // The rules, texts and sources are a file of their own, not in the page: it stays light.
    const html = await (await page.request.get(rel('/kalkylator/'))).text();
    expect(html, 'no rule set in the page').not.toContain('maxDaysPerPeriod');
    for (const answer of [{ status: 503, body: 'busy' }, { status: 200, body: '{"ctx":{}}' }, { status: 200, body: '<!doctype html>' }]) {
      await page.unrouteAll();
      await page.route(/\/tool-data\/calculator\/sv\.json$/, (route) => route.fulfill({ ...answer, contentType: 'application/json' }));
      await page.goto(rel('/kalkylator/'));
      await expect(page.getByRole('alert'), `answered ${answer.status} ${answer.body}`).toContainText('Verktyget kunde inte laddas');
      await expect(page.getByLabel('Regelår', { exact: true })).toHaveCount(0);
    }
    await page.unrouteAll();
    await page.goto(rel('/kalkylator/'));
    await expect(page.getByLabel('Regelår', { exact: true })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('own amounts, loaded on first use, say so when they cannot be fetched; the plan stays, and a second try works', async ({ page }) => {
    const ownCode = /\/_astro\/(own-amounts|OwnAmounts)[.-][^/]*\.js$/;
    const asked: string[] = [];
    page.on('request', (r) => {
      if (ownCode.test(r.url())) asked.push(r.url());
    });
    await open(page);
    await period(page, 1).getByLabel('Antal dygn', { exact: true }).fill('20');
    const total = await page.getByTestId('calc-total').textContent();
    // Nothing of own amounts is fetched until a visitor turns to them.
    expect(asked).toEqual([]);

    await page.route(ownCode, (route) => route.abort());
    const year = page.getByLabel('Regelår', { exact: true });
    await year.selectOption('own');
    await expect(page.getByRole('alert')).toContainText('Egna belopp kunde inte laddas');
    await expect(year).toHaveValue(String(Y));
    await expect(period(page, 1).getByLabel('Antal dygn', { exact: true })).toHaveValue('20');
    await expect(page.getByTestId('calc-total')).toHaveText(total ?? '');

    // Another year chosen instead: the message goes, as it no longer concerns the plan.
    await year.selectOption(String(OLD));
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.unroute(ownCode);
    await year.selectOption('own');
    await expect(page.getByRole('group', { name: 'Egna belopp' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

// ── the tool first, dates, own amounts (issue 12) ────────────────────────────────────────────

/** Whether an element's box lies wholly inside the viewport (not hidden under anything is checked by the caller). */
async function wholyInView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && r.height > 0;
  });
}

/** Not covered: the element itself is what the browser hits at its centre. */
async function notCovered(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit) || hit.contains(el));
  });
}

for (const [path, daysLabel, yearLabel] of [['/kalkylator/', 'Antal dygn', 'Regelår'], ['/en/calculator/', 'Number of days', 'Rules year']] as const) {
  test(`at 1366 × 900 the plan and the total are in view together on ${path}, and a change shows there`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await watchLayoutShift(page);
    await page.goto(rel(path), { waitUntil: 'networkidle' });
    await expect(page.getByLabel(yearLabel, { exact: true })).toBeVisible({ timeout: 20_000 });
    const days = period(page, 1).getByLabel(daysLabel, { exact: true });
    const total = page.getByTestId('calc-total');
    await expect(total).toBeVisible();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await wholyInView(days), 'first period’s days in view').toBe(true);
    expect(await wholyInView(total), 'total in view').toBe(true);
    // Nothing moved while the tool started in its stages (the page keeps its room).
    await startedUp(page);
    const shifted = await layoutShift(page);
    console.log(`layout shift on ${path} at 1366 × 900: ${shifted.toFixed(4)}`);
    expect(shifted).toBeLessThan(0.03);
    const before = await total.textContent();
    await days.fill('10');
    await expect(total).not.toHaveText(before ?? '');
    await expect(total).toHaveText(path === '/kalkylator/' ? kr(10 * adultNew) : formatKronor(10 * adultNew, 'en'));
    expect(await wholyInView(total)).toBe(true);
    expect(await notCovered(total)).toBe(true);
  });
}

test('at 390 × 844 the compact total stays in view while the fifth period’s days are edited', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Lägg till period' }).click();
  await period(page, 5).getByLabel('Insats').selectOption('support-only');
  const days5 = period(page, 5).getByLabel('Antal dygn', { exact: true });
  await days5.focus();
  await days5.fill('12');
  await expect(days5).toBeFocused();
  const compact = page.getByTestId('calc-total-compact');
  await expect(compact).toContainText(`Summa att söka för ${Y}`);
  expect(await wholyInView(compact), 'compact total in view').toBe(true);
  expect(await wholyInView(days5), 'the field in view').toBe(true);
  expect(await notCovered(days5), 'the field not under the total').toBe(true);
  const total = await page.getByTestId('calc-total').textContent();
  await expect(compact).toContainText(total ?? 'x');
});

test('a period by its last day: 1 March to 29 May is 90 days; 30 days end 30 March; moving it moves the others', years, async ({ page }) => {
  await open(page);
  await page.getByLabel('Första dagen').fill(`${Y}-03-01`);
  const p1 = period(page, 1);
  await p1.getByLabel('Insats').selectOption('extended');
  await p1.getByLabel('Sista dag (räknas med)').fill(`${Y}-05-29`);
  await expect(p1.getByLabel('Antal dygn', { exact: true })).toHaveValue('90');
  await p1.getByLabel('Antal dygn', { exact: true }).fill('30');
  await expect(p1.getByLabel('Sista dag (räknas med)')).toHaveValue(`${Y}-03-30`);
  await page.getByRole('button', { name: 'Lägg till period' }).click();
  await period(page, 2).getByLabel('Antal dygn', { exact: true }).fill('10');
  await expect(period(page, 2).getByLabel('Sista dag (räknas med)')).toHaveValue(`${Y}-04-09`);
  // Period 1 (30 days) moves down: the 10-day period now starts on 1 March and ends on 10 March.
  await page.getByRole('button', { name: 'Flytta ner period 1' }).click();
  await expect(period(page, 1).getByLabel('Antal dygn', { exact: true })).toHaveValue('10');
  await expect(period(page, 1).getByLabel('Sista dag (räknas med)')).toHaveValue(`${Y}-03-10`);
  await expect(period(page, 2).getByLabel('Sista dag (räknas med)')).toHaveValue(`${Y}-04-09`);
  await expect(period(page, 2)).toContainText(`Från ${Y}-03-11`);
  // A last day before the period's first day says so and keeps the days.
  await period(page, 2).getByLabel('Sista dag (räknas med)').fill(`${Y}-03-05`);
  await expect(period(page, 2)).toContainText(`ligger före periodens första dag ${Y}-03-11`);
  await expect(period(page, 2).getByLabel('Antal dygn', { exact: true })).toHaveValue('30');
});

test.describe('own amounts for a year the guide has no rules for', () => {
  async function ownForUndocumented(page: Page) {
    await open(page);
    await page.getByLabel('Regelår', { exact: true }).selectOption('own');
    const own = page.getByRole('group', { name: 'Egna belopp' });
    await expect(own).toBeVisible();
    await own.getByLabel('År för de egna beloppen').fill(`${OWN}`);
    return own;
  }

  test('own amounts for a year no file documents, 1 400 kr a day: 42 000 kr for 30 days, marked as own in the result, print, CSV and comparison', years, async ({ page }) => {
    const own = await ownForUndocumented(page);
    const rate = own.getByLabel(/^Reflektionsperiod.*kronor per dygn$/);
    await expect(rate).toHaveValue(String(adultNew));
    await rate.fill('1 400');
    await expect(page.getByLabel('Första dagen')).toHaveValue(`${OWN}-03-01`);
    await expect(period(page, 1).getByLabel('Antal dygn', { exact: true })).toHaveValue('30');
    await expect(page.getByTestId('calc-total')).toHaveText(kr(42_000));
    await expect(page.getByRole('heading', { name: `Uppskattning med egna belopp för ${OWN}` })).toBeVisible();
    const lines = page.getByRole('table', { name: `Rader med egna belopp för ${OWN} (ingen källa)` });
    await expect(lines.getByRole('row').nth(1)).toContainText('egna belopp, ingen källa');
    await expect(lines.getByRole('link', { name: /nsp-/ })).toHaveCount(0);

    const compare = page.getByRole('table', { name: 'Planen enligt varje dokumenterat års regler och dina egna belopp' });
    await expect(compare.getByRole('columnheader', { name: new RegExp(`Egna belopp ${OWN}`) })).toContainText('ingen källa');
    await expect(compare.getByRole('row', { name: /^Summa att söka/ })).toContainText(kr(42_000));

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner raderna (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`nsp-kostnad-egna-belopp-${OWN}.csv`);
    const records = csvRecords(readFileSync((await file.path()) ?? '', 'utf8').replace(/^\ufeff/, ''));
    expect(records.map((r) => [r['Från'], r['Belopp (kr)'], r['Källa'], r['Grund']])).toEqual([[`${OWN}-03-01`, '42000', '', 'Egna belopp, ingen källa']]);

    // The link, only on request, says it does not carry the own amounts.
    expect(new URL(page.url()).hash).toBe('');
    await page.getByRole('button', { name: 'Kopiera länk till planen' }).click();
    await expect(page.locator('.calc-actions [role="status"]')).toContainText('Länken innehåller planen men inte dina egna belopp.');

    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByRole('region', { name: `Kostnadsunderlag med egna belopp för ${OWN}` });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText(`användarens egna uppgifter för ${OWN}`);
    await expect(sheet).toContainText(kr(42_000));
    await expect(sheet).not.toContainText(`[${newKey}]`);
    await page.emulateMedia({ media: 'screen' });
  });

  test('saved to a file and opened again, the amounts come back; a file with a negative rate changes nothing', years, async ({ page }) => {
    const own = await ownForUndocumented(page);
    await own.getByLabel(/^Reflektionsperiod.*kronor per dygn$/).fill('1400');
    await expect(page.getByTestId('calc-total')).toHaveText(kr(42_000));
    for (const [format, button] of [['json', 'Spara som JSON'], ['yaml', 'Spara som YAML']] as const) {
      const download = page.waitForEvent('download');
      await own.getByRole('button', { name: button }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe(`egna-belopp-${OWN}.${format}`);
      const text = readFileSync((await saved.path()) ?? '', 'utf8');
      // Back to the guide's rules, then open the file: the own amounts and the total return.
      await page.getByLabel('Regelår', { exact: true }).selectOption(`${Y}`);
      await expect(page.getByTestId('calc-total')).toHaveText(kr(30 * adultNew));
      await page.getByLabel('Regelår', { exact: true }).selectOption('own');
      await own.getByLabel(/^Reflektionsperiod.*kronor per dygn$/).fill('999');
      await own.getByLabel('Öppna en sparad fil med egna belopp').setInputFiles({ name: `egna.${format}`, mimeType: 'text/plain', buffer: Buffer.from(text) });
      await expect(own.getByRole('status')).toContainText(`Beloppen i egna.${format} är inlästa.`);
      await expect(own.getByLabel(/^Reflektionsperiod.*kronor per dygn$/)).toHaveValue('1400');
      await expect(page.getByTestId('calc-total')).toHaveText(kr(42_000));
    }

    // A damaged file: a negative rate. The message names the field; plan and amounts stay.
    await period(page, 1).getByLabel('Antal dygn', { exact: true }).fill('20');
    const good = rates(Y);
    good.year = OWN;
    good.interventions.extended.rate = { amount: -1320, source: good.interventions.extended.rate.source };
    await own.getByLabel('Öppna en sparad fil med egna belopp').setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    const alert = page.getByRole('alert').filter({ hasText: 'trasig.json' });
    await expect(alert).toContainText('Filen trasig.json kunde inte öppnas. Planen och beloppen är oförändrade.');
    await expect(alert).toContainText('interventions.extended.rate.amount');
    await expect(alert).toContainText('får inte vara mindre än 0');
    await expect(period(page, 1).getByLabel('Antal dygn', { exact: true })).toHaveValue('20');
    await expect(own.getByLabel(/^Reflektionsperiod.*kronor per dygn$/)).toHaveValue('1400');
    await expect(page.getByTestId('calc-total')).toHaveText(kr(20 * 1400));
  });

  test('a bad own figure is named at its field and no total is shown until it is corrected', years, async ({ page }) => {
    const own = await ownForUndocumented(page);
    const child = own.getByLabel('Barntillägg: kronor per dygn');
    await child.fill('-5');
    await expectProblemAt(child, 'too_small');
    await expect(child).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('calc-total-compact')).toHaveText('Ingen summa än: rätta felen i de egna beloppen.');
    await own.getByLabel('År för de egna beloppen').fill(`${Y}`);
    await expectProblemAt(own.getByLabel('År för de egna beloppen'), 'documented_year');
    await own.getByLabel('År för de egna beloppen').fill(`${OWN}`);
    await child.fill('500');
    await expect(page.getByTestId('calc-total')).toHaveText(kr(30 * adultNew));
    expect(await axeViolations(page), 'axe violations').toEqual([]);
  });
});

test('a derived figure carries its marker on the line, in the workings, on the print sheet and in the CSV', years, async ({ page }) => {
  const rate = rNew.interventions['support-only'].rate;
  expect(rate.basis?.kind, `${Y} support only is derived in content/rates/${Y}.yaml`).toBe('derived');
  await open(page);
  await period(page, 1).getByLabel('Insats').selectOption('support-only');
  const lines = page.getByRole('table', { name: `Rader enligt reglerna för ${Y}` });
  const row = lines.getByRole('row').nth(1);
  await expect(row).toContainText(`${kr(rate.amount)} stöd (härlett)`);
  await row.getByText('Så räknades rad 1').click();
  await expect(row).toContainText(`härlett: ${rate.basis.how.sv}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner raderna (CSV)' }).click();
  const records = csvRecords(readFileSync((await (await download).path()) ?? '', 'utf8').replace(/^\ufeff/, ''));
  expect(records[0]?.['Grund']).toContain(`härlett: ${rate.basis.how.sv}`);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('region', { name: `Kostnadsunderlag enligt NSP:s regler för ${Y}` });
  await expect(sheet).toContainText('(härlett)');
  await expect(sheet).toContainText(`härlett: ${rate.basis.how.sv}`);
});
