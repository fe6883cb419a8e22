/**
 * The calculator API without zod: everything except the schemas and parsers, which `index.ts`
 * adds on top of this list (the pages validate the data at build time and pass parsed rule sets
 * to the islands). The browser imports from here, which keeps zod out of the calculator's
 * JavaScript: nothing below may import a zod module except for types.
 */
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
} from './types';
export { interventionIds } from './ids';
export type { Basis, ClaimBasis, Bilingual, InterventionId, RuleSet, RuleSetInput, SourceRef, Condition, DailyRate, GroupLimit } from './rules-schema';
export type { Programme, Figure, NamedFigure, Proposal } from './programme-schema';
export { programmeScenario, proposalScenario } from './scenario';
export type { ScenarioInput, ScenarioResult, ScenarioProblem, ProposalScenario } from './scenario';
export { formatKronor, formatNumber } from './money';
export type { Locale } from './money';
export { basisMarker, basisText, describeBasis, describeNotDocumented, formatSourceRef } from './basis';
export type { BasisKind, BasisView } from './basis';
export { linesToCsv, toCsv, csvField } from './csv';
export { encodePlan, decodePlan, PLAN_CODEC_VERSION } from './plan-codec';
export type { DecodeResult } from './plan-codec';
export { parseIsoDate, isIsoDate, addDays, inclusiveDayCount, lastDayOf, splitAtYearEnds, sameDayInYear } from './dates';
export { message, interventionName } from './messages';
export type { MessageKey } from './messages';
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
