import { describe, expect, it } from 'vitest';
import { rules2022, rules2024 } from '../../../calculators/tests/load';
import { rateFact, sameFact } from './facts';

describe('named rate figures come from the year files with their source', () => {
  it('2024 reflection period: 1 320 SEK per night, 660 + 660, at most 30 days (nsp-2024 1.2)', () => {
    expect(rateFact(rules2024, 'reflection.rate')).toMatchObject({ kind: 'amount', amount: 1320, unit: 'sek-per-night', source: { key: 'nsp-2024' } });
    expect(rateFact(rules2024, 'reflection.support')).toMatchObject({ amount: 660 });
    expect(rateFact(rules2024, 'reflection.housing')).toMatchObject({ amount: 660 });
    expect(rateFact(rules2024, 'reflection.maxDays')).toMatchObject({ amount: 30, unit: 'days' });
  });

  it('integration support per day is priced per day, not per night (500 SEK/dag)', () => {
    expect(rateFact(rules2022, 'integration-daily.rate')).toMatchObject({ amount: 500, unit: 'sek-per-day' });
  });

  it('says "not offered" for the 2022 integration support with daily compensation', () => {
    expect(rateFact(rules2022, 'integration-stay.rate').kind).toBe('not-offered');
  });

  it('says "not documented" for what the 2024 report leaves out, and for an unsplit rate', () => {
    expect(rateFact(rules2024, 'extraSupplement.rate').kind).toBe('not-documented');
    expect(rateFact(rules2024, 'dailyAllowanceDeduction').kind).toBe('not-documented');
    expect(rateFact(rules2022, 'integration-daily.support').kind).toBe('not-documented');
  });

  it('§1.2 splits the adults\' daily compensation, integration with a stay included, into 660 + 660 (stated)', () => {
    expect(rateFact(rules2024, 'integration-stay.support')).toMatchObject({ kind: 'amount', amount: 660, source: { key: 'nsp-2024', section: '1.2 Tillgängliga stödinsatser under 2024' }, basis: undefined });
    expect(rateFact(rules2024, 'integration-stay.housing')).toMatchObject({ kind: 'amount', amount: 660 });
  });

  it('how point interventions were priced: not documented for 2022, a schedule in 2024', () => {
    expect(rateFact(rules2022, 'pointInterventions').kind).toBe('not-documented');
    expect(rateFact(rules2024, 'pointInterventions')).toMatchObject({ kind: 'text', source: { key: 'nsp-2024' } });
  });

  it('reads shared limits in days: 3 × 90 = 270 extended days in 2022 (derived), 90 in 2024 (stated); the 45-day integration limit only in 2024', () => {
    expect(rateFact(rules2022, 'limit.extended-days.maxDays')).toMatchObject({ amount: 270, unit: 'days', basis: { kind: 'derived' } });
    expect(rateFact(rules2024, 'limit.extended-days.maxDays')).toMatchObject({ amount: 90, unit: 'days', basis: undefined });
    expect(rateFact(rules2024, 'limit.reflection-days.maxDays')).toMatchObject({ amount: 30, basis: { kind: 'derived' } });
    expect(rateFact(rules2022, 'limit.integration-45-days.maxDays').kind).toBe('absent');
    expect(rateFact(rules2024, 'limit.integration-45-days.maxDays')).toMatchObject({ amount: 45, unit: 'days' });
  });

  it('the 2022 half rate after the first 90 days of extended support (600 SEK)', () => {
    expect(rateFact(rules2022, 'extended.laterRate')).toMatchObject({ amount: 600 });
    expect(rateFact(rules2024, 'extended.laterRate').kind).toBe('absent');
  });

  it('refuses a misspelt name, listing the valid ones, so a page typo fails the build', () => {
    expect(() => rateFact(rules2024, 'reflection.rat')).toThrow(/Unknown rate figure "reflection.rat".*reflection.rate/);
    expect(() => rateFact(rules2024, 'limit.extended-days.days')).toThrow(/Unknown rate figure/);
    expect(() => rateFact(rules2024, 'limit.extended-days.maxPeriods')).toThrow(/Unknown rate figure/);
  });

  it('compares figures by value, not by citation', () => {
    expect(sameFact(rateFact(rules2022, 'reflection.maxDays'), rateFact(rules2024, 'reflection.maxDays'))).toBe(true);
    expect(sameFact(rateFact(rules2022, 'reflection.rate'), rateFact(rules2024, 'reflection.rate'))).toBe(false);
  });
});
