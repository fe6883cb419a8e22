/**
 * The programme scenario for researchers: N people × M more days of an intervention under a year's
 * rules (adult rate, no supplements), added to that year's actual spend on direct interventions
 * from `content/programme/<year>.yaml`. Pure; never throws for user input.
 */
import { rateForPeriod } from './engine';
import { message, type MessageKey, type MessageParams } from './messages';
import type { Locale } from './money';
import type { Programme } from './programme-schema';
import type { InterventionId, RuleSet, SourceRef } from './rules-schema';

/** What to add. */
export interface ScenarioInput {
  /** The intervention whose days are added. */
  intervention: InterventionId;
  /** Number of people. */
  people: number;
  /** More days per person. */
  daysPerPerson: number;
  /** Which period number's rate to use (2022: 2 or 3 for the half-rate extensions); default 1. */
  periodNumber?: number;
}

/** A problem with the scenario input. */
export interface ScenarioProblem {
  code: 'invalid-input' | 'not-offered' | 'rules-year-mismatch';
  message: string;
  field: string | null;
}

/** The scenario's figures. */
export interface ScenarioResult {
  /** `false` if the input is unusable (see `problems`); the figures are then 0. */
  ok: boolean;
  problems: ScenarioProblem[];
  year: number;
  /** people × daysPerPerson. */
  totalDays: number;
  /** Adult SEK per day used. */
  dailyRate: number;
  /** Where the rate stands. */
  rateSource: SourceRef | null;
  /** totalDays × dailyRate, SEK. */
  cost: number;
  /** The year's actual spend on direct interventions, SEK, with its source. */
  actualSpend: { amount: number; source: { key: string; section: string } };
  /** actualSpend + cost. */
  totalWithScenario: number;
  /** When the input is a case the report computes itself: how our figures compare with it. */
  stated: null | {
    id: string;
    cost: number;
    totalWithScenario: number;
    costMatches: boolean;
    totalMatches: boolean;
    /** The base the report's total implies: its total minus its cost. */
    impliedSpend: number;
    /** Our total minus the report's total. */
    difference: number;
  };
}

const MAX_PEOPLE = 100_000;
const MAX_DAYS = 3660;

/** Computes the scenario. The optional `locale` chooses the language of the problem messages. */
export function programmeScenario(
  rules: RuleSet,
  programme: Programme,
  input: ScenarioInput,
  options: { locale?: Locale } = {},
): ScenarioResult {
  const locale: Locale = options.locale === 'en' ? 'en' : 'sv';
  const problems: ScenarioProblem[] = [];
  const add = (code: ScenarioProblem['code'], key: MessageKey, params: MessageParams, field: string | null): void => {
    problems.push({ code, message: message(key, params, locale), field });
  };
  const raw: Partial<Record<string, unknown>> = typeof input === 'object' && input !== null ? (input as unknown as Record<string, unknown>) : {};
  const whole = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
  const people = raw['people'];
  const days = raw['daysPerPerson'];
  if (!whole(people, MAX_PEOPLE)) add('invalid-input', 'scenario-invalid', { field: 'people', value: String(people), max: MAX_PEOPLE }, 'people');
  if (!whole(days, MAX_DAYS)) add('invalid-input', 'scenario-invalid', { field: 'days', value: String(days), max: MAX_DAYS }, 'daysPerPerson');
  const periodNumber = whole(raw['periodNumber'], 100) && (raw['periodNumber'] as number) >= 1 ? (raw['periodNumber'] as number) : 1;
  const id = raw['intervention'];
  const iv = typeof id === 'string' && id in rules.interventions ? rules.interventions[id as InterventionId] : undefined;
  if (!iv || !iv.offered) add('not-offered', 'scenario-not-offered', { intervention: String(id), year: rules.year }, 'intervention');
  if (programme.year !== rules.year) add('rules-year-mismatch', 'scenario-year-mismatch', { programmeYear: programme.year, year: rules.year }, null);

  const spend = programme.spend.directInterventions;
  const actualSpend = { amount: spend.value, source: spend.source };
  const ok = problems.length === 0 && iv !== undefined && iv.offered && whole(people, MAX_PEOPLE) && whole(days, MAX_DAYS);
  if (!ok || !iv || !iv.offered || !whole(people, MAX_PEOPLE) || !whole(days, MAX_DAYS)) {
    return { ok: false, problems, year: rules.year, totalDays: 0, dailyRate: 0, rateSource: null, cost: 0, actualSpend, totalWithScenario: actualSpend.amount, stated: null };
  }
  const rate = rateForPeriod(iv, periodNumber);
  const totalDays = people * days;
  const cost = totalDays * rate.amount;
  const totalWithScenario = actualSpend.amount + cost;
  const match = programme.scenarios.find(
    (s) => s.intervention === id && s.people.value === people && s.daysPerPerson.value === days,
  );
  const stated = match
    ? {
        id: match.id,
        cost: match.cost.value,
        totalWithScenario: match.totalWithScenario.value,
        costMatches: match.cost.value === cost,
        totalMatches: match.totalWithScenario.value === totalWithScenario,
        impliedSpend: match.totalWithScenario.value - match.cost.value,
        difference: totalWithScenario - match.totalWithScenario.value,
      }
    : null;
  return { ok: true, problems, year: rules.year, totalDays, dailyRate: rate.amount, rateSource: rate.source, cost, actualSpend, totalWithScenario, stated };
}

