/**
 * The zod schema of a rates file, `content/rates/<year>.yaml`: one support year's
 * interventions, daily rates, limits, supplements and conditions, every figure with its source.
 * The Astro content collection imports `ruleSetSchema` from here, so a broken file fails the build
 * naming the file and the field. No DOM, no Astro: zod only.
 */
import { z } from 'zod';
import { changeNotesSchema } from '../src/schemas/change-note';
import { interventionIds } from './ids';
import { sourceKeySchema } from './source-keys';

/** The five interventions the calculator can cost (see ids.ts). Point interventions are handled separately. */
export { interventionIds };

/** Identifier of a costable intervention. */
export const interventionIdSchema = z.enum(interventionIds);
export type InterventionId = z.infer<typeof interventionIdSchema>;

/** Where a figure or rule stands. */
export const sourceRefSchema = z.strictObject({
  /** Source key, any key content/sources.yaml defines (see source-keys.ts). */
  key: sourceKeySchema,
  /** The document's own section number or title (or page), never a line of the text file. */
  section: z.string().min(1),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** A short text in Swedish and English. */
export const bilingualSchema = z.strictObject({
  /** Swedish text. */
  sv: z.string().min(1),
  /** English text. */
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

/**
 * How strong a figure or rule is. Omitted means `stated`: the cited section says it in so many
 * words. `derived`: the guide worked it out from figures the sources state, and says how. (A figure
 * no source gives at all is not a figure: it is `notDocumentedSchema`.)
 */
export const basisSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The cited section states it. */
    kind: z.literal('stated'),
  }),
  z.strictObject({
    /** The guide derived it from stated figures. */
    kind: z.literal('derived'),
    /** How it was derived, naming the stated figures, in our own words. */
    how: bilingualSchema,
    /** Where the stated figures it comes from stand. */
    from: z.array(sourceRefSchema).min(1),
  }),
]);
export type Basis = z.infer<typeof basisSchema>;

/**
 * The strength of a rule or statement that is not a figure (a requirement, what a shelter shows,
 * a programme fact): `basisSchema`'s two kinds, or `not-documented` with what is missing. The site
 * shows it with the same words and marker as a figure's basis (calculators/basis.ts).
 */
export const claimBasisSchema = z.discriminatedUnion('kind', [
  ...basisSchema.options,
  z.strictObject({
    /** No source in the guide's set says it. */
    kind: z.literal('not-documented'),
    /** What is missing and where we looked, in our own words. */
    note: bilingualSchema,
  }),
]);
export type ClaimBasis = z.infer<typeof claimBasisSchema>;

/** A whole number of kronor (or days) with its source. */
export const sourcedAmountSchema = z.strictObject({
  /** The figure: a whole non-negative number. */
  amount: z.number().int().nonnegative(),
  /** Where the figure stands. */
  source: sourceRefSchema,
  /** Optional remark shown next to the figure. */
  note: bilingualSchema.optional(),
  /** How strong the figure is; omitted = stated by `source`. */
  basis: basisSchema.optional(),
});
export type SourcedAmount = z.infer<typeof sourcedAmountSchema>;

/** Something the sources do not document for this year: the site says so instead of guessing. */
export const notDocumentedSchema = z.strictObject({
  /** Always `false`: the sources give no figure or rule. */
  documented: z.literal(false),
  /** What is missing and where we looked. */
  note: bilingualSchema,
});
export type NotDocumented = z.infer<typeof notDocumentedSchema>;

/** A displayable condition or rule (not computed by the engine). */
export const conditionSchema = z.strictObject({
  /** Stable identifier, kebab-case. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The condition in our own words. */
  text: bilingualSchema,
  /** Where it stands. */
  source: sourceRefSchema,
  /**
   * Only for days beyond this many days of the intervention per person, counted across periods
   * (e.g. 90: extended support beyond 30 + 90 days); omitted = every day.
   */
  afterDays: z.number().int().positive().optional(),
  /** How strong the rule is; omitted = stated by `source`. */
  basis: basisSchema.optional(),
});
export type Condition = z.infer<typeof conditionSchema>;

