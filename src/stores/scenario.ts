import { atom, computed } from 'nanostores';
import { rulesForYear } from '../../calculators/rule-queries';
import { programmeScenario, proposalScenario } from '../../calculators/scenario';
import type { InterventionId, Locale, Programme, RuleSet } from '../../calculators/client';
import { rateYear } from './rate-year';
import { typedFigure } from '../../calculators/typed-figure';

/**
 * The programme scenario for researchers: N people × M more days of an intervention under the
 * shared rules year, added to that year's actual spend. The island reads these stores and calls
 * the actions; the figures come from `programmeScenario` and `proposalScenario`.
 */

/** The scenario as typed. */
export interface ScenarioDraft {
  intervention: InterventionId;
  people: string;
  days: string;
  /** Which period's rate (2022: the 2nd and 3rd extended periods are paid at half rate). */
  periodNumber: string;
}

/** The id of the programme's own proposal the page can cost (2024: extended support up to 180 days). */
export const PROPOSAL_ID = 'extended-180-days';

export const scenarioRuleSets = atom<readonly RuleSet[]>([]);
export const scenarioProgrammes = atom<readonly Programme[]>([]);
export const scenarioLocale = atom<Locale>('sv');
export const scenarioDraft = atom<ScenarioDraft>({ intervention: 'extended', people: '1', days: '30', periodNumber: '1' });

export const scenarioRules = computed([scenarioRuleSets, rateYear], (sets, year) => (year ? rulesForYear(sets, Number(year)) : undefined));
export const scenarioProgramme = computed([scenarioProgrammes, rateYear], (list, year) => list.find((p) => String(p.year) === year));

/** The scenario's figures, or `null` when the selected year has no rules or no programme figures. */
export const scenarioResult = computed([scenarioRules, scenarioProgramme, scenarioDraft, scenarioLocale], (rules, programme, d, locale) => {
  if (!rules || !programme) return null;
  const periodNumber = Number(d.periodNumber);
  return programmeScenario(
    rules,
    programme,
    // Text in a number field is deliberate: programmeScenario reports it as invalid input.
    { intervention: d.intervention, people: typedFigure(d.people) as number, daysPerPerson: typedFigure(d.days) as number, periodNumber: Number.isInteger(periodNumber) ? periodNumber : 1 },
    { locale },
  );
});

/** The programme's proposal costed for the selected year, or `null` where the data has none. */
export const proposalResult = computed([scenarioRules, scenarioProgramme, scenarioLocale], (rules, programme, locale) =>
  rules && programme ? proposalScenario(rules, programme, PROPOSAL_ID, { locale }) : null,
);

/** Called once by the island with the page's data; starts on the report's own case where it has one. */
export function initScenario(ruleSets: readonly RuleSet[], programmes: readonly Programme[], locale: Locale): void {
  scenarioRuleSets.set(ruleSets);
  scenarioProgrammes.set(programmes);
  scenarioLocale.set(locale);
  if (!useStatedCase()) useFirstOffered();
}

function useFirstOffered(): void {
  const rules = scenarioRules.get();
  const d = scenarioDraft.get();
  if (rules && !rules.interventions[d.intervention].offered) scenarioDraft.set({ ...d, intervention: 'reflection' });
}

export function setScenarioField(field: keyof ScenarioDraft, value: string): void {
  scenarioDraft.set({ ...scenarioDraft.get(), [field]: value } as ScenarioDraft);
}

/** Fills in the case the year's report computes itself; false if it has none. */
export function useStatedCase(): boolean {
  const stated = scenarioProgramme.get()?.scenarios[0];
  if (!stated) return false;
  scenarioDraft.set({ intervention: stated.intervention, people: String(stated.people.value), days: String(stated.daysPerPerson.value), periodNumber: '1' });
  return true;
}

/** Fills in the proposal: everyone who had the intervention, the more days the proposal allows. */
export function useProposal(): boolean {
  const p = proposalResult.get();
  const proposal = scenarioProgramme.get()?.proposals.find((x) => x.id === PROPOSAL_ID);
  if (!p || !proposal) return false;
  scenarioDraft.set({ intervention: proposal.intervention, people: String(p.people), days: String(p.moreDaysPerPerson), periodNumber: '1' });
  return true;
}
