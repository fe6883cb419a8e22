/** The plan's inputs: rules year, start date, periods, children, supplements, point interventions. */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { interventionIds } from '../../../calculators/ids';
import { formatKronor } from '../../../calculators/money';
import { documentedInterventions, planFieldsAvailable } from '../../../calculators/rule-queries';
import type { CostEstimate, RuleSet } from '../../../calculators/client';
import { periodRanges, periodStarts } from '../../../calculators/period-dates';
import {
  addPeriod,
  addPoint,
  announce,
  chooseDocumentedYear,
  chooseOwnAmounts,
  movePeriod,
  ownActive,
  ownUnavailable,
  planDraft,
  removePeriod,
  removePoint,
  setLastDay,
  setPlanField,
  setStart,
  typedNumber,
  updatePeriod,
  updatePoint,
  type PeriodDraft,
} from '../../stores/calculator';
import { rateYear } from '../../stores/rate-year';
import { CiteLink, FieldProblems, Later, NumberInput, describedBy, hasError, problemsId, problemsOf, loadAfterHydration, tr, type PageContext } from './shared';

/**
 * The own-amounts form is loaded when a visitor first turns to own amounts (fetched beside their
 * tools, so no later than they are): most visitors never do, and it is 2 kB of the first script.
 */
const loadOwnAmounts = () => import('./OwnAmounts').then((m) => m.OwnAmounts);
const OwnAmounts = loadAfterHydration<{ ctx: PageContext }, { ctx: PageContext }>(
  'calc-own-loading',
  ({ ctx }) => tr(ctx.strings, 'calc.loadFailed'),
  (props) => loadOwnAmounts().then((Component) => ({ Component, props })),
);

interface Props {
  ctx: PageContext;
  rules: RuleSet;
  years: readonly string[];
  undocumented: readonly number[];
  estimate: CostEstimate;
}

/** Where focus goes after a list change: an element id, applied after the next render. */
let pendingFocus: string | null = null;

