/** The estimate: lines with their workings and sources, totals, the split by year, then `children` (the timeline). */
import type { ComponentChildren } from 'preact';
import { message } from '../../../calculators/messages';
import { formatKronor, formatNumber } from '../../../calculators/money';
import type { CostEstimate, CostLine, RateComponent, RuleSet } from '../../../calculators/client';
import { basisMarker, describeBasis } from '../../../calculators/basis';
import { BasisNote, CiteLink, tr, type PageContext } from './shared';

interface Props {
  ctx: PageContext;
  rules: RuleSet;
  estimate: CostEstimate;
  children?: ComponentChildren;
}

/** The line's name: the intervention's label from the rules, or the point intervention's own label. */
export function lineName(ctx: PageContext, rules: RuleSet, line: CostLine): string {
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  if (line.kind === 'point') return line.label?.trim() ? line.label : T('calc.line.pointUnnamed');
  const id = line.intervention as keyof RuleSet['interventions'];
  const label = rules.interventions[id]?.label[ctx.lang] ?? line.intervention;
  if (line.kind === 'child-supplement') return T('calc.line.child', { label });
  if (line.kind === 'extra-supplement') return T('calc.line.extra', { label });
  return line.rateStep ? T('calc.line.step', { label, step: line.rateStep.label[ctx.lang] }) : label;
}

/** A component's name ("support", "housing", …). */
const componentName = (ctx: PageContext, c: RateComponent): string => tr(ctx.strings, `calc.component.${c.id}`);

/**
 * The daily parts of a line, e.g. "660 kr support + 660 kr housing"; a derived part carries its
 * marker ("660 kr support (derived)"), and with own amounts the line says they are the user's own.
 */
export function componentsText(ctx: PageContext, line: CostLine): string {
  if (line.components.length === 0) return '–';
  const parts = line.components
    .map((c, i) => {
      const marker = describeBasis(c.basis, ctx.lang).marker;
      return `${i === 0 ? '' : c.perDay < 0 ? ' − ' : ' + '}${formatKronor(Math.abs(c.perDay), ctx.lang)} ${componentName(ctx, c)}${marker ? ` (${marker})` : ''}`;
    })
    .join('');
  return line.components.some((c) => c.own) ? `${parts} (${tr(ctx.strings, 'calc.own.mark')})` : parts;
}

/** Whether a line has a derived figure (the marker word, for the table's visual mark). */
export const derivedMarker = (ctx: PageContext, line: CostLine): string | null =>
  line.components.some((c) => c.basis?.kind === 'derived') ? basisMarker('derived', ctx.lang) : null;

/** Status words of a line: after the year end, before the year, not costed. */
export function lineStatus(ctx: PageContext, line: CostLine, year: number): string | null {
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  if (line.uncosted) return T(`calc.uncosted.${line.uncosted}`);
  if (line.afterYearEnd) return T('calc.line.afterYearEnd', { year });
  if (line.beforeYearStart) return T('calc.line.beforeYear', { year });
  return null;
}

function Workings({ ctx, rules, line, index }: { ctx: PageContext; rules: RuleSet; line: CostLine; index: number }) {
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  const lang = ctx.lang;
  const status = lineStatus(ctx, line, rules.year);
  return (
    <details class="calc-workings">
      <summary>{T('calc.line.how', { n: index + 1 })}</summary>
      {line.kind === 'point' ? (
        <p>
          {T('calc.how.point', { amount: formatKronor(line.amount, lang) })} {rules.pointInterventions.note[lang]}{' '}
          <CiteLink ctx={ctx} source={rules.pointInterventions.source} />
        </p>
      ) : line.uncosted ? (
        <p>{T('calc.how.uncosted', { days: formatNumber(line.days, lang), reason: status ?? '' })}</p>
      ) : (
        <>
          <p>
            {line.paidDays === line.days
              ? T('calc.how.days', { days: formatNumber(line.days, lang), from: line.from, to: line.to })
              : T('calc.how.paidDays', { paid: formatNumber(line.paidDays, lang), days: formatNumber(line.days, lang), from: line.from, to: line.to })}
          </p>
          <ul>
            {line.components.map((c) => (
              <li>
                {componentName(ctx, c)}: {c.perDay < 0 ? '−' : ''}
                {formatKronor(Math.abs(c.perDay), lang)} {T('calc.how.perDay')}{' '}
                {c.source ? <CiteLink ctx={ctx} source={c.source} /> : <span>({T(c.own ? 'calc.own.mark' : 'calc.how.yourFigure')})</span>}
                <BasisNote ctx={ctx} basis={c.basis} />
              </li>
            ))}
          </ul>
          <p>
            {T('calc.how.sum', {
              paid: formatNumber(line.paidDays, lang),
              perDay: formatKronor(line.perDay, lang),
              amount: formatKronor(line.amount, lang),
            })}
            {line.kind === 'child-supplement' && ` ${T('calc.how.childOnce')}`}
          </p>
          {line.rateStep && line.kind === 'intervention' && (
            <p>
              {message('rate-step', { period: line.period ?? '', dayFrom: line.rateStep.dayFrom, dayTo: line.rateStep.dayTo, label: line.rateStep.label[lang], perDay: line.perDay }, lang)}
            </p>
          )}
          {status && <p>{status}</p>}
        </>
      )}
    </details>
  );
}

