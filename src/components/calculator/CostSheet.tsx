/**
 * The printed cost sheet: inputs, lines, totals, sources and the date, to attach to an application.
 * Hidden on screen (display: none, so not read twice); print CSS shows it alone.
 */
import { basisText, describeBasis } from '../../../calculators/basis';
import { formatKronor, formatNumber } from '../../../calculators/money';
import type { CostEstimate, RuleSet, SourceRef } from '../../../calculators/client';
import { localeTags } from '../../../calculators/money';
import type { PlanDraft } from '../../stores/calculator';
import { componentsText, lineName, lineStatus } from './Results';
import { sheetDateOptions } from './sheet-date';
import { tr, type PageContext } from './shared';

export function CostSheet({ ctx, rules, estimate, draft }: { ctx: PageContext; rules: RuleSet; estimate: CostEstimate; draft: PlanDraft }) {
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  const lang = ctx.lang;
  // The sheet renders in the island's last stage, so the first use of the date formatter (which
  // loads the locale's date data) is a task of its own, not part of the form's.
  const today = new Intl.DateTimeFormat(localeTags[lang], sheetDateOptions).format(new Date());
  const sources = new Map<string, SourceRef>();
  for (const l of estimate.lines) for (const c of l.components) if (c.source) sources.set(`${c.source.key}|${c.source.section}`, c.source);
  if (estimate.lines.some((l) => l.kind === 'point') && !ctx.own) sources.set('points', rules.pointInterventions.source);
  // Each derived figure once, with how it was derived.
  const derived = new Set<string>();
  for (const l of estimate.lines) for (const c of l.components) if (c.basis?.kind === 'derived') derived.add(basisText(describeBasis(c.basis, lang)));
  return (
    <section class="calc-sheet" aria-labelledby="calc-sheet-title">
      <h2 id="calc-sheet-title">{T(ctx.own ? 'calc.own.sheetTitle' : 'calc.sheet.title', { year: rules.year })}</h2>
      <p>{T('calc.sheet.made', { date: today })}</p>
      {ctx.own && (
        <p class="calc-sheet__own">
          <strong>{T('calc.own.sheetNote', { year: rules.year })}</strong>
        </p>
      )}
      <h3>{T('calc.sheet.inputs')}</h3>
      <dl class="calc-sheet__inputs">
        <dt>{T('calc.year.label')}</dt>
        <dd>{rules.year}</dd>
        <dt>{T('calc.start.label')}</dt>
        <dd>{draft.start || '–'}</dd>
        <dt>{T('calc.periods.legend')}</dt>
        <dd>
          <ol>
            {draft.periods.map((p) => (
              <li>
                {rules.interventions[p.intervention].label[lang]}: {p.days} {T('calc.sheet.days')}
                {p.intervention === 'support-only' && p.paidDays.trim() !== '' ? ` (${T('calc.period.paidDays')}: ${p.paidDays})` : ''}
              </li>
            ))}
          </ol>
        </dd>
        <dt>{T('calc.children.label')}</dt>
        <dd>{draft.children || '0'}</dd>
        {rules.extraSupplement.documented && (
          <>
            <dt>{T('calc.extra.label')}</dt>
            <dd>{draft.extraSupplementDays || '0'}</dd>
          </>
        )}
        {rules.dailyAllowanceDeduction.documented && (
          <>
            <dt>{T('calc.deduction.label')}</dt>
            <dd>{draft.dailyDeduction || '0'}</dd>
          </>
        )}
      </dl>
      <table class="calc-sheet__lines">
        <caption>{T('calc.lines.caption', { year: rules.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{T('calc.col.period')}</th>
            <th scope="col">{T('calc.col.what')}</th>
            <th scope="col">{T('calc.col.from')}</th>
            <th scope="col">{T('calc.col.to')}</th>
            <th scope="col" class="num">{T('calc.col.days')}</th>
            <th scope="col">{T('calc.col.perDay')}</th>
            <th scope="col" class="num">{T('calc.col.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {estimate.lines.map((l) => {
            const status = lineStatus(ctx, l, rules.year);
            return (
              <tr>
                <td>{l.period ?? '–'}</td>
                <th scope="row">
                  {lineName(ctx, rules, l)}
                  {status && ` (${status})`}
                </th>
                <td>{l.kind === 'point' ? '–' : l.from}</td>
                <td>{l.kind === 'point' ? '–' : l.to}</td>
                <td class="num">{l.kind === 'point' ? '–' : formatNumber(l.paidDays, lang)}</td>
                <td>{componentsText(ctx, l)}</td>
                <td class="num">{formatKronor(l.amount, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <dl class="calc-sheet__totals">
        <dt>{T('calc.total.label', { year: rules.year })}</dt>
        <dd>{formatKronor(estimate.total, lang)}</dd>
        <dt>{T('calc.total.after', { year: rules.year })}</dt>
        <dd>{formatKronor(estimate.afterYearEndTotal, lang)}</dd>
      </dl>
      {estimate.problems.length > 0 && (
        <>
          <h3>{T('calc.sheet.problems')}</h3>
          <ul>
            {estimate.problems.map((p) => (
              <li>{p.message}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{T('calc.sheet.sources')}</h3>
      {ctx.own ? (
        <p>{T('calc.own.sheetNote', { year: rules.year })}</p>
      ) : (
        <ul>
          {[...sources.values()].map((s) => (
            <li>
              {ctx.sourceTitles[s.key] ?? s.key} [{s.key}], {s.section}
            </li>
          ))}
          {[...derived].map((d) => (
            <li>{d}</li>
          ))}
        </ul>
      )}
      <p>{T('calc.sheet.disclaimer')}</p>
    </section>
  );
}