/** An adult daily rate: the total and, where documented, its parts. */
export const dailyRateSchema = z
  .strictObject({
    /** SEK per day (dygn) for the adult. */
    amount: z.number().int().nonnegative(),
    /** Where the rate stands. */
    source: sourceRefSchema,
    /** The parts of the rate (support, housing), where the source splits it; they must add up to `amount`. */
    components: z
      .strictObject({
        /** Protection and support part, SEK per day. */
        support: sourcedAmountSchema,
        /** Housing part, SEK per day. */
        housing: sourcedAmountSchema,
      })
      .optional(),
    /** Optional remark on the rate. */
    note: bilingualSchema.optional(),
    /** How strong the rate is; omitted = stated by `source`. */
    basis: basisSchema.optional(),
  })
  .refine((r) => !r.components || r.components.support.amount + r.components.housing.amount === r.amount, {
    message: 'components.support + components.housing must equal amount',
    path: ['components'],
  });
export type DailyRate = z.infer<typeof dailyRateSchema>;

/**
 * A different rate once a person has had a number of days (2022: half the adult rate after the
 * first 90 days of extended support). Days are counted per person across periods, under the limit
 * `countedIn`, so a period cut in two costs the same; a period that crosses the step is costed in
 * two lines.
 */
export const rateStepSchema = z.strictObject({
  /** When the step applies, in our own words: "after the first 90 days of extended support". */
  label: bilingualSchema,
  /** The days at the earlier rate: the step's rate applies from day `afterDays + 1` counted under `countedIn`. */
  afterDays: sourcedAmountSchema,
  /** The id of the limit (in `limits`) whose interventions' days are counted, e.g. `extended-days`. */
  countedIn: z.string().regex(/^[a-z0-9-]+$/),
  /** The adult daily rate from then on. */
  rate: dailyRateSchema,
  /** Whether the source says the extra supplement is paid on these days; `false` = not documented, not costed. */
  extraSupplement: z.boolean().default(true),
  /** Why, when the extra supplement is not documented on these days. */
  extraSupplementNote: bilingualSchema.optional(),
});
export type RateStep = z.infer<typeof rateStepSchema>;

/** An intervention the year's rules offer. */
export const offeredInterventionSchema = z.strictObject({
  /** `true`: the year's rules have this intervention. */
  offered: z.literal(true),
  /** Short name. */
  label: bilingualSchema,
  /** One or two sentences: what it pays for, in our own words. */
  description: bilingualSchema,
  /** `day`: every day of the period is paid; `paid-days`: only the days support is given (support only). */
  billing: z.enum(['day', 'paid-days']),
  /** The adult daily rate (before any step). */
  rate: dailyRateSchema,
  /** Other rates after a number of days per person, in increasing `afterDays` order. */
  rateSteps: z.array(rateStepSchema).default([]),
  /** Longest period, in days; days beyond it are not costed. */
  maxDaysPerPeriod: sourcedAmountSchema,
  /** Displayable conditions: implementation plan, motivation, ongoing process, … */
  conditions: z.array(conditionSchema).default([]),
});
export type OfferedIntervention = z.infer<typeof offeredInterventionSchema>;

/** An intervention the year's rules do not have (or do not document). */
export const notOfferedInterventionSchema = z.strictObject({
  /** `false`: not part of this year's rules. */
  offered: z.literal(false),
  /** Short name, so the site can say what is missing. */
  label: bilingualSchema,
  /** Why: not offered that year, or not documented. */
  note: bilingualSchema,
  /** Where that is evident, if a source says so. */
  source: sourceRefSchema.optional(),
});

/** One intervention entry of a rates file. */
export const interventionSchema = z.discriminatedUnion('offered', [
  offeredInterventionSchema,
  notOfferedInterventionSchema,
]);
export type InterventionRules = z.infer<typeof interventionSchema>;

/**
 * A limit in days per person, counted across periods, shared by one or more interventions. Limits
 * count days, as the reports do, never applications: a period cut in two is limited the same way.
 */
