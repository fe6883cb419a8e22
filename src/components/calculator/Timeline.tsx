/**
 * The periods drawn on a time axis with 31 December of the rules' year marked. Inline SVG with
 * presentation attributes and classes only (CSP); the figure's caption is its text alternative.
 */
import { formatNumber } from '../../../calculators/money';
import type { CostEstimate, RuleSet } from '../../../calculators/client';
import { dayDiff, tr, type PageContext } from './shared';

interface Bar {
  period: number;
  intervention: string;
  from: string;
  to: string;
  days: number;
  afterDays: number;
  uncostedDays: number;
}

const W = 640;
const LEFT = 44;
const RIGHT = 16;
const ROW = 30;
const TOP = 26;

export function Timeline({ ctx, rules, estimate }: { ctx: PageContext; rules: RuleSet; estimate: CostEstimate }) {
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  const bars = new Map<number, Bar>();
  for (const l of estimate.lines) {
    if (l.kind !== 'intervention' || l.period === null) continue;
    const b = bars.get(l.period) ?? { period: l.period, intervention: l.intervention, from: l.from, to: l.to, days: 0, afterDays: 0, uncostedDays: 0 };
    if (l.from < b.from) b.from = l.from;
    if (l.to > b.to) b.to = l.to;
    b.days += l.days;
    if (l.afterYearEnd) b.afterDays += l.days;
    if (l.uncosted) b.uncostedDays += l.days;
    bars.set(l.period, b);
  }
  const list = [...bars.values()].sort((a, b) => a.period - b.period);
  const first = list[0];
  if (!first) return null;
  const start = list.reduce((m, b) => (b.from < m ? b.from : m), first.from);
  const end = list.reduce((m, b) => (b.to > m ? b.to : m), first.to);
  const span = Math.max(1, dayDiff(start, end) + 1);
  const x = (iso: string, endOfDay = false) => LEFT + ((dayDiff(start, iso) + (endOfDay ? 1 : 0)) / span) * (W - LEFT - RIGHT);
  const yearEnd = `${rules.year}-12-31`;
  const showYearEnd = yearEnd >= start && yearEnd < end;
  const height = TOP + list.length * ROW + 30;
  const label = (b: Bar) => rules.interventions[b.intervention as keyof RuleSet['interventions']]?.label[ctx.lang] ?? b.intervention;

  return (
    <figure class="calc-timeline" aria-labelledby="calc-timeline-caption">
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby="calc-timeline-caption" class="calc-timeline__svg" focusable="false">
        {list.map((b, i) => {
          const y = TOP + i * ROW;
          const x1 = x(b.from);
          const x2 = x(b.to, true);
          return (
            <g>
              <text x={4} y={y + 17} class="calc-timeline__label">
                {T('calc.timeline.short', { n: b.period })}
              </text>
              <rect x={x1} y={y + 4} width={Math.max(2, x2 - x1)} height={ROW - 10} class={`calc-timeline__bar calc-timeline__bar--${b.uncostedDays === b.days ? 'uncosted' : b.intervention}`} />
            </g>
          );
        })}
        {showYearEnd && (
          <g>
            <line x1={x(yearEnd, true)} x2={x(yearEnd, true)} y1={TOP - 8} y2={TOP + list.length * ROW} class="calc-timeline__yearend" stroke-width="2" stroke-dasharray="5 3" />
            <text x={x(yearEnd, true)} y={TOP - 12} text-anchor="middle" class="calc-timeline__label">
              {T('calc.timeline.yearEnd', { year: rules.year })}
            </text>
          </g>
        )}
        <text x={LEFT} y={height - 8} class="calc-timeline__label">{start}</text>
        <text x={W - RIGHT} y={height - 8} text-anchor="end" class="calc-timeline__label">{end}</text>
      </svg>
      <figcaption id="calc-timeline-caption">
        <span class="calc-timeline__title">{T('calc.timeline.title')}</span>
        <ul>
          {list.map((b) => (
            <li>
              {T('calc.timeline.item', { n: b.period, label: label(b), from: b.from, to: b.to, days: formatNumber(b.days, ctx.lang) })}
              {b.afterDays > 0 && ` ${T('calc.timeline.after', { days: formatNumber(b.afterDays, ctx.lang), year: rules.year })}`}
              {b.uncostedDays > 0 && ` ${T('calc.timeline.uncosted', { days: formatNumber(b.uncostedDays, ctx.lang) })}`}
            </li>
          ))}
          <li>{showYearEnd ? T('calc.timeline.yearEndAt', { year: rules.year }) : T('calc.timeline.noYearEnd', { year: rules.year })}</li>
        </ul>
      </figcaption>
    </figure>
  );
}
