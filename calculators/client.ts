/**
 * The calculator API for the browser: everything in `index.ts` except the zod schemas and
 * parsers (the pages validate the data at build time and pass parsed rule sets to the islands).
 * Importing from here keeps zod out of the calculator's JavaScript.
 */
export { calculateSupportCost, rateForPeriod, LIMITS } from './engine';
export type { CostEstimate, CostLine, LineKind, PlannedPeriod, PlannedPointIntervention, Problem, ProblemCode, RateComponent, SupportPlan } from './engine';
export { interventionIds } from './ids';
export type { Bilingual, InterventionId, RuleSet, SourceRef, Condition } from './rules-schema';
export type { Programme, Figure } from './programme-schema';
export { programmeScenario, proposalScenario } from './scenario';
export type { ScenarioInput, ScenarioResult, ScenarioProblem, ProposalScenario } from './scenario';
export { formatKronor, formatNumber } from './money';
export type { Locale } from './money';
export { linesToCsv } from './csv';
export { encodePlan, decodePlan } from './plan-codec';
export type { DecodeResult } from './plan-codec';
export { parseIsoDate, isIsoDate, addDays, sameDayInYear } from './dates';
export { interventionName } from './messages';
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
