/**
 * The support cost calculator, loaded by CalculatorIsland.tsx. Reads the stores in
 * src/stores/calculator.ts and calls their actions; the engine in calculators/ does every sum.
 * The page passes the parsed rule sets and the UI strings as props.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { linesToCsv } from '../../../calculators/csv';
import { formatKronor } from '../../../calculators/money';
import { undocumentedYears } from '../../../calculators/rule-queries';
import type { CostEstimate, RuleSet } from '../../../calculators/client';
import {
  estimate as estimateStore,
  initCalculator,
  linkBlocked,
  linkState,
  linkWritten,
  listAnnouncement,
  ownActive,
  ownDraft,
  planDraft,
  planFragment,
  resetPlan,
  restoreFromFragment,
  selectedRules,
} from '../../stores/calculator';
import { initRateYears } from '../../stores/rate-year';
import { Compare } from './Compare';
import { CostSheet } from './CostSheet';
import { PlanForm } from './PlanForm';
import { Results } from './Results';
import { Later, tr, type PageContext } from './shared';
import { Timeline } from './Timeline';

export interface Props {
  ctx: PageContext;
  /** Oldest first. The years to choose from and the gaps between them are read from these. */
  ruleSets: RuleSet[];
}

/** A fragment that names an element on the page is an ordinary anchor, not a plan. */
function planInFragment(): string | null {
  const hash = window.location.hash.slice(1);
  if (hash === '') return null;
  try {
    if (document.getElementById(decodeURIComponent(hash))) return null;
  } catch {
    // A malformed escape is not an anchor; let the decoder explain.
  }
  return hash;
}

