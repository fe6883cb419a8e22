import { expect, test } from '../support/guarded';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formatKronor } from '../../calculators/money';
import { rel } from '../support/built-pages';

/**
 * The programme scenario against the production build. Figures are worked out from the data
 * files (rates and programme for 2024), and the report's own stated figures are read from the
 * programme file, so both sides of its inconsistency are checked, not typed.
 */
const rates = parse(readFileSync('content/rates/2024.yaml', 'utf8'));
const programme = parse(readFileSync('content/programme/2024.yaml', 'utf8'));
const kr = (n: number) => formatKronor(n, 'sv');
const rate: number = rates.interventions.extended.rate.amount;
const spend: number = programme.spend.directInterventions.value;
const stated = programme.scenarios[0];
test.describe.configure({ timeout: 90_000 });

test('the 2024 report case: the cost matches, the report total does not, and both are shown with sources', async ({ page }) => {
  await page.goto(rel('/kalkylator/scenario/'));
  await expect(page.getByLabel('Antal personer')).toHaveValue(String(stated.people.value), { timeout: 20_000 });
  await expect(page.getByLabel('Fler dygn per person')).toHaveValue(String(stated.daysPerPerson.value));
  const cost = stated.people.value * stated.daysPerPerson.value * rate;
  expect(cost).toBe(stated.cost.value); // nsp-2024 §2 states the same cost
  await expect(page.getByTestId('scen-cost')).toHaveText(kr(cost));
  await expect(page.getByTestId('scen-total')).toHaveText(kr(spend + cost));
  await expect(page.getByTestId('scen-stated-total')).toHaveText(kr(stated.totalWithScenario.value));
  const difference = page.getByTestId('scen-difference');
  await expect(difference).toContainText(kr(spend + cost - stated.totalWithScenario.value));
  await expect(difference).toContainText(kr(stated.totalWithScenario.value - stated.cost.value));
  await expect(difference.getByRole('link')).toHaveAttribute('href', /\/kallor\/#nsp-2024$/);
  await expect(page.getByRole('row', { name: /^Fördelat till direktinsatser/ }).getByRole('link')).toContainText('nsp-2024, 2 Om stödsökande');
});

test('180 days for everyone with extended support, from the data; bad input gets a message', async ({ page }) => {
  await page.goto(rel('/kalkylator/scenario/'));
  const proposal = programme.proposals[0];
  const people: number = programme.interventions.find((r: { id: string }) => r.id === 'extended').count.value;
  const more = proposal.maxDays.value - rates.interventions.extended.maxDaysPerPeriod.amount;
  await page.getByRole('button', { name: `Använd ${proposal.maxDays.value} dygn för alla med förlängt stöd` }).click({ timeout: 20_000 });
  await expect(page.getByLabel('Antal personer')).toHaveValue(String(people));
  await expect(page.getByLabel('Fler dygn per person')).toHaveValue(String(more));
  await expect(page.getByTestId('scen-cost')).toHaveText(kr(people * more * rate));
  await expect(page.getByTestId('scen-proposal-more')).toContainText(kr(spend + people * more * rate));

  await page.getByLabel('Antal personer').fill('-3');
  const field = page.getByLabel('Antal personer');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const id = (await field.getAttribute('aria-describedby')) ?? '';
  await expect(page.locator(`[id="${id}"]`)).toContainText('Antalet personer måste vara ett heltal');
  await expect(page.getByTestId('scen-cost')).toHaveText(kr(0));
  await expect(page.getByText(/\bNaN\b/)).toHaveCount(0);
  await expect(page.getByText('Rätta felen i scenariot för att se en summa.')).toBeVisible();
});

test('the English scenario speaks English and uses the same figures', async ({ page }) => {
  await page.goto(rel('/en/calculator/scenario/'));
  await expect(page.getByTestId('scen-cost')).toHaveText(formatKronor(stated.cost.value, 'en'), { timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'The report calculates the same case' })).toBeVisible();
});
