/**
 * The five interventions the calculator can cost, in display order. Kept apart from the zod
 * schemas so the browser bundle of the calculator (engine, codec) does not carry zod.
 */
export const interventionIds = [
  'reflection',
  'extended',
  'integration-stay',
  'integration-daily',
  'support-only',
] as const;