export const groupLimitSchema = z.strictObject({
  /** Stable identifier, kebab-case. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the limit says, in our own words. */
  label: bilingualSchema,
  /** The interventions whose calendar days count against it (support only: every day of the period, paid or not). */
  interventions: z.array(interventionIdSchema).min(1),
  /** At most this many days in all, per person (days beyond are not costed). */
  maxDays: sourcedAmountSchema,
  /** How strong the reading is that these interventions share the limit; omitted = stated by `maxDays.source`. */
  membership: basisSchema.optional(),
});
export type GroupLimit = z.infer<typeof groupLimitSchema>;

/** A documented daily supplement. */
export const supplementSchema = z.strictObject({
  /** `true`: documented for this year. */
  documented: z.literal(true),
  /** SEK per day. */
  rate: sourcedAmountSchema,
  /** Interventions whose days it can be paid on. */
  appliesTo: z.array(interventionIdSchema),
  /** What it is, in our own words. */
  description: bilingualSchema,
  /** Displayable conditions (e.g. must be motivated). */
  conditions: z.array(conditionSchema).default([]),
  /** Interventions whose days the source neither includes nor excludes: shown as not documented, nothing costed. */
  notDocumentedFor: z
    .array(
      z.strictObject({
        /** The intervention. */
        intervention: interventionIdSchema,
        /** What the source says and leaves open, in our own words. */
        note: bilingualSchema,
      }),
    )
    .default([]),
});

/** The child supplement: one supplement a day whatever the number of accompanying children. */
export const childSupplementSchema = supplementSchema.extend({
  /** `true`: one supplement whatever the number of children (as both reports state). */
  oncePerHousehold: z.boolean(),
});

/** The deduction of Migrationsverket's daily allowance from the daily compensation, where documented. */
export const deductionSchema = z.strictObject({
  /** `true`: documented for this year. */
  documented: z.literal(true),
  /** Interventions whose adult daily compensation it is deducted from. */
  appliesTo: z.array(interventionIdSchema),
  /** What it is, in our own words. */
  description: bilingualSchema,
  /** Where it stands. */
  source: sourceRefSchema,
});

/** Point interventions: one-off costs; the sources give no amounts for them. */
export const pointInterventionsSchema = z.strictObject({
  /** `true` if the year offers point interventions. */
  offered: z.boolean(),
  /** Short name. */
  label: bilingualSchema,
  /** What they pay for, in our own words. */
  description: bilingualSchema,
  /**
   * How amounts are set, as far as the source says: `standard-schedule` (2024: a schedule set each
   * year), `case-by-case` (only where a source says so), `not-documented` (the source does not say;
   * 2022). The comparison never reports a change from or to `not-documented`.
   */
  basis: z.enum(['case-by-case', 'standard-schedule', 'not-documented']),
  /** `false` when the year's source gives no amounts (the reports omit them; both documented years). */
  amountsPublished: z.boolean(),
  /** How amounts are set, in our own words. */
  note: bilingualSchema,
  /** Where it stands. */
  source: sourceRefSchema,
  /** Displayable conditions. */
  conditions: z.array(conditionSchema).default([]),
});

