import { describe, expect, test } from 'vitest';
import { parseProgramme, programmeScenario, proposalScenario } from '../index';
import { programme2022, programme2024, rawYaml, rules2022, rules2024 } from './load';

describe('programme figures', () => {
  test('nsp-2022 "Insatsernas finansiella fördelning": rows add up to 62 interventions and 2 676 620 SEK', () => {
    const rows = programme2022.interventions.filter((r) => r.id !== 'total');
    const sum = (k: 'count' | 'sek') => rows.reduce((s, r) => s + ('value' in r[k] ? r[k].value : 0), 0);
    expect(sum('count')).toBe(62);
    expect(sum('sek')).toBe(2_676_620);
    expect(programme2022.spend.directInterventions.value).toBe(2_676_620);
  });
  test('nsp-2022 "Ärendehantering 2022": 35 adults + 25 children = 60', () => {
    expect(programme2022.people.adults.value + programme2022.people.children.value).toBe(programme2022.people.total.value);
  });
  test('nsp-2024 §2: 39 adults + 24 children = 63; 1 427 adult and 342 child days', () => {
    expect(programme2024.people.adults.value + programme2024.people.children.value).toBe(63);
    expect(programme2024.days.adults).toMatchObject({ value: 1427 });
  });
  test('two figures that disagree are both kept, with a note', () => {
    expect(programme2022.spend.other.find((f) => f.id === 'allocated-2022-funds')?.value).toBe(2_215_560);
    expect(programme2022.discrepancies.map((d) => d.id)).toContain('direct-intervention-totals');
  });
  test('a broken programme file throws naming the field', () => {
    const raw = structuredClone(rawYaml('programme/2024.yaml')) as any;
    raw.spend.directInterventions.value = 25.5;
    expect(() => parseProgramme(raw)).toThrow(/spend\.directInterventions\.value/);
  });
});

describe('programme scenario', () => {
  test('nsp-2024 §2: six people × 90 more days = 540 days, 712 800 SEK, as the report states', () => {
    const r = programmeScenario(rules2024, programme2024, { intervention: 'extended', people: 6, daysPerPerson: 90 });
    expect(r).toMatchObject({ ok: true, totalDays: 540, dailyRate: 1320, cost: 712_800 });
    expect(r.stated?.costMatches).toBe(true);
  });
  test('nsp-2024 §2: 2 544 827 + 712 800 = 3 257 627; the report\'s 3 107 474 implies a base of 2 394 674', () => {
    const r = programmeScenario(rules2024, programme2024, { intervention: 'extended', people: 6, daysPerPerson: 90 });
    expect(r.actualSpend.amount).toBe(2_544_827);
    expect(r.totalWithScenario).toBe(3_257_627);
    expect(r.stated).toMatchObject({ totalWithScenario: 3_107_474, totalMatches: false, impliedSpend: 2_394_674, difference: 150_153 });
    expect(programme2024.discrepancies.map((d) => d.id)).toContain('scenario-total');
  });
  test('180 days of extended support for the 14 who had one: 14 × 90 more days × 1 320', () => {
    const r = programmeScenario(rules2024, programme2024, { intervention: 'extended', people: 14, daysPerPerson: 90 });
    expect(r.cost).toBe(1_663_200);
    expect(r.stated).toBeNull();
  });
  test('2022 extension at half rate: period 2 costs 600/day', () => {
    const r = programmeScenario(rules2022, programme2022, { intervention: 'extended', people: 2, daysPerPerson: 90, periodNumber: 2 });
    expect(r.cost).toBe(108_000);
    expect(r.totalWithScenario).toBe(2_676_620 + 108_000);
  });
  test('bad input and an intervention the year lacks give problems, not exceptions', () => {
    const a = programmeScenario(rules2024, programme2024, { intervention: 'extended', people: -1, daysPerPerson: 1.5 });
    expect(a.ok).toBe(false);
    expect(a.problems.map((p) => p.field)).toEqual(['people', 'daysPerPerson']);
    const b = programmeScenario(rules2022, programme2022, { intervention: 'integration-stay', people: 1, daysPerPerson: 1 });
    expect(b.problems[0]?.code).toBe('not-offered');
  });
});

describe('a proposal the report asks for', () => {
  test('nsp-2024 §4.1: extended support up to 180 days for the 14 people who had it (§2) = 90 more days each over the 90 of §1.2', () => {
    const r = proposalScenario(rules2024, programme2024, 'extended-180-days');
    expect(r).toMatchObject({ people: 14, proposedDays: 180, currentMaxDays: 90, moreDaysPerPerson: 90, fullCost: 14 * 180 * 1320 });
    expect(r?.scenario).toMatchObject({ ok: true, totalDays: 1260, cost: 1_663_200, totalWithScenario: 2_544_827 + 1_663_200 });
    expect(r?.proposedSource).toEqual({ key: 'nsp-2024', section: '4.1 Tillgång till långsiktigt stöd' });
  });
  test('no proposal in the 2022 file, an unknown id, or mismatched years give null', () => {
    expect(proposalScenario(rules2022, programme2022, 'extended-180-days')).toBeNull();
    expect(proposalScenario(rules2024, programme2024, 'no-such-proposal')).toBeNull();
    expect(proposalScenario(rules2022, programme2024, 'extended-180-days')).toBeNull();
  });
});