export function CalculatorApp({ ctx, ruleSets }: Props) {
  const [started, setStarted] = useState(false);

  useEffect(() => {
    initRateYears(ruleSets.map((r) => String(r.year)));
    initCalculator(ruleSets, ctx.lang);
    const fromUrl = planInFragment();
    if (fromUrl !== null) restoreFromFragment(fromUrl);
    setStarted(true);
    const onHash = () => {
      const f = planInFragment();
      if (f !== null) restoreFromFragment(f);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  if (!started) return <div class="calc" />;
  return <Calculator ctx={ctx} ruleSets={ruleSets} />;
}

/** An estimate with nothing in it, for the form while own amounts have errors. */
const emptyEstimate = (year: number): CostEstimate => ({ rulesYear: year, total: 0, lines: [], byYear: {}, afterYearEndTotal: 0, problems: [] });

/**
 * The calculator appears in steps, one painted frame apart, so that no single task on a slow phone
 * is long: the form (in two, see PlanForm), the estimate, then the timeline, the actions and the
 * comparison, then the cost sheet, which is only seen on paper. The page keeps room for the tool
 * while it starts (calculator.css), so the text below it does not move.
 */
function Calculator({ ctx: pageCtx, ruleSets }: { ctx: PageContext; ruleSets: RuleSet[] }) {
  const selected = useStore(selectedRules);
  const result = useStore(estimateStore);
  const own = useStore(ownActive);
  const ownBase = useStore(ownDraft)?.base;
  const draft = useStore(planDraft);
  const link = useStore(linkState);
  const listMessage = useStore(listAnnouncement);
  const ctx: PageContext = own ? { ...pageCtx, own: true } : pageCtx;
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  const errorAnnouncement = useErrorAnnouncement(ctx, result?.problems ?? []);

  // While own amounts have errors there is no estimate: the form stays (on the amounts it started from).
  const rules = selected ?? (own ? ownBase : undefined);
  if (!rules) return <p>{T('calc.noRules')}</p>;
  const estimate = result ?? emptyEstimate(rules.year);

  return (
    <div class="calc">
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {listMessage}
      </p>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="calc-error-live">
        {errorAnnouncement}
      </p>
      {link.kind === 'damaged' && (
        <div class="calc-banner calc-banner--error" role="alert">
          <p>
            <strong>{T('calc.link.damagedTitle')}</strong> {link.message}
          </p>
        </div>
      )}
      {link.kind === 'restored' && (
        <div class="calc-banner" role="status">
          <p>
            {link.yearDocumented ? T('calc.link.restored', { year: link.year }) : T('calc.link.restoredOtherYear', { year: link.year, used: rules.year })}
          </p>
        </div>
      )}

      <CompactTotal ctx={ctx} year={rules.year} estimate={result} />
      <div class="calc-layout">
        <PlanForm ctx={ctx} rules={rules} years={ruleSets.map((r) => String(r.year))} undocumented={undocumentedYears(ruleSets)} estimate={estimate} />
        <Later frames={2}>
          {result ? (
            <Results ctx={ctx} rules={rules} estimate={result}>
              {/* One frame after the results. */}
              <Later frames={1}>
                <Timeline ctx={ctx} rules={rules} estimate={result} />
              </Later>
            </Results>
          ) : (
            <section class="calc-results" aria-labelledby="calc-results-title">
              <h2 id="calc-results-title">{T('calc.own.results', { year: rules.year })}</h2>
              <p class="calc-problem calc-problem--error">{T('calc.own.invalid')}</p>
            </section>
          )}
        </Later>
      </div>

      {result && (
        <>
          <Later frames={3}>
            <Actions ctx={ctx} rules={rules} estimate={result} />
            <Compare ctx={ctx} />
          </Later>
          {/* Hidden on screen; in the page well before anyone can ask to print. */}
          <Later frames={4}>
            <CostSheet ctx={ctx} rules={rules} estimate={result} draft={draft} />
          </Later>
        </>
      )}
    </div>
  );
}

/**
 * The total in a line of its own that stays in view on a narrow screen while any field is edited
 * (on a wide one the result beside the plan keeps its own total in view; calculator.css).
 */
function CompactTotal({ ctx, year, estimate }: { ctx: PageContext; year: number; estimate: CostEstimate | null }) {
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  return (
    <p class="calc-compact-total" data-testid="calc-total-compact">
      {estimate ? T(ctx.own ? 'calc.compact.totalOwn' : 'calc.compact.total', { year, amount: formatKronor(estimate.total, ctx.lang) }) : T('calc.compact.none')}
    </p>
  );
}

/** Print, download the lines, copy a link to the plan, start again. */
function Actions({ ctx, rules, estimate }: { ctx: PageContext; rules: RuleSet; estimate: CostEstimate }) {
  const link = useStore(linkState);
  const T = (key: string, params?: Record<string, string | number>) => tr(ctx.strings, key, params);
  const linkInput = useRef<HTMLInputElement>(null);

  const downloadCsv = () => {
    // A byte-order mark so spreadsheet programs read å, ä and ö right.
    const blob = new Blob(['\ufeff', linesToCsv(estimate, ctx.lang)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = T(ctx.own ? 'calc.own.csvFile' : 'calc.csv.file', { year: rules.year });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const copyLink = async () => {
    const fragment = planFragment();
    if (fragment === null) {
      linkBlocked();
      return;
    }
    window.history.replaceState(window.history.state, '', `#${fragment}`);
    const url = window.location.href;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard permission: the link is shown in a field to copy by hand.
    }
    linkWritten(url, copied);
    setTimeout(() => linkInput.current?.select(), 0);
  };

  const reset = () => {
    resetPlan();
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  };

  return (
    <section class="calc-actions" aria-labelledby="calc-actions-title">
      <h2 id="calc-actions-title">{T('calc.actions.title')}</h2>
      <div class="calc-actions__buttons">
        <button type="button" onClick={() => window.print()}>
          {T('calc.actions.print')}
        </button>
        <button type="button" onClick={downloadCsv} disabled={estimate.lines.length === 0}>
          {T('calc.actions.csv')}
        </button>
        <button type="button" onClick={copyLink} aria-describedby="calc-link-note">
          {T('calc.actions.link')}
        </button>
        <button type="button" onClick={reset}>
          {T('calc.actions.reset')}
        </button>
      </div>
      <p class="calc-note" id="calc-link-note">
        {T('calc.link.note')}
      </p>
      <div role="status" class="calc-link-status">
        {link.kind === 'blocked' && <p class="calc-problem calc-problem--error">{T('calc.link.blocked')}</p>}
        {link.kind === 'written' && <p>{link.copied ? T('calc.link.copied') : T('calc.link.notCopied')}</p>}
        {link.kind === 'written' && ctx.own && <p>{T('calc.own.linkNote')}</p>}
      </div>
      {link.kind === 'written' && (
        <div class="calc-field">
          <label for="calc-link">{T('calc.link.label')}</label>
          <input id="calc-link" ref={linkInput} type="text" readOnly value={link.url} />
        </div>
      )}
    </section>
  );
}

/**
 * The text of the errors' live region: said once the visitor pauses typing, and only when the
 * set of errors changes, so a screen reader is not interrupted at every keystroke.
 */
function useErrorAnnouncement(ctx: PageContext, problems: readonly { severity: string; message: string; messageKey: string; field: string | null }[]): string {
  const [text, setText] = useState('');
  const last = useRef('');
  const errors = problems.filter((p) => p.severity === 'error');
  const signature = errors.map((p) => `${p.messageKey}@${p.field ?? ''}`).join('|');
  useEffect(() => {
    if (signature === last.current) return;
    const timer = setTimeout(() => {
      const hadErrors = last.current !== '';
      last.current = signature;
      const first = errors[0];
      if (first) setText(tr(ctx.strings, errors.length === 1 ? 'calc.live.oneError' : 'calc.live.errors', { count: errors.length, first: first.message }));
      else if (hadErrors) setText(tr(ctx.strings, 'calc.live.noErrors'));
    }, 900);
    return () => clearTimeout(timer);
  }, [signature]);
  return text;
}