/** A whole rates file: `content/rates/<year>.yaml`. */
export const ruleSetSchema = z
  .strictObject({
  /** The support year these rules apply to. */
  year: z.number().int().min(2015).max(2100),
  /** The sources the file draws on (keys). */
  sources: z.array(sourceKeySchema).min(1),
  /** Title of the year's rules. */
  title: bilingualSchema,
  /** The day an editor last checked this file against its sources (YYYY-MM-DD); the year's page shows it. Omitted in a user's own amounts. */
  reviewed: z.iso.date().optional(),
  /** What the source says about periods at 31 December (granted only until then; broken by the year end). */
  yearEnd: conditionSchema,
  /** General conditions for any cost coverage. */
  generalConditions: z.array(conditionSchema).default([]),
  /** One entry per intervention id; every id must be present (offered or not). */
  interventions: z.strictObject({
    /** Reflection period with protection and support. */
    reflection: interventionSchema,
    /** Extended support / extended reflection period and deeper recovery. */
    extended: interventionSchema,
    /** Integration support with daily compensation while living at the shelter. */
    'integration-stay': interventionSchema,
    /** Integration support at a daily amount (no housing). */
    'integration-daily': interventionSchema,
    /** Support only: the support part for the days support is given. */
    'support-only': interventionSchema,
  }),
  /** Limits in days per person, shared by interventions. */
  limits: z.array(groupLimitSchema).default([]),
  /** Child supplement, or not documented. */
  childSupplement: z.discriminatedUnion('documented', [childSupplementSchema, notDocumentedSchema]),
  /** Motivated extra supplement, or not documented. */
  extraSupplement: z.discriminatedUnion('documented', [supplementSchema, notDocumentedSchema]),
  /** Deduction of Migrationsverket's daily allowance, or not documented. */
  dailyAllowanceDeduction: z.discriminatedUnion('documented', [deductionSchema, notDocumentedSchema]),
  /** Point interventions. */
  pointInterventions: pointInterventionsSchema,
  /** Other displayable rules of the year (e.g. "at most 90 days of extended support per person"). */
  rules: z.array(conditionSchema).default([]),
  /** Changes to the year's rules or figures a reader relies on (src/schemas/change-note.ts), appended at the end of the file. */
  changes: changeNotesSchema.optional(),
})
  .superRefine((rs, ctx) => {
    // Every cited source must be one of the file's declared sources.
    const walk = (node: unknown, path: (string | number)[]): void => {
      if (Array.isArray(node)) {
        node.forEach((v, i) => walk(v, [...path, i]));
      } else if (node && typeof node === 'object') {
        const rec = node as Record<string, unknown>;
        if (typeof rec['key'] === 'string' && typeof rec['section'] === 'string') {
          if (!(rs.sources as readonly string[]).includes(rec['key'])) {
            ctx.addIssue({ code: 'custom', path: [...path, 'key'], message: `source "${rec['key']}" is not listed in this file's "sources:" (line 4 or so); add it to that list` });
          }
          return;
        }
        for (const [k, v] of Object.entries(rec)) walk(v, [...path, k]);
      }
    };
    walk(rs, []);
    // Supplements and limits may only name interventions the year offers.
    const offered = (id: InterventionId): boolean => rs.interventions[id].offered;
    const checkIds = (ids: readonly InterventionId[], path: (string | number)[]): void => {
      ids.forEach((id, i) => {
        if (!offered(id)) ctx.addIssue({ code: 'custom', path: [...path, i], message: `"${id}" is not offered this year` });
      });
    };
    if (rs.childSupplement.documented) checkIds(rs.childSupplement.appliesTo, ['childSupplement', 'appliesTo']);
    if (rs.extraSupplement.documented) checkIds(rs.extraSupplement.appliesTo, ['extraSupplement', 'appliesTo']);
    if (rs.dailyAllowanceDeduction.documented) checkIds(rs.dailyAllowanceDeduction.appliesTo, ['dailyAllowanceDeduction', 'appliesTo']);
    rs.limits.forEach((g, i) => checkIds(g.interventions, ['limits', i, 'interventions']));
    // Rate steps: increasing, each counted under a limit that includes its intervention.
    for (const id of interventionIds) {
      const iv = rs.interventions[id];
      if (!iv.offered) continue;
      iv.rateSteps.forEach((step, i) => {
        const path = ['interventions', id, 'rateSteps', i];
        const prev = i === 0 ? 0 : (iv.rateSteps[i - 1]?.afterDays.amount ?? 0);
        if (step.afterDays.amount <= prev) ctx.addIssue({ code: 'custom', path: [...path, 'afterDays', 'amount'], message: 'afterDays must increase' });
        const limit = rs.limits.find((g) => g.id === step.countedIn);
        if (!limit || !limit.interventions.includes(id)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'countedIn'], message: `"${step.countedIn}" must be the id of a limit that includes "${id}"` });
        }
      });
    }
    const ids = rs.limits.map((g) => g.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['limits', i, 'id'], message: `limit id "${id}" is used twice` });
    });
  });

/** A parsed rates file. */
export type RuleSet = z.infer<typeof ruleSetSchema>;
/** A rates file as written (before defaults). */
export type RuleSetInput = z.input<typeof ruleSetSchema>;
