import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/guarded';
import { rel } from '../support/built-pages';

/** The self-assessment: answer, progress, summary, save and reopen a file, refuse a damaged one. */
const page = '/certifiering/sjalvskattning/';

test('answering updates progress and the summary of gaps', async ({ page: p }) => {
  await p.goto(rel(page));
  const status = p.getByRole('status').filter({ hasText: /krav besvarade/ });
  await expect(status).toHaveText(/^0 av \d+ krav besvarade\.$/);
  const total = Number((await status.textContent())?.match(/av (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(10);

  const first = p.getByRole('group', { name: /har kunskap om människohandel/ });
  await first.getByRole('radio', { name: 'Ja' }).check();
  const routines = p.getByRole('group', { name: /hot- och riskbedömningar/ });
  await routines.getByRole('radio', { name: 'Delvis' }).check();
  await routines.getByRole('textbox', { name: 'Anteckning (frivillig)' }).fill('Rutinen finns men är inte antagen av styrelsen');
  const children = p.getByRole('group', { name: /egen behovsbedömning/ });
  await children.getByRole('radio', { name: 'Nej' }).check();

  await expect(status).toHaveText(`3 av ${total} krav besvarade.`);
  const summary = p.getByRole('region', { name: 'Sammanfattning' });
  const gaps = summary.getByRole('list').nth(1);
  await expect(gaps.getByRole('listitem')).toHaveCount(2);
  await expect(gaps).toContainText('hot- och riskbedömningar');
  await expect(gaps).toContainText('Rutinen finns men är inte antagen av styrelsen');
  await expect(gaps).toContainText('egen behovsbedömning');
  await expect(gaps).not.toContainText('har kunskap om människohandel');
});

test('the radio groups work from the keyboard', async ({ page: p }) => {
  await p.goto(rel(page));
  const first = p.getByRole('group', { name: /har kunskap om människohandel/ });
  await first.getByRole('radio', { name: 'Ja' }).focus();
  await p.keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: 'Delvis' })).toBeChecked();
  await expect(p.getByRole('status').filter({ hasText: /krav besvarade/ })).toHaveText(/^1 av/);
});

test('a saved file reopens with the same answers, and a damaged or foreign file changes nothing', async ({ page: p }) => {
  await p.goto(rel(page));
  const first = p.getByRole('group', { name: /har kunskap om människohandel/ });
  await first.getByRole('radio', { name: 'Nej' }).check();
  await first.getByRole('textbox', { name: 'Anteckning (frivillig)' }).fill('Utbildning planerad i vår');

  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Spara som fil' }).click()]);
  expect(download.suggestedFilename()).toBe('nsp-sjalvskattning.json');
  const dir = mkdtempSync(join(tmpdir(), 'nsp-sa-'));
  const saved = join(dir, 'saved.json');
  await download.saveAs(saved);
  const json = JSON.parse(readFileSync(saved, 'utf8'));
  expect(json.format).toBe('nsp-guiden/self-assessment');

  // Start again, then reopen the file.
  p.once('dialog', (d) => d.accept());
  await p.getByRole('button', { name: 'Börja om' }).click();
  await expect(first.getByRole('radio', { name: 'Nej' })).not.toBeChecked();
  const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.getByRole('button', { name: 'Öppna fil' }).click()]);
  await chooser.setFiles(saved);
  await expect(p.getByRole('status').filter({ hasText: 'är öppnad' })).toContainText('1 svar');
  await expect(first.getByRole('radio', { name: 'Nej' })).toBeChecked();
  await expect(first.getByRole('textbox', { name: 'Anteckning (frivillig)' })).toHaveValue('Utbildning planerad i vår');

  // A damaged file: a clear message, answers untouched.
  const damaged = join(dir, 'damaged.json');
  writeFileSync(damaged, readFileSync(saved, 'utf8').slice(0, 40));
  const [chooser2] = await Promise.all([p.waitForEvent('filechooser'), p.getByRole('button', { name: 'Öppna fil' }).click()]);
  await chooser2.setFiles(damaged);
  await expect(p.getByRole('alert')).toHaveText(/”damaged\.json” går inte att läsa.*Inget har ändrats\./);
  await expect(first.getByRole('radio', { name: 'Nej' })).toBeChecked();

  // A foreign JSON file: told it is not ours.
  const foreign = join(dir, 'package.json');
  writeFileSync(foreign, JSON.stringify({ name: 'x', version: '1.0.0' }));
  const [chooser3] = await Promise.all([p.waitForEvent('filechooser'), p.getByRole('button', { name: 'Öppna fil' }).click()]);
  await chooser3.setFiles(foreign);
  await expect(p.getByRole('alert')).toHaveText(/ingen självskattning från NSP-guiden/);
  await expect(first.getByRole('textbox', { name: 'Anteckning (frivillig)' })).toHaveValue('Utbildning planerad i vår');
});

