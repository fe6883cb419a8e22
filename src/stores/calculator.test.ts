import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodePlan, parseRuleSet } from '../../calculators';
import {
  addPeriod,
  comparison,
  estimate,
  initCalculator,
  linkState,
  movePeriod,
  planDraft,
  planFragment,
  restoreFromFragment,
  typedNumber,
  updatePeriod,
} from './calculator';
import { documentedYears, initRateYears, rateYear, setRateYear } from './rate-year';
import { MemoryStorage } from '../../test/support/memory-storage';

const load = (y: number) => parseRuleSet(parse(readFileSync(`content/rates/${y}.yaml`, 'utf8')));
const sets = [load(2022), load(2024)];
const adult2024 = sets[1]!.interventions.reflection.offered ? sets[1]!.interventions.reflection.rate.amount : NaN;

describe('the calculator store', () => {
  beforeEach(() => {
    Object.assign(globalThis, { sessionStorage: new MemoryStorage() });
    rateYear.set(undefined);
    documentedYears.set([]);
    initRateYears(['2022', '2024']);
    initCalculator(sets, 'sv');
  });

  it('starts with a reflection period in the selected year, costed by the engine', () => {
    expect(planDraft.get().start).toBe('2024-03-01');
    expect(estimate.get()?.total).toBe(30 * adult2024);
  });

  it('passes typed text to the engine so bad input comes back as a problem naming the field', () => {
    expect(typedNumber('1 500')).toBe(1500);
    expect(typedNumber('2,5')).toBe(2.5);
    expect(typedNumber('tre')).toBe('tre');
    updatePeriod(planDraft.get().periods[0]!.id, { days: '-4' });
    const p = estimate.get()?.problems.find((x) => x.field === 'periods.0.days');
    expect(p?.code).toBe('invalid-input');
    expect(estimate.get()?.total).toBe(0);
  });

  it('moves a plan that starts in the old year along when the shared year changes', () => {
    setRateYear('2022');
    expect(planDraft.get().start).toBe('2022-03-01');
    expect(estimate.get()?.rulesYear).toBe(2022);
  });

  it('reorders periods and refuses to move past either end', () => {
    const second = addPeriod();
    expect(second.intervention).toBe('extended');
    expect(movePeriod(second.id, 1)).toBe(false);
    expect(movePeriod(second.id, -1)).toBe(true);
    expect(planDraft.get().periods.map((p) => p.intervention)).toEqual(['extended', 'reflection']);
  });

  it('gives no link for a plan with input errors, and a readable one otherwise', () => {
    expect(planFragment()).toMatch(/^v=1&y=2024&s=2024-03-01&p=reflection.30/);
    updatePeriod(planDraft.get().periods[0]!.id, { days: 'x' });
    expect(planFragment()).toBeNull();
  });

  it('restores a plan from a link, including its year, and reports a damaged one', () => {
    restoreFromFragment(encodePlan({ start: '2022-05-02', periods: [{ intervention: 'extended', days: 20 }], children: 1 }, 2022));
    expect(rateYear.get()).toBe('2022');
    expect(planDraft.get().periods[0]).toMatchObject({ intervention: 'extended', days: '20' });
    expect(linkState.get()).toEqual({ kind: 'restored', year: 2022, yearDocumented: true });
    restoreFromFragment('v=1&y=2024&s=nope');
    expect(linkState.get().kind).toBe('damaged');
    expect(planDraft.get().periods[0]).toMatchObject({ intervention: 'reflection', days: '30' });
  });

  it('compares the same plan under every documented year', () => {
    const rows = comparison.get();
    expect(rows.map((r) => [r.year, r.start])).toEqual([[2022, '2022-03-01'], [2024, '2024-03-01']]);
    expect(rows.every((r) => r.estimate.problems.length === 0)).toBe(true);
  });
});
