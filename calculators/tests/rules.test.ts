import { describe, expect, test } from 'vitest';
import { documentedInterventions, documentedYears, maxDays, parseRuleSet, undocumentedYears, childSupplementApplies, planFieldsAvailable } from '../index';
import { rawYaml, rules2022, rules2024 } from './load';

const clone = (v: unknown): any => structuredClone(v);

describe('rates files', () => {
  test('nsp-2022 "Nationella Stödprogrammets struktur 2022": adult 1 200 = 600 support + 600 housing', () => {
    const r = rules2022.interventions.reflection;
    expect(r.offered && r.rate.amount).toBe(1200);
    expect(r.offered && r.rate.components?.support.amount).toBe(600);
    expect(r.offered && r.rate.components?.housing.amount).toBe(600);
  });
  test('nsp-2024 §1.2: adult 1 320 = 660 protection and support + 660 housing', () => {
    const r = rules2024.interventions.extended;
    expect(r.offered && r.rate.amount).toBe(1320);
    expect(r.offered && r.rate.components?.support.amount).toBe(660);
  });
  test('2022 offers no integration support with daily compensation; 2024 does (nsp-2024 §3.3)', () => {
    expect(rules2022.interventions['integration-stay'].offered).toBe(false);
    expect(maxDays(rules2022, 'integration-stay')).toBeNull();
    expect(maxDays(rules2024, 'integration-stay')).toBe(45);
  });
  test('extra supplement and deduction are documented for 2022 and explicitly not for 2024', () => {
    expect(planFieldsAvailable(rules2022)).toEqual({ extraSupplementDays: true, dailyDeduction: true, children: true, pointInterventions: true });
    expect(planFieldsAvailable(rules2024)).toEqual({ extraSupplementDays: false, dailyDeduction: false, children: true, pointInterventions: true });
    expect(rules2024.extraSupplement.documented === false && rules2024.extraSupplement.note.en).toMatch(/no amount/);
  });
  test('child supplement applies per intervention (2022: reflection, extended; 2024 also integration with stay)', () => {
    expect(childSupplementApplies(rules2022, 'integration-daily')).toBe(false);
    expect(childSupplementApplies(rules2022, 'extended')).toBe(true);
    expect(childSupplementApplies(rules2024, 'integration-stay')).toBe(true);
    expect(childSupplementApplies(rules2024, 'support-only')).toBe(false);
  });
  test('point interventions: 2022 pricing not documented, 2024 standard schedule, no amounts in either report', () => {
    // nsp-2022 does not say how point interventions were priced: no invented "case by case".
    expect(rules2022.pointInterventions.basis).toBe('not-documented');
    expect(rules2024.pointInterventions.basis).toBe('standard-schedule');
    expect(rules2022.pointInterventions.amountsPublished || rules2024.pointInterventions.amountsPublished).toBe(false);
  });
  test('documented years are 2022 and 2024; 2023 is reported as undocumented', () => {
    expect(documentedYears([rules2024, rules2022])).toEqual([2022, 2024]);
    expect(undocumentedYears([rules2024, rules2022])).toEqual([2023]);
  });
  test('one year, or none, leaves no gap to report', () => {
    expect(undocumentedYears([rules2024])).toEqual([]);
    expect(undocumentedYears([])).toEqual([]);
  });
  test('documentedInterventions lists what a year offers with its maximum', () => {
    expect(documentedInterventions(rules2022).map((d) => [d.id, d.maxDays, d.rate])).toEqual([
      ['reflection', 30, 1200], ['extended', 90, 1200], ['integration-daily', 45, 500], ['support-only', 90, 600],
    ]);
    expect(documentedInterventions(rules2024).map((d) => d.id)).toContain('integration-stay');
  });
  test('every intervention has Swedish and English labels and every condition a source', () => {
    for (const rs of [rules2022, rules2024]) {
      for (const iv of Object.values(rs.interventions)) {
        expect(iv.label.sv.length).toBeGreaterThan(0);
        expect(iv.label.en.length).toBeGreaterThan(0);
        if (iv.offered) for (const c of iv.conditions) expect(c.source.section.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('a broken rates file throws naming the field', () => {
  test('negative rate', () => {
    const raw = clone(rawYaml('rates/2024.yaml'));
    raw.interventions.reflection.rate.amount = -5;
    expect(() => parseRuleSet(raw)).toThrow(/interventions\.reflection\.rate\.amount/);
  });
  test('rate that is text', () => {
    const raw = clone(rawYaml('rates/2022.yaml'));
    raw.interventions.extended.rate.amount = '1200';
    expect(() => parseRuleSet(raw)).toThrow(/interventions\.extended\.rate\.amount/);
  });
  test('components that do not add up', () => {
    const raw = clone(rawYaml('rates/2022.yaml'));
    raw.interventions.reflection.rate.components.housing.amount = 500;
    expect(() => parseRuleSet(raw)).toThrow(/interventions\.reflection\.rate\.components/);
  });
  test('missing source section', () => {
    const raw = clone(rawYaml('rates/2024.yaml'));
    delete raw.childSupplement.rate.source.section;
    expect(() => parseRuleSet(raw)).toThrow(/childSupplement\.rate\.source\.section/);
  });
  test('unknown source key and source not declared by the file', () => {
    const raw = clone(rawYaml('rates/2024.yaml'));
    raw.interventions['integration-daily'].rate.source.key = 'nsp-2022';
    expect(() => parseRuleSet(raw)).toThrow(/interventions\.integration-daily\.rate\.source\.key/);
  });
  test('a missing intervention entry', () => {
    const raw = clone(rawYaml('rates/2024.yaml'));
    delete raw.interventions['support-only'];
    expect(() => parseRuleSet(raw)).toThrow(/interventions\.support-only/);
  });
  test('a supplement naming an intervention the year does not offer', () => {
    const raw = clone(rawYaml('rates/2022.yaml'));
    raw.childSupplement.appliesTo.push('integration-stay');
    expect(() => parseRuleSet(raw)).toThrow(/childSupplement\.appliesTo\.2/);
  });
  test('a not-documented entry without a note', () => {
    const raw = clone(rawYaml('rates/2024.yaml'));
    delete raw.extraSupplement.note;
    expect(() => parseRuleSet(raw)).toThrow(/extraSupplement/);
  });
});