test('answers last for the session only, in sessionStorage, never localStorage', async ({ page: p }) => {
  await p.goto(rel(page));
  await p.getByRole('group', { name: /har kunskap om människohandel/ }).getByRole('radio', { name: 'Ja' }).check();
  await p.reload();
  await expect(p.getByRole('group', { name: /har kunskap om människohandel/ }).getByRole('radio', { name: 'Ja' })).toBeChecked();
  expect(await p.evaluate(() => Object.keys(sessionStorage))).toContain('nsp:self-assessment');
  expect(await p.evaluate(() => localStorage.length)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the requirements read as a plain printable list', async ({ page: p }) => {
    await p.goto(rel('/en/certification/self-assessment/'));
    await expect(p.getByRole('heading', { name: 'Knowledge of trafficking', level: 2 })).toBeVisible();
    await expect(p.getByText('The organisation has knowledge of human trafficking', { exact: false })).toBeVisible();
    // Strength shows without JavaScript too: Sweden's obligations are labelled as such.
    await expect(p.getByRole('heading', { name: "Sweden's obligations as a state", level: 2 })).toBeVisible();
    await expect(p.getByText("Sweden's obligation, not an NSP requirement").first()).toBeVisible();
    await expect(p.getByRole('radio')).toHaveCount(0);
    await expect(p.getByRole('button', { name: 'Save as file' })).toHaveCount(0);
  });
});

test('each item shows how strong it is: not documented, or Sweden’s obligation rather than NSP’s', async ({ page: p }) => {
  await p.goto(rel(page));
  // Network meetings: the sources only say the programme offered them.
  const meetings = p.getByRole('group', { name: /håller sin kunskap aktuell/ });
  await expect(meetings.locator('[data-basis="not-documented"]').first()).toContainText(/ej dokumenterat: Inget krav i källorna/);
  // The interpreting item is Sweden's obligation, and what a shelter shows for it is undocumented.
  const interpreting = p.getByRole('group', { name: /översättning och tolk/ });
  await expect(interpreting).toContainText('Sveriges åtagande, inte ett krav från NSP');
  await expect(interpreting.locator('[data-basis="not-documented"]')).toContainText('ej dokumenterat');
  // A stated requirement carries no marker.
  await expect(p.getByRole('group', { name: /hot- och riskbedömningar/ }).locator('[data-basis]')).toHaveCount(0);
});

test('an older file answering a moved item still opens, keeps the answer and says what changed', async ({ page: p }) => {
  await p.goto(rel(page));
  const dir = mkdtempSync(join(tmpdir(), 'nsp-sa-old-'));
  const old = join(dir, 'old.json');
  writeFileSync(old, JSON.stringify({
    format: 'nsp-guiden/self-assessment', version: 1, savedAt: '2026-06-01T09:00:00.000Z', lang: 'sv',
    answers: { 'rights-interpretation': { answer: 'partly', note: 'Tolk via kommunen' }, 'no-such-item': { answer: 'yes' } },
  }));
  const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.getByRole('button', { name: 'Öppna fil' }).click()]);
  await chooser.setFiles(old);
  const status = p.getByRole('status').filter({ hasText: 'är öppnad' });
  await expect(status).toContainText('1 svar');
  await expect(status).toContainText('1 svar gällde krav som inte längre finns i listan');
  await expect(status).toContainText(/har ändrats sedan filen sparades.*översättning och tolk.*åtagande för Sverige som stat/);
  const interpreting = p.getByRole('group', { name: /översättning och tolk/ });
  await expect(interpreting.getByRole('radio', { name: 'Delvis' })).toBeChecked();
  await expect(interpreting.getByRole('textbox', { name: 'Anteckning (frivillig)' })).toHaveValue('Tolk via kommunen');
});