export function PlanForm({ ctx, rules, years, undocumented, estimate }: Props) {
  const draft = useStore(planDraft);
  const year = useStore(rateYear);
  const own = useStore(ownActive);
  const ownFailed = useStore(ownUnavailable);
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  const problems = estimate.problems;
  const offered = documentedInterventions(rules);
  const fields = planFieldsAvailable(rules);
  const lang = ctx.lang;

  useEffect(() => {
    if (!pendingFocus) return;
    document.getElementById(pendingFocus)?.focus();
    pendingFocus = null;
  });

  // Each period's dates follow from the start and the days before it (as the engine counts them).
  const typedDays = draft.periods.map((p) => typedNumber(p.days));
  const ranges = periodRanges(draft.start, typedDays);
  const starts = periodStarts(draft.start, typedDays);

  const yearHint = undocumented.length > 0 ? T('calc.year.undocumented', { years: undocumented.join(', ') }) : '';

  const onMove = (p: PeriodDraft, index: number, step: -1 | 1) => {
    if (!movePeriod(p.id, step)) return;
    const to = index + step;
    // Keep focus on the same button of the moved period; at the list's end use the other one.
    const atEnd = to === 0 || to === draft.periods.length - 1;
    pendingFocus = `calc-period-${p.id}-${atEnd ? (step < 0 ? 'down' : 'up') : step < 0 ? 'up' : 'down'}`;
    announce(T(step < 0 ? 'calc.period.movedUp' : 'calc.period.movedDown', { from: index + 1, to: to + 1 }));
  };
  const onRemove = (p: PeriodDraft, index: number) => {
    removePeriod(p.id);
    const next = draft.periods[index + 1] ?? draft.periods[index - 1];
    pendingFocus = next ? `calc-period-${next.id}-intervention` : 'calc-add-period';
    announce(T('calc.period.removed', { n: index + 1 }));
  };
  const onAdd = () => {
    const p = addPeriod();
    pendingFocus = `calc-period-${p.id}-intervention`;
    announce(T('calc.period.added', { n: draft.periods.length + 1 }));
  };

  return (
    <form class="calc-form" aria-labelledby="calc-form-title" onSubmit={(e) => e.preventDefault()} noValidate>
      <h2 id="calc-form-title">{T('calc.form.title')}</h2>

      {/* Year and first day side by side where the column allows, so the first period is in view at once. */}
      <div class="calc-basics">
        <div class="calc-field">
          <label for="calc-year">{T('calc.year.label')}</label>
          <select
            id="calc-year"
            value={own ? 'own' : year}
            aria-describedby="calc-year-hint"
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (v === 'own') {
                // Fetched beside the tools; a failure shows once, through chooseOwnAmounts.
                void loadOwnAmounts().catch(() => undefined);
                void chooseOwnAmounts();
              } else chooseDocumentedYear(v);
            }}
          >
            {years.map((y) => (
              <option value={y}>{y}</option>
            ))}
            <option value="own">{T('calc.year.own')}</option>
          </select>
          <p class="calc-hint" id="calc-year-hint">
            {yearHint || T('calc.year.hint')}
          </p>
          {ownFailed && (
            <p class="calc-problem calc-problem--error" role="alert">
              {T('calc.own.loadFailed')}
            </p>
          )}
        </div>

        <div class="calc-field">
          <label for="calc-start">{T('calc.start.label')}</label>
          <input
            id="calc-start"
            type="date"
            value={draft.start}
            aria-describedby={describedBy(problems, 'start', 'calc-start-hint')}
            aria-invalid={hasError(problems, 'start') || undefined}
            onInput={(e) => setStart(e.currentTarget.value)}
          />
          <p class="calc-hint" id="calc-start-hint">
            {T('calc.start.hint', { year: rules.year })}
          </p>
          <FieldProblems ctx={ctx} problems={problems} field="start" />
        </div>
      </div>
      {own && <OwnAmounts ctx={ctx} />}

      <fieldset class="calc-periods" aria-describedby={describedBy(problems, 'periods', 'calc-periods-hint', 'calc-yearend-note')}>
        <legend>{T('calc.periods.legend')}</legend>
        <p class="calc-hint" id="calc-periods-hint">{T('calc.periods.hint')}</p>
        <FieldProblems ctx={ctx} problems={problems} field="periods" />
        {draft.periods.length === 0 && <p>{T('calc.periods.none')}</p>}
        <ol class="calc-period-list">
          {draft.periods.map((p, i) => {
            const iv = rules.interventions[p.intervention];
            const base = `periods.${i}`;
            const dates = ranges[i];
            const from = starts[i];
            const idp = `calc-period-${p.id}`;
            const conditions = iv.offered ? iv.conditions.filter((c) => c.afterDays === undefined || countedDaysThrough(rules, draft.periods, i) > c.afterDays) : [];
            return (
              <li key={p.id} class="calc-period">
                <fieldset aria-describedby={describedBy(problems, base)}>
                  <legend>{T('calc.period.legend', { n: i + 1 })}{dates ? ` · ${dates.from} – ${dates.to}` : ''}</legend>
                  <FieldProblems ctx={ctx} problems={problems} field={base} />
                  <div class="calc-field">
                    <label for={`${idp}-intervention`}>{T('calc.period.intervention')}</label>
                    <select
                      id={`${idp}-intervention`}
                      value={p.intervention}
                      aria-describedby={describedBy(problems, `${base}.intervention`, problemsOf(problems, base).length > 0 ? problemsId(base) : undefined)}
                      aria-invalid={hasError(problems, `${base}.intervention`) || undefined}
                      onChange={(e) => updatePeriod(p.id, { intervention: e.currentTarget.value as PeriodDraft['intervention'] })}
                    >
                      {interventionIds.map((id) => {
                        const o = offered.find((x) => x.id === id);
                        if (o) return <option value={id}>{T('calc.period.option', { label: o.label[lang], max: o.maxDays, rate: formatKronor(o.rate, lang) })}</option>;
                        // Keep an intervention the year lacks selectable only if the plan already has it, so the error shows.
                        return id === p.intervention ? <option value={id}>{T('calc.period.notOffered', { label: rules.interventions[id].label[lang], year: rules.year })}</option> : null;
                      })}
                    </select>
                    <FieldProblems ctx={ctx} problems={problems} field={`${base}.intervention`} />
                  </div>
                  <div class="calc-basics">
                    <div class="calc-field">
                      <label for={`${idp}-days`}>{T('calc.period.days')}</label>
                      <NumberInput
                        id={`${idp}-days`}
                        field={`${base}.days`}
                        value={p.days}
                        hint={iv.offered ? `${idp}-days-hint` : undefined}
                        problems={problems}
                        onValue={(value) => updatePeriod(p.id, { days: value, lastDayTyped: null })}
                      />
                      {iv.offered && (
                        <p class="calc-hint" id={`${idp}-days-hint`}>
                          {T('calc.period.maxHint', { max: iv.maxDaysPerPeriod.amount })} <CiteLink ctx={ctx} source={iv.maxDaysPerPeriod.source} />
                        </p>
                      )}
                      <FieldProblems ctx={ctx} problems={problems} field={`${base}.days`} />
                    </div>
                    <LastDay ctx={ctx} period={p} idp={idp} from={from ?? null} to={dates?.to ?? null} />
                  </div>
                  {iv.offered && iv.billing === 'paid-days' && (
                    <div class="calc-field">
                      <label for={`${idp}-paid`}>{T('calc.period.paidDays')}</label>
                      <NumberInput
                        id={`${idp}-paid`}
                        field={`${base}.paidDays`}
                        value={p.paidDays}
                        hint={`${idp}-paid-hint`}
                        problems={problems}
                        onValue={(value) => updatePeriod(p.id, { paidDays: value })}
                      />
                      <p class="calc-hint" id={`${idp}-paid-hint`}>{T('calc.period.paidHint')}</p>
                      <FieldProblems ctx={ctx} problems={problems} field={`${base}.paidDays`} />
                    </div>
                  )}
                  {conditions.length > 0 && (
                    <div class="calc-conditions">
                      <p>{T('calc.period.conditions')}</p>
                      <ul>
                        {conditions.map((c) => (
                          <li>
                            {c.text[lang]} <CiteLink ctx={ctx} source={c.source} />
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  <div class="calc-period-actions">
                    <button type="button" id={`${idp}-up`} disabled={i === 0} onClick={() => onMove(p, i, -1)}>
                      {T('calc.period.up')}<span class="visually-hidden"> {T('calc.period.which', { n: i + 1 })}</span>
                    </button>
                    <button type="button" id={`${idp}-down`} disabled={i === draft.periods.length - 1} onClick={() => onMove(p, i, 1)}>
                      {T('calc.period.down')}<span class="visually-hidden"> {T('calc.period.which', { n: i + 1 })}</span>
                    </button>
                    <button type="button" id={`${idp}-remove`} onClick={() => onRemove(p, i)}>
                      {T('calc.period.remove')}<span class="visually-hidden"> {T('calc.period.which', { n: i + 1 })}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button type="button" id="calc-add-period" onClick={onAdd}>
          {T('calc.period.add')}
        </button>
        <p class="calc-hint" id="calc-yearend-note">
          {rules.yearEnd.text[lang]} <CiteLink ctx={ctx} source={rules.yearEnd.source} />
        </p>
      </fieldset>

      {/* The rest of the form a frame later: the first part is then a shorter task on a slow phone. */}
      <Later frames={1}>
        <div class="calc-field">
          <label for="calc-children">{T('calc.children.label')}</label>
          <NumberInput
            id="calc-children"
            field="children"
            value={draft.children}
            hint="calc-children-hint"
            problems={problems}
            onValue={(value) => setPlanField('children', value)}
          />
          <p class="calc-hint" id="calc-children-hint">
            {rules.childSupplement.documented ? (
              <>
                {T('calc.children.hint', {
                  rate: formatKronor(rules.childSupplement.rate.amount, lang),
                  list: rules.childSupplement.appliesTo.map((id) => rules.interventions[id].label[lang]).join(', '),
                })}{' '}
                <CiteLink ctx={ctx} source={rules.childSupplement.rate.source} />
              </>
            ) : (
              <>{T('calc.notDocumented', { what: T('calc.children.what'), year: rules.year })} {rules.childSupplement.note[lang]}</>
            )}
          </p>
          <FieldProblems ctx={ctx} problems={problems} field="children" />
        </div>

        <div class="calc-field">
          {fields.extraSupplementDays && rules.extraSupplement.documented ? (
            <>
              <label for="calc-extra">{T('calc.extra.label')}</label>
              <NumberInput
                id="calc-extra"
                field="extraSupplementDays"
                value={draft.extraSupplementDays}
                hint="calc-extra-hint"
                problems={problems}
                onValue={(value) => setPlanField('extraSupplementDays', value)}
              />
              <p class="calc-hint" id="calc-extra-hint">
                {T('calc.extra.hint', { rate: formatKronor(rules.extraSupplement.rate.amount, lang) })} {rules.extraSupplement.description[lang]}{' '}
                <CiteLink ctx={ctx} source={rules.extraSupplement.rate.source} />
              </p>
            </>
          ) : (
            <p class="calc-not-documented" id="calc-extra-hint">
              <strong>{T('calc.extra.what')}:</strong> {T('calc.notDocumented', { what: T('calc.extra.what'), year: rules.year })}{' '}
              {!rules.extraSupplement.documented && rules.extraSupplement.note[lang]}
            </p>
          )}
          <FieldProblems ctx={ctx} problems={problems} field="extraSupplementDays" />
        </div>

        <div class="calc-field">
          {fields.dailyDeduction && rules.dailyAllowanceDeduction.documented ? (
            <>
              <label for="calc-deduction">{T('calc.deduction.label')}</label>
              <NumberInput
                id="calc-deduction"
                field="dailyDeduction"
                value={draft.dailyDeduction}
                hint="calc-deduction-hint"
                problems={problems}
                onValue={(value) => setPlanField('dailyDeduction', value)}
              />
              <p class="calc-hint" id="calc-deduction-hint">
                {rules.dailyAllowanceDeduction.description[lang]} <CiteLink ctx={ctx} source={rules.dailyAllowanceDeduction.source} />
              </p>
            </>
          ) : (
            <p class="calc-not-documented" id="calc-deduction-hint">
              <strong>{T('calc.deduction.what')}:</strong> {T('calc.notDocumented', { what: T('calc.deduction.what'), year: rules.year })}{' '}
              {!rules.dailyAllowanceDeduction.documented && rules.dailyAllowanceDeduction.note[lang]}
            </p>
          )}
          <FieldProblems ctx={ctx} problems={problems} field="dailyDeduction" />
        </div>

        <fieldset class="calc-points" aria-describedby={describedBy(problems, 'pointInterventions', 'calc-points-hint')}>
          <legend>{rules.pointInterventions.label[lang]}</legend>
          <p class="calc-hint" id="calc-points-hint">
            {rules.pointInterventions.note[lang]} {T('calc.points.hint')} <CiteLink ctx={ctx} source={rules.pointInterventions.source} />
          </p>
          <FieldProblems ctx={ctx} problems={problems} field="pointInterventions" />
          <ol class="calc-point-list">
            {draft.points.map((pt, i) => {
              const idp = `calc-point-${pt.id}`;
              const base = `pointInterventions.${i}`;
              return (
                <li key={pt.id} class="calc-point">
                  <div class="calc-field">
                    <label for={`${idp}-label`}>{T('calc.points.label', { n: i + 1 })}</label>
                    <input
                      id={`${idp}-label`}
                      type="text"
                      autoComplete="off"
                      value={pt.label}
                      aria-describedby={describedBy(problems, `${base}.label`)}
                      aria-invalid={hasError(problems, `${base}.label`) || undefined}
                      onInput={(e) => updatePoint(pt.id, { label: e.currentTarget.value })}
                    />
                    <FieldProblems ctx={ctx} problems={problems} field={`${base}.label`} />
                  </div>
                  <div class="calc-field">
                    <label for={`${idp}-amount`}>{T('calc.points.amount', { n: i + 1 })}</label>
                    <NumberInput
                      id={`${idp}-amount`}
                      field={`${base}.amount`}
                      value={pt.amount}
                      problems={problems}
                      onValue={(value) => updatePoint(pt.id, { amount: value })}
                    />
                    <FieldProblems ctx={ctx} problems={problems} field={`${base}.amount`} />
                  </div>
                  <button
                    type="button"
                    onClick={() => {
                      removePoint(pt.id);
                      const next = draft.points[i + 1] ?? draft.points[i - 1];
                      pendingFocus = next ? `calc-point-${next.id}-label` : 'calc-add-point';
                      announce(T('calc.points.removed', { n: i + 1 }));
                    }}
                  >
                    {T('calc.points.remove')}<span class="visually-hidden"> {T('calc.points.which', { n: i + 1 })}</span>
                  </button>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            id="calc-add-point"
            onClick={() => {
              const pt = addPoint();
              pendingFocus = `calc-point-${pt.id}-label`;
              announce(T('calc.points.added', { n: draft.points.length + 1 }));
            }}
          >
            {T('calc.points.add')}
          </button>
        </fieldset>
      </Later>
    </form>
  );
}

/**
 * A period's last day, beside its days: shows the last day the days give and sets the days from a
 * last day typed. A last day before the period's first day is kept as typed, with the problem.
 */
function LastDay({ ctx, period, idp, from, to }: { ctx: PageContext; period: PeriodDraft; idp: string; from: string | null; to: string | null }) {
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  const typed = period.lastDayTyped ?? null;
  const errorId = `${idp}-last-problem`;
  return (
    <div class="calc-field">
      <label for={`${idp}-last`}>{T('calc.period.lastDay')}</label>
      <input
        id={`${idp}-last`}
        type="date"
        value={typed ?? to ?? ''}
        min={from ?? undefined}
        disabled={from === null}
        aria-describedby={from ? (typed ? `${idp}-last-hint ${errorId}` : `${idp}-last-hint`) : undefined}
        aria-invalid={typed ? true : undefined}
        onChange={(e) => setLastDay(period.id, e.currentTarget.value)}
      />
      {from && <p class="calc-hint" id={`${idp}-last-hint`}>{T('calc.period.lastDayHint', { from })}</p>}
      {typed && from && (
        <ul class="calc-problems" id={errorId}>
          <li class="calc-problem calc-problem--error" data-code="invalid-input">
            <strong>{T('calc.problem.error')}</strong> {T('calc.period.lastDayBefore', { last: typed, from })}
          </li>
        </ul>
      )}
    </div>
  );
}

/**
 * The person's days counted with period `i`'s intervention up to and including it: every earlier
 * period of an intervention that shares a limit with it (or is the same), as the engine counts
 * days for its limits and conditions "beyond 30 + 90 days".
 */
function countedDaysThrough(rules: RuleSet, periods: readonly { intervention: string; days: string }[], i: number): number {
  const id = periods[i]?.intervention;
  const together = new Set<string>([id ?? '', ...rules.limits.filter((g) => g.interventions.some((x) => x === id)).flatMap((g) => g.interventions)]);
  return periods.slice(0, i + 1).reduce((sum, p) => sum + (together.has(p.intervention) ? Math.max(0, Number.parseInt(p.days, 10) || 0) : 0), 0);
}