export function Results({ ctx, rules, estimate, children }: Props) {
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  const lang = ctx.lang;
  const general = estimate.problems.filter((p) => p.field === null);
  const years = Object.keys(estimate.byYear).sort();
  return (
    <section class="calc-results" aria-labelledby="calc-results-title">
      <h2 id="calc-results-title">{T(ctx.own ? 'calc.own.results' : 'calc.results.title', { year: rules.year })}</h2>
      {ctx.own && <p class="calc-own-note">{T('calc.own.resultsNote')}</p>}
      {general.length > 0 && (
        <ul class="calc-problems" id="calc-problems-plan">
          {general.map((p) => (
            <li class={`calc-problem calc-problem--${p.severity}`} data-code={p.code}>
              {p.message}
            </li>
          ))}
        </ul>
      )}

      <dl class="calc-totals">
        <div>
          <dt>{T('calc.total.label', { year: rules.year })}</dt>
          <dd data-testid="calc-total">{formatKronor(estimate.total, lang)}</dd>
        </div>
        {estimate.afterYearEndTotal > 0 && (
          <div>
            <dt>{T('calc.total.after', { year: rules.year })}</dt>
            <dd data-testid="calc-after">{formatKronor(estimate.afterYearEndTotal, lang)}</dd>
          </div>
        )}
      </dl>

      {estimate.lines.length === 0 ? (
        <p>{T('calc.lines.none')}</p>
      ) : (
        <div class="calc-table-wrap" role="region" aria-labelledby="calc-lines-caption" tabIndex={0}>
          <table class="calc-lines">
            <caption id="calc-lines-caption">{T(ctx.own ? 'calc.own.caption' : 'calc.lines.caption', { year: rules.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{T('calc.col.period')}</th>
                <th scope="col">{T('calc.col.what')}</th>
                <th scope="col">{T('calc.col.from')}</th>
                <th scope="col">{T('calc.col.to')}</th>
                <th scope="col" class="num">{T('calc.col.days')}</th>
                <th scope="col">{T('calc.col.perDay')}</th>
                <th scope="col" class="num">{T('calc.col.amount')}</th>
                <th scope="col">{T('calc.col.how')}</th>
              </tr>
            </thead>
            <tbody>
              {estimate.lines.map((l, i) => {
                const status = lineStatus(ctx, l, rules.year);
                const outside = l.afterYearEnd || l.beforeYearStart || l.uncosted !== null;
                return (
                  <tr class={outside ? 'calc-line calc-line--outside' : 'calc-line'}>
                    <td>{l.period ?? '–'}</td>
                    <th scope="row">
                      {lineName(ctx, rules, l)}
                      {status && <span class="calc-line-status">{status}</span>}
                    </th>
                    <td>{l.kind === 'point' ? '–' : <time dateTime={l.from}>{l.from}</time>}</td>
                    <td>{l.kind === 'point' ? '–' : <time dateTime={l.to}>{l.to}</time>}</td>
                    <td class="num">{l.kind === 'point' ? '–' : l.paidDays === l.days ? formatNumber(l.days, lang) : T('calc.lines.paidOf', { paid: formatNumber(l.paidDays, lang), days: formatNumber(l.days, lang) })}</td>
                    <td>{componentsText(ctx, l)}</td>
                    <td class="num">{formatKronor(l.amount, lang)}</td>
                    <td>
                      <Workings ctx={ctx} rules={rules} line={l} index={i} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {years.length > 0 && (
        <table class="calc-by-year">
          <caption>{T('calc.byYear.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{T('calc.byYear.year')}</th>
              <th scope="col" class="num">{T('calc.col.amount')}</th>
              <th scope="col">{T('calc.byYear.inTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr>
                <th scope="row">{y}</th>
                <td class="num">{formatKronor(estimate.byYear[y] ?? 0, lang)}</td>
                <td>{Number(y) === rules.year ? T('calc.byYear.yes') : T('calc.byYear.no', { year: rules.year })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {children}
    </section>
  );
}
