/**
 * The programme scenario for researchers, loaded by ScenarioIsland.tsx: N people × M more days
 * under a year's rules, added to that year's actual spend. Where the year's report computes such
 * a case itself, its figures are shown next to ours with both sources, and any difference is
 * stated, never smoothed over.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { formatKronor, formatNumber } from '../../../calculators/money';
import { documentedInterventions } from '../../../calculators/rule-queries';
import type { Programme, RuleSet } from '../../../calculators/client';
import { initRateYears, rateYear, setRateYear } from '../../stores/rate-year';
import {
  initScenario,
  proposalResult,
  scenarioDraft,
  scenarioProgramme,
  scenarioResult,
  scenarioRules,
  setScenarioField,
  useProposal,
  useStatedCase,
} from '../../stores/scenario';
import { CiteLink, tr, useAfterFrames, type PageContext } from '../calculator/shared';

export interface Props {
  ctx: PageContext;
  ruleSets: RuleSet[];
  programmes: Programme[];
  years: string[];
}

export function ScenarioApp({ ctx, ruleSets, programmes, years }: Props) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    initRateYears(years);
    initScenario(ruleSets, programmes, ctx.lang);
    setReady(true);
  }, []);
  if (!ready) return <div class="scen" />;
  return <Scenario ctx={ctx} years={years} />;
}

function Scenario({ ctx, years }: { ctx: PageContext; years: string[] }) {
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  const lang = ctx.lang;
  const year = useStore(rateYear);
  const rules = useStore(scenarioRules);
  const programme = useStore(scenarioProgramme);
  const draft = useStore(scenarioDraft);
  const result = useStore(scenarioResult);
  const proposal = useStore(proposalResult);
  // The report's own case and the proposal a frame after the form and the result, so that neither
  // task is long on a slow phone. The island is below the page's introduction: nothing in view moves.
  const more = useAfterFrames(1);

  // A new year may lack the chosen intervention: fall back to its report's own case, if any.
  useEffect(() => {
    if (rules && !rules.interventions[draft.intervention].offered) useStatedCase() || setScenarioField('intervention', 'reflection');
  }, [rules]);

  const problemFor = (field: string) => result?.problems.filter((p) => p.field === field) ?? [];
  const fieldProps = (field: string, hint?: string) => {
    const mine = problemFor(field);
    const ids = [hint, mine.length > 0 ? `scen-problems-${field}` : undefined].filter(Boolean).join(' ');
    return { 'aria-describedby': ids || undefined, 'aria-invalid': mine.length > 0 || undefined };
  };
  const Problems = ({ field }: { field: string }) => {
    const mine = problemFor(field);
    return mine.length === 0 ? null : (
      <ul class="calc-problems" id={`scen-problems-${field}`}>
        {mine.map((p) => (
          <li class="calc-problem calc-problem--error" data-code={p.code}>
            <strong>{T('calc.problem.error')}</strong> {p.message}
          </li>
        ))}
      </ul>
    );
  };

  if (!rules || !programme || !result) return <p>{T('calc.scen.noData', { year: year ?? '' })}</p>;
  const offered = documentedInterventions(rules);
  const iv = rules.interventions[draft.intervention];
  // A step after N days is the rate of the first full period that starts after day N.
  const laterRates = iv.offered ? iv.rateSteps.map((s) => ({ step: s, period: Math.floor((s.afterDays.amount - 1) / Math.max(1, iv.maxDaysPerPeriod.amount)) + 2 })) : [];
  const stated = result.stated;
  const statedCase = programme.scenarios.find((s) => s.id === stated?.id) ?? programme.scenarios[0];
  const discrepancy = programme.discrepancies.find((d) => d.id === 'scenario-total');
  const extendedRow = programme.interventions.find((r) => r.id === 'extended');
  const shorter = extendedRow?.details.find((d) => d.id === 'shorter-than-90');
  const proposalData = programme.proposals.find((p) => p.id === proposal?.proposalId);

  return (
    <div class="scen">
      <form class="calc-form" aria-labelledby="scen-form-title" onSubmit={(e) => e.preventDefault()} noValidate>
        <h2 id="scen-form-title">{T('calc.scen.form')}</h2>
        <div class="calc-field">
          <label for="scen-year">{T('calc.year.label')}</label>
          <select id="scen-year" value={year} onChange={(e) => setRateYear(e.currentTarget.value)}>
            {years.map((y) => (
              <option value={y}>{y}</option>
            ))}
          </select>
        </div>
        <div class="calc-field">
          <label for="scen-intervention">{T('calc.period.intervention')}</label>
          <select id="scen-intervention" value={draft.intervention} {...fieldProps('intervention')} onChange={(e) => setScenarioField('intervention', e.currentTarget.value)}>
            {offered.map((o) => (
              <option value={o.id}>{T('calc.scen.option', { label: o.label[lang], rate: formatKronor(o.rate, lang) })}</option>
            ))}
          </select>
          <Problems field="intervention" />
        </div>
        {laterRates.length > 0 && (
          <div class="calc-field">
            <label for="scen-period">{T('calc.scen.periodNumber')}</label>
            <select id="scen-period" value={draft.periodNumber} onChange={(e) => setScenarioField('periodNumber', e.currentTarget.value)}>
              <option value="1">{T('calc.scen.firstPeriod', { n: laterRates[0]?.step.afterDays.amount ?? 0, rate: formatKronor(iv.offered ? iv.rate.amount : 0, lang) })}</option>
              {laterRates.map((lp) => (
                <option value={String(lp.period)}>{T('calc.scen.laterPeriod', { step: lp.step.label[lang], rate: formatKronor(lp.step.rate.amount, lang) })}</option>
              ))}
            </select>
          </div>
        )}
        <div class="calc-field">
          <label for="scen-people">{T('calc.scen.people')}</label>
          <input id="scen-people" type="text" inputMode="numeric" autoComplete="off" value={draft.people} {...fieldProps('people')} onInput={(e) => setScenarioField('people', e.currentTarget.value)} />
          <Problems field="people" />
        </div>
        <div class="calc-field">
          <label for="scen-days">{T('calc.scen.days')}</label>
          <input id="scen-days" type="text" inputMode="numeric" autoComplete="off" value={draft.days} {...fieldProps('daysPerPerson')} onInput={(e) => setScenarioField('days', e.currentTarget.value)} />
          <Problems field="daysPerPerson" />
        </div>
        <div class="calc-actions__buttons">
          {programme.scenarios.length > 0 && (
            <button type="button" onClick={() => useStatedCase()}>
              {T('calc.scen.useStated')}
            </button>
          )}
          {proposal && (
            <button type="button" onClick={() => useProposal()}>
              {T('calc.scen.useProposal', { days: proposal.proposedDays })}
            </button>
          )}
        </div>
      </form>

      <section aria-labelledby="scen-result-title" class="scen-result">
        <h2 id="scen-result-title">{T('calc.scen.result', { year: rules.year })}</h2>
        <div role="status" aria-live="polite" aria-atomic="true">
          {result.ok ? (
            <p>
              {T('calc.scen.sentence', {
                people: formatNumber(Number(draft.people.replace(/\s/g, '')), lang),
                days: formatNumber(Number(draft.days.replace(/\s/g, '')), lang),
                totalDays: formatNumber(result.totalDays, lang),
                rate: formatKronor(result.dailyRate, lang),
                cost: formatKronor(result.cost, lang),
                total: formatKronor(result.totalWithScenario, lang),
              })}
            </p>
          ) : (
            <p>{T('calc.scen.fix')}</p>
          )}
        </div>
        <div class="calc-table-wrap" role="region" tabIndex={0} aria-label={T('calc.scen.caption', { year: rules.year })}>
        <table>
          <caption>{T('calc.scen.caption', { year: rules.year })}</caption>
          <tbody>
            <tr>
              <th scope="row">{T('calc.scen.totalDays')}</th>
              <td class="num">{formatNumber(result.totalDays, lang)}</td>
              <td>{T('calc.scen.totalDaysHow')}</td>
            </tr>
            <tr>
              <th scope="row">{T('calc.scen.rate')}</th>
              <td class="num">{formatKronor(result.dailyRate, lang)}</td>
              <td>{result.rateSource && <CiteLink ctx={ctx} source={result.rateSource} />}</td>
            </tr>
            <tr>
              <th scope="row">{T('calc.scen.cost')}</th>
              <td class="num" data-testid="scen-cost">{formatKronor(result.cost, lang)}</td>
              <td>{T('calc.scen.costHow')}</td>
            </tr>
            <tr>
              <th scope="row">{T('calc.scen.spend', { year: rules.year })}</th>
              <td class="num">{formatKronor(result.actualSpend.amount, lang)}</td>
              <td>
                <CiteLink ctx={ctx} source={result.actualSpend.source} />
              </td>
            </tr>
            <tr>
              <th scope="row">{T('calc.scen.total')}</th>
              <td class="num" data-testid="scen-total">{formatKronor(result.totalWithScenario, lang)}</td>
              <td>{T('calc.scen.totalHow')}</td>
            </tr>
          </tbody>
        </table>
        </div>

        {more && stated && statedCase && (
          <section class="calc-banner" aria-labelledby="scen-stated-title">
            <h3 id="scen-stated-title">{T('calc.scen.stated.title')}</h3>
            <p>
              {statedCase.label[lang]}. <CiteLink ctx={ctx} source={statedCase.cost.source} />
            </p>
            <div class="calc-table-wrap" role="region" tabIndex={0} aria-label={T('calc.scen.stated.caption')}>
            <table>
              <caption>{T('calc.scen.stated.caption')}</caption>
              <thead>
                <tr>
                  <td />
                  <th scope="col" class="num">{T('calc.scen.stated.report')}</th>
                  <th scope="col" class="num">{T('calc.scen.stated.ours')}</th>
                  <th scope="col">{T('calc.scen.stated.agree')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{T('calc.scen.cost')}</th>
                  <td class="num">{formatKronor(stated.cost, lang)}</td>
                  <td class="num">{formatKronor(result.cost, lang)}</td>
                  <td>{stated.costMatches ? T('calc.scen.stated.yes') : T('calc.scen.stated.no')}</td>
                </tr>
                <tr>
                  <th scope="row">{T('calc.scen.total')}</th>
                  <td class="num" data-testid="scen-stated-total">{formatKronor(stated.totalWithScenario, lang)}</td>
                  <td class="num">{formatKronor(result.totalWithScenario, lang)}</td>
                  <td>{stated.totalMatches ? T('calc.scen.stated.yes') : T('calc.scen.stated.no')}</td>
                </tr>
              </tbody>
            </table>
            </div>
            {!stated.totalMatches && (
              <p data-testid="scen-difference">
                {T('calc.scen.stated.difference', {
                  ours: formatKronor(result.totalWithScenario, lang),
                  report: formatKronor(stated.totalWithScenario, lang),
                  difference: formatKronor(Math.abs(stated.difference), lang),
                  implied: formatKronor(stated.impliedSpend, lang),
                  spend: formatKronor(result.actualSpend.amount, lang),
                })}{' '}
                <CiteLink ctx={ctx} source={statedCase.totalWithScenario.source} />
              </p>
            )}
            {discrepancy && <p>{discrepancy.note[lang]}</p>}
          </section>
        )}
      </section>

      {!more ? null : proposal && proposalData ? (
        <section aria-labelledby="scen-proposal-title" class="scen-proposal">
          <h2 id="scen-proposal-title">{T('calc.scen.proposal.title', { days: proposal.proposedDays })}</h2>
          <p>
            {proposalData.label[lang]}. <CiteLink ctx={ctx} source={proposal.proposedSource} />
          </p>
          <ul>
            <li>
              {T('calc.scen.proposal.people', { people: proposal.people, year: rules.year })} <CiteLink ctx={ctx} source={proposal.peopleSource} />
            </li>
            <li>
              {T('calc.scen.proposal.current', { max: proposal.currentMaxDays, more: proposal.moreDaysPerPerson })}{' '}
              <CiteLink ctx={ctx} source={proposal.currentMaxSource} />
            </li>
            <li data-testid="scen-proposal-more">
              {T('calc.scen.proposal.more', {
                totalDays: formatNumber(proposal.scenario.totalDays, lang),
                cost: formatKronor(proposal.scenario.cost, lang),
                total: formatKronor(proposal.scenario.totalWithScenario, lang),
              })}
            </li>
            <li>{T('calc.scen.proposal.full', { people: proposal.people, days: proposal.proposedDays, cost: formatKronor(proposal.fullCost, lang) })}</li>
          </ul>
          <p>
            {T('calc.scen.proposal.assumption', { max: proposal.currentMaxDays })}
            {shorter && (
              <>
                {' '}
                {T('calc.scen.proposal.shorter', { n: shorter.value })} <CiteLink ctx={ctx} source={shorter.source} />
              </>
            )}
          </p>
        </section>
      ) : (
        <p>{T('calc.scen.proposal.none', { year: rules.year })}</p>
      )}
    </div>
  );
}

