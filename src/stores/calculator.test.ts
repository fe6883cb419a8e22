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
  chooseDocumentedYear,
  chooseOwnAmounts,
  openOwnFile,
  ownActive,
  ownDraft,
  ownFile,
  ownFileText,
  setLastDay,
  setOwnValue,
  setOwnYear,
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

  it('sets a period by its last day, keeps an impossible last day as typed, and moves later dates with the order', () => {
    const first = planDraft.get().periods[0]!;
    setLastDay(first.id, '2024-05-29');
    expect(planDraft.get().periods[0]).toMatchObject({ days: '90', lastDayTyped: null });
    setLastDay(first.id, '2024-02-01');
    expect(planDraft.get().periods[0]).toMatchObject({ days: '90', lastDayTyped: '2024-02-01' });
    const second = addPeriod();
    setLastDay(second.id, '2024-06-07');
    expect(planDraft.get().periods[1]?.days).toBe('9');
  });

  it('own amounts: a year the guide lacks, the plan moved to it, marked own; a documented year again leaves them', async () => {
    ownActive.set(false);
    ownDraft.set(null);
    await chooseOwnAmounts();
    setOwnYear('2026');
    setOwnValue('interventions.reflection.rate.amount', '1400');
    expect(planDraft.get().start).toBe('2026-03-01');
    expect(estimate.get()?.total).toBe(42_000);
    expect(estimate.get()?.lines[0]?.components.every((c) => c.own && c.source === null)).toBe(true);
    expect(comparison.get().map((r) => [r.year, r.own, r.estimate.total])).toEqual([[2022, false, expect.any(Number)], [2024, false, 30 * adult2024], [2026, true, 42_000]]);
    chooseDocumentedYear('2024');
    expect(ownActive.get()).toBe(false);
    expect(planDraft.get().start).toBe('2024-03-01');
    expect(estimate.get()?.total).toBe(30 * adult2024);
  });

  it('own amounts with an error give no estimate; a damaged file changes nothing; a saved file opens again', async () => {
    ownDraft.set(null);
    await chooseOwnAmounts();
    setOwnYear('2026');
    setOwnValue('interventions.reflection.rate.amount', '-1');
    expect(estimate.get()).toBeNull();
    setOwnValue('interventions.reflection.rate.amount', '1400');
    const saved = await ownFileText('yaml');
    const before = structuredClone({ plan: planDraft.get(), own: ownDraft.get()?.values });
    expect(await openOwnFile('bad.yaml', (saved ?? '').replace('amount: 1400', 'amount: -1400'))).toBe(false);
    expect(ownFile.get()).toMatchObject({ kind: 'damaged', issues: [{ path: 'interventions.reflection.rate.amount', code: 'too_small' }] });
    expect({ plan: planDraft.get(), own: ownDraft.get()?.values }).toEqual(before);
    setOwnValue('interventions.reflection.rate.amount', '1');
    expect(await openOwnFile('good.yaml', saved ?? '')).toBe(true);
    expect(ownDraft.get()?.values['interventions.reflection.rate.amount']).toBe('1400');
    expect(estimate.get()?.total).toBe(42_000);
  });
});