/** A rule change the report asks for, costed for everyone who had the intervention that year. */
export interface ProposalScenario {
  /** The proposal's id in the programme file. */
  proposalId: string;
  /** People who had the intervention that year (from the programme file). */
  people: number;
  /** Where that count stands. */
  peopleSource: { key: string; section: string };
  /** The longest period the proposal asks for, with its source. */
  proposedDays: number;
  proposedSource: { key: string; section: string };
  /** The year's own longest period (from the rates file), with its source. */
  currentMaxDays: number;
  currentMaxSource: SourceRef;
  /** proposedDays − currentMaxDays (never negative): the more days per person. */
  moreDaysPerPerson: number;
  /** people × proposedDays × rate: the proposed support in full. */
  fullCost: number;
  /** The more days, added to the year's actual spend (`programmeScenario`). */
  scenario: ScenarioResult;
}

/**
 * What a proposal (e.g. 2024: extended support up to 180 days) would cost for everyone who had the
 * intervention that year. `null` when the programme file has no such proposal, the year's rules do
 * not offer the intervention, or the report does not count the people who had it (e.g. 2022 counts
 * periods, not people).
 */
export function proposalScenario(
  rules: RuleSet,
  programme: Programme,
  proposalId: string,
  options: { locale?: Locale } = {},
): ProposalScenario | null {
  const proposal = programme.proposals.find((p) => p.id === proposalId);
  if (!proposal || programme.year !== rules.year) return null;
  const iv = rules.interventions[proposal.intervention];
  if (!iv.offered) return null;
  const rows = programme.interventions.filter((r) => r.intervention === proposal.intervention);
  const row = rows.length === 1 ? rows[0] : undefined;
  if (!row || !('value' in row.count) || row.count.unit !== 'people') return null;
  const people = row.count.value;
  const currentMaxDays = iv.maxDaysPerPeriod.amount;
  const moreDaysPerPerson = Math.max(0, proposal.maxDays.value - currentMaxDays);
  const scenario = programmeScenario(rules, programme, { intervention: proposal.intervention, people, daysPerPerson: moreDaysPerPerson }, options);
  return {
    proposalId,
    people,
    peopleSource: row.count.source,
    proposedDays: proposal.maxDays.value,
    proposedSource: proposal.maxDays.source,
    currentMaxDays,
    currentMaxSource: iv.maxDaysPerPeriod.source,
    moreDaysPerPerson,
    fullCost: people * proposal.maxDays.value * rateForPeriod(iv, 1).amount,
    scenario,
  };
}
