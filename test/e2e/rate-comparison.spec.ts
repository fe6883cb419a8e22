import { expect, test } from '../support/guarded';
import { rel } from '../support/built-pages';
import { documentedYears, newestYear } from '../support/years';

/**
 * The newest documented year and the oldest, from content/rates/. The first two tests check what
 * the 2022 and 2024 reports say and how they differ: those stay true when a later year is added.
 */
const Y = newestYear();
const OLD = documentedYears()[0];

/** The comparison of the years, and the shared rules-year selection. */
test('the comparison shows each year with its source and the computed changes', { tag: '@years' }, async ({ page }) => {
  await page.goto(rel('/ersattningar/'));
  const table = page.getByRole('table', { name: /Ersättningar år för år/ });
  await expect(table.getByRole('columnheader', { name: /2022/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /2024/ })).toBeVisible();
  const reflection = table.getByRole('row', { name: /Ersättning för vuxen/ }).first();
  await expect(reflection).toContainText('1 200 kr per dygn');
  await expect(reflection).toContainText('1 320 kr per dygn');
  await expect(reflection.getByRole('link', { name: /nsp-2022/ })).toBeVisible();

  const changes = page.getByRole('region', { name: 'Det här ändrades från 2022 till 2024' });
  await expect(changes.getByRole('listitem').filter({ hasText: 'Ny ersättning för Reflektionsperiod' })).toContainText(/1\s200\skr per dygn.*→.*1\s320\skr per dygn/);
  // The cap row has a neutral name, and the cap is compared in days; 2022's 3 × 90 is derived, so no change is reported.
  await expect(table.getByRole('row', { name: /^Tak för förlängt stöd per person/ })).toContainText(/270 dagar.*90 dagar/);
  await expect(changes.getByRole('listitem').filter({ hasText: 'Tak för förlängt stöd per person' })).toContainText('ingen ändring redovisas');
  await expect(changes.getByText(/perioder.*→/)).toHaveCount(0);
  await expect(changes.getByRole('listitem').filter({ hasText: 'Ny insats: Integrationsstöd med dygnsersättning' })).toContainText('1 320 kr per dygn');
  // 2023 is not said to be unpublished: the guide's sources just hold no report for it.
  await expect(page.getByText(/Guidens källor innehåller ingen årsrapport för 2023/)).toBeVisible();
  await expect(page.getByText(/Inga ersättningar är publicerade/)).toHaveCount(0);
});

test('a derived figure carries its marker, how and from, on the year table and in the comparison', { tag: '@years' }, async ({ page }) => {
  await page.goto(rel('/ersattningar/2024/'));
  const row = page.getByRole('table', { name: 'Ersättningar och tak 2024' }).getByRole('row', { name: /^Enbart stöd/ });
  await expect(row).toContainText('660 kr per dag');
  await expect(row.locator('[data-basis="derived"]')).toContainText(/härlett: Rapporten anger inget belopp för enbart stöd.*Ur: nsp-2024, 1\.2/);

  await page.goto(rel('/ersattningar/'));
  const compareRow = page.getByRole('table', { name: /Ersättningar år för år/ }).getByRole('rowgroup').filter({ hasText: 'Enbart stöd' }).getByRole('row', { name: /Ersättning för vuxen/ });
  // 2022's 600 kr is stated, 2024's 660 kr derived: only the derived cell is marked.
  await expect(compareRow.locator('td[data-year="2022"] [data-basis]')).toHaveCount(0);
  await expect(compareRow.locator('td[data-year="2024"] [data-basis="derived"]')).toContainText('härlett');
  // No change is reported to or from the guide's own derivation.
  const changes = page.getByRole('region', { name: 'Det här ändrades från 2022 till 2024' });
  await expect(changes.getByText('Ny ersättning för Enbart stöd')).toHaveCount(0);
  await expect(changes.getByRole('listitem').filter({ hasText: /^Enbart stöd: ingen ändring redovisas/ })).toContainText('guidens egen härledning');
});

test('the comparison invents no change where a year is undocumented, and says the days after the first 90 went unpaid', { tag: '@years' }, async ({ page }) => {
  await page.goto(rel('/en/rates/'));
  const changes = page.getByRole('region', { name: 'What changed from 2022 to 2024' });
  // nsp-2022 does not say how point interventions were priced: no "from case by case to a schedule".
  await expect(changes.getByText(/Point interventions: from/)).toHaveCount(0);
  await expect(changes.getByText(/case by case/)).toHaveCount(0);
  await expect(changes.getByRole('listitem').filter({ hasText: /after the first 90 days were not paid at all in 2024/ })).toContainText(/SEK\s600 per night.*\S; the cap per person in 2024: 90 days/);
  await expect(changes.getByText(/was dropped/)).toHaveCount(0);
  // The 2022 cell says plainly that the pricing is not documented.
  const points = page.getByRole('table', { name: /Rates year by year/ }).getByRole('row', { name: /^Point interventions/ });
  await expect(points.locator('td[data-year="2022"] [data-basis="not-documented"]')).toContainText('not documented');
});

test('choosing a year highlights it and the choice follows the visitor for the session', { tag: '@years' }, async ({ page }) => {
  await page.goto(rel('/ersattningar/'));
  const pick = page.getByRole('group', { name: 'Markera regelår' });
  // Newest year first.
  await expect(pick.getByRole('radio', { name: String(Y) })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: `${Y} (markerat)` })).toBeVisible();
  await pick.getByRole('radio', { name: String(OLD) }).check();
  await expect(page.getByRole('columnheader', { name: `${OLD} (markerat)` })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: `${Y} (markerat)` })).toHaveCount(0);
  await expect(pick.getByRole('link', { name: 'Hela tabellen för året' })).toHaveAttribute('href', new RegExp(`/ersattningar/${OLD}/$`));
  expect(await page.evaluate(() => sessionStorage.getItem('nsp:rate-year'))).toBe(String(OLD));

  // The English page shares the same selection.
  await page.goto(rel('/en/rates/'));
  await expect(page.getByRole('group', { name: 'Highlight a rules year' }).getByRole('radio', { name: String(OLD) })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: `${OLD} (highlighted)` })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every year is shown and nothing is marked', { tag: '@years' }, async ({ page }) => {
    await page.goto(rel('/en/rates/'));
    for (const year of documentedYears()) await expect(page.getByRole('columnheader', { name: String(year), exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Highlight a rules year' })).toBeHidden();
  });
});

test('a year page lists every rate with its source and says what is not documented', { tag: '@years' }, async ({ page }) => {
  await page.goto(rel('/en/rates/2024/'));
  const table = page.getByRole('table', { name: 'Rates and limits in 2024' });
  const reflection = table.getByRole('row', { name: /^Reflection period/ });
  // A night at the shelter is priced per night (Swedish "dygn"), a day of support per day.
  await expect(reflection).toContainText('SEK 1,320 per night');
  await expect(reflection).toContainText('of which protection and support: SEK 660 per night');
  await expect(reflection.getByRole('link', { name: /nsp-2024, 1\.2/ }).first()).toBeVisible();
  await expect(reflection).toContainText('not documented');
  const notDocumented = page.getByRole('heading', { name: 'What the sources do not say' });
  await expect(notDocumented).toBeVisible();
  await expect(page.getByText(/mentions no extra daily supplement/)).toBeVisible();
});
