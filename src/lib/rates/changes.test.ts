import { describe, expect, it } from 'vitest';
import { rules2022, rules2024 } from '../../../calculators/tests/load';
import { changesBetween, type RateChange } from './changes';

const changes = changesBetween(rules2022, rules2024);
const find = <K extends RateChange['kind']>(kind: K, pred: (c: Extract<RateChange, { kind: K }>) => boolean = () => true) =>
  changes.filter((c): c is Extract<RateChange, { kind: K }> => c.kind === kind).find(pred);

describe('what changed from 2022 to 2024, computed from the data', () => {
  it('the adult rate went from 1 200 to 1 320 SEK for the reflection and extended periods', () => {
    expect(find('rate', (c) => c.intervention === 'reflection')).toMatchObject({ from: { amount: 1200 }, to: { amount: 1320 } });
    expect(find('rate', (c) => c.intervention === 'extended')).toMatchObject({ from: { amount: 1200 }, to: { amount: 1320 } });
  });

  it('the extended-support cap is not reported as a change, as the 2022 figure (3 × 90 days) is derived (M3)', () => {
    expect(find('limit', (c) => c.limit === 'extended-days')).toBeUndefined();
    expect(find('derived-not-compared', (c) => c.what === 'limit')).toMatchObject({ label: { sv: 'Tak för förlängt stöd per person' } });
  });

  it('integration support with daily compensation is new, at 1 320 SEK', () => {
    expect(find('introduced', (c) => c.intervention === 'integration-stay')).toMatchObject({ to: { amount: 1320 } });
  });

  it('later extended periods (600 SEK in 2022) were not paid at all in 2024, not paid at full rate; the 45-day integration limit was added', () => {
    expect(find('later-rate-removed', (c) => c.intervention === 'extended')).toBeUndefined();
    expect(find('later-periods-unpaid', (c) => c.intervention === 'extended')).toMatchObject({ from: { amount: 600 }, limit: { amount: 90 }, afterDays: 90 });
    expect(find('limit-added', (c) => c.limit === 'integration-45-days')).toMatchObject({ to: { amount: 45 } });
  });

  it('the child supplement stayed at 500 SEK but now also covers the integration stay', () => {
    expect(find('child-supplement-rate')).toBeUndefined();
    expect(find('child-supplement-scope')).toMatchObject({ added: ['integration-stay'], removed: [] });
  });

  it('the extra supplement and the deduction are no longer documented; no change in point-intervention pricing is invented', () => {
    expect(find('no-longer-documented', (c) => c.item === 'extraSupplement')).toBeDefined();
    expect(find('no-longer-documented', (c) => c.item === 'dailyAllowanceDeduction')).toBeDefined();
    // nsp-2022 does not say how point interventions were priced, so there is nothing to compare.
    expect(find('point-basis')).toBeUndefined();
    const documented2022 = { ...rules2022, pointInterventions: { ...rules2022.pointInterventions, basis: 'case-by-case' as const } };
    expect(changesBetween(documented2022, rules2024).find((c) => c.kind === 'point-basis')).toMatchObject({ from: 'case-by-case', to: 'standard-schedule' });
  });

  it('the 2024 support-only rate is the guide\'s derivation, so no rate change is reported for it (M3)', () => {
    expect(find('rate', (x) => x.intervention === 'support-only')).toBeUndefined();
    expect(find('derived-not-compared', (c) => c.what === 'rate')).toMatchObject({ label: { sv: 'Enbart stöd' } });
  });

  it('the integration support per day (500 SEK) did not change, so it is not listed', () => {
    expect(changes.some((c) => 'intervention' in c && c.intervention === 'integration-daily')).toBe(false);
  });

  it('a year compared with itself has no changes', () => {
    expect(changesBetween(rules2024, rules2024)).toEqual([]);
  });
});
