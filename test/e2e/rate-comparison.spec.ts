import { expect, test } from '../support/guarded';
import { rel } from '../support/built-pages';

/** The comparison of the years, and the shared rules-year selection. */
test('the comparison shows each year with its source and the computed changes', async ({ page }) => {
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
  await expect(changes.getByRole('listitem').filter({ hasText: /Nytt tak: Bara en förlängd period/ })).toContainText(/3 perioder.*→.*1 period/);
  await expect(changes.getByRole('listitem').filter({ hasText: 'Ny insats: Integrationsstöd med dygnsersättning' })).toContainText('1 320 kr per dygn');
  await expect(page.getByText(/Inga ersättningar är publicerade för 2023/)).toBeVisible();
});

test('choosing a year highlights it and the choice follows the visitor for the session', async ({ page }) => {
  await page.goto(rel('/ersattningar/'));
  const pick = page.getByRole('group', { name: 'Markera regelår' });
  // Newest year first.
  await expect(pick.getByRole('radio', { name: '2024' })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: /2024 \(markerat\)/ })).toBeVisible();
  await pick.getByRole('radio', { name: '2022' }).check();
  await expect(page.getByRole('columnheader', { name: /2022 \(markerat\)/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /2024 \(markerat\)/ })).toHaveCount(0);
  await expect(pick.getByRole('link', { name: 'Hela tabellen för året' })).toHaveAttribute('href', /\/ersattningar\/2022\/$/);
  expect(await page.evaluate(() => sessionStorage.getItem('nsp:rate-year'))).toBe('2022');

  // The English page shares the same selection.
  await page.goto(rel('/en/rates/'));
  await expect(page.getByRole('group', { name: 'Highlight a rules year' }).getByRole('radio', { name: '2022' })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: /2022 \(highlighted\)/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every year is shown and nothing is marked', async ({ page }) => {
    await page.goto(rel('/en/rates/'));
    await expect(page.getByRole('columnheader', { name: '2022' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '2024' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Highlight a rules year' })).toBeHidden();
  });
});

test('a year page lists every rate with its source and says what is not documented', async ({ page }) => {
  await page.goto(rel('/en/rates/2024/'));
  const table = page.getByRole('table', { name: 'Rates and limits in 2024' });
  const reflection = table.getByRole('row', { name: /^Reflection period/ });
  await expect(reflection).toContainText('SEK 1,320 per day');
  await expect(reflection).toContainText('of which protection and support: SEK 660 per day');
  await expect(reflection.getByRole('link', { name: /nsp-2024, 1\.2/ }).first()).toBeVisible();
  await expect(reflection).toContainText('not documented');
  const notDocumented = page.getByRole('heading', { name: 'What the sources do not say' });
  await expect(notDocumented).toBeVisible();
  await expect(page.getByText(/mentions no extra daily supplement/)).toBeVisible();
});
