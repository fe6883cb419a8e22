/** The same plan under each documented year's rules, side by side. */
import { useStore } from '@nanostores/preact';
import { formatKronor } from '../../../calculators/money';
import { comparison, ownActive } from '../../stores/calculator';
import { rateYear } from '../../stores/rate-year';
import { tr, type PageContext } from './shared';

export function Compare({ ctx }: { ctx: PageContext }) {
  const rows = useStore(comparison);
  const selected = useStore(rateYear);
  const own = useStore(ownActive);
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  if (rows.length < 2) return null;
  return (
    <section class="calc-compare" aria-labelledby="calc-compare-title">
      <h2 id="calc-compare-title">{T('calc.compare.title')}</h2>
      <p>{T('calc.compare.intro')}</p>
      <div class="calc-table-wrap" role="region" aria-labelledby="calc-compare-caption" tabIndex={0}>
        <table class="calc-compare__table">
          <caption id="calc-compare-caption">{T(own ? 'calc.own.compareCaption' : 'calc.compare.caption')}</caption>
          <thead>
            <tr>
              <td />
              {rows.map((r) => {
                const isSelected = r.own || (!own && String(r.year) === selected);
                return (
                  <th scope="col" class={isSelected ? 'calc-compare__selected' : undefined}>
                    {r.own ? T('calc.own.compare', { year: r.year }) : T('calc.compare.rulesOf', { year: r.year })}
                    {r.own && <span class="calc-compare__mark"> ({T('calc.own.mark')})</span>}
                    {isSelected && <span class="calc-compare__mark"> {T('calc.compare.selected')}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{T('calc.compare.start')}</th>
              {rows.map((r) => <td>{r.start}</td>)}
            </tr>
            <tr>
              <th scope="row">{T('calc.compare.total')}</th>
              {rows.map((r) => <td class="num">{formatKronor(r.estimate.total, ctx.lang)}</td>)}
            </tr>
            <tr>
              <th scope="row">{T('calc.compare.after')}</th>
              {rows.map((r) => <td class="num">{formatKronor(r.estimate.afterYearEndTotal, ctx.lang)}</td>)}
            </tr>
            <tr>
              <th scope="row">{T('calc.compare.problems')}</th>
              {rows.map((r) =>
                r.estimate.problems.length === 0 ? (
                  <td>{T('calc.compare.noProblems')}</td>
                ) : (
                  <td>
                    <ul class="calc-compare__problems">
                      {r.estimate.problems.map((p) => (
                        <li class={`calc-problem--${p.severity}`}>{p.message}</li>
                      ))}
                    </ul>
                  </td>
                ),
              )}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
