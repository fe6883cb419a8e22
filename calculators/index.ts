/**
 * Public API of the calculators. Keep these names stable: the site and other checks import them.
 * Pure TypeScript + zod; no DOM, no Astro.
 */
import { ruleSetSchema, type RuleSet } from './rules-schema';

export { calculateSupportCost, rateForPeriod, LIMITS } from './engine';
export type {
  CalculateOptions,
  CostEstimate,
  CostLine,
  LineKind,
  PlannedPeriod,
  PlannedPointIntervention,
  Problem,
  ProblemCode,
  RateComponent,
  SupportPlan,
  UncostedReason,
} from './engine';
export { ruleSetSchema, interventionIds, interventionIdSchema } from './rules-schema';
export type { Bilingual, InterventionId, RuleSet, RuleSetInput, SourceRef, Condition, DailyRate, GroupLimit } from './rules-schema';
export { programmeSchema, parseProgramme } from './programme-schema';
export type { Programme, Figure, NamedFigure, Proposal } from './programme-schema';
export { programmeScenario, proposalScenario } from './scenario';
export type { ScenarioInput, ScenarioResult, ScenarioProblem, ProposalScenario } from './scenario';
export { formatKronor, formatNumber } from './money';
export type { Locale } from './money';
export { linesToCsv, toCsv, csvField } from './csv';
export { encodePlan, decodePlan, PLAN_CODEC_VERSION } from './plan-codec';
export type { DecodeResult } from './plan-codec';
export { parseIsoDate, isIsoDate, addDays, inclusiveDayCount, lastDayOf, splitAtYearEnds, sameDayInYear } from './dates';
export { message, interventionName } from './messages';
export {
  alignPlanToYear,
  childSupplementApplies,
  documentedInterventions,
  documentedYears,
  isYearDocumented,
  maxDays,
  planFieldsAvailable,
  rulesForYear,
  undocumentedYears,
} from './rule-queries';
export type { DocumentedIntervention } from './rule-queries';
export type { MessageKey } from './messages';

/**
 * Parses a rates file (already read from YAML). Throws an Error naming every bad field by its
 * dotted path, e.g. `interventions.reflection.rate.amount: Too small: expected number to be >=0`.
 */
export function parseRuleSet(raw: unknown, fileName = 'rates file'): RuleSet {
  const r = ruleSetSchema.safeParse(raw);
  if (r.success) return r.data;
  const detail = r.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new Error(`Invalid ${fileName}: ${detail}`);
}

