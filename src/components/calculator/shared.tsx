/**
 * Small pieces the calculator islands share: the island that loads its code after hydrating, parts
 * shown a few frames later, UI strings passed in from the page, citation links, problem lists
 * tied to their fields.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { describeBasis } from '../../../calculators/basis';
import type { Locale, Problem } from '../../../calculators/client';
import type { Basis } from '../../../calculators/rules-schema';
import { fetchJson } from '../../lib/fetch-json';
import { loadLocaleData } from './locale-data';

/** A component and the props it is to get, once both have loaded. */
export interface Loaded<Q> {
  Component: FunctionComponent<Q>;
  props: Q;
}

/**
 * An island that hydrates as an empty `<div class={className}>` and then loads its component
 * (and, for a tool, its data). Evaluating the calculators' code (its number formats load the
 * locale's data) is then a task of its own on a slow phone, not one with hydrating the page's
 * islands. Until the component is there (and without JavaScript) the page's own text explains
 * the tool; if its code or data cannot be fetched (offline, a broken deploy), the island says so
 * (`failedText`) instead of staying empty. A part of a tool that most visitors never open (own
 * amounts) is loaded the same way when it is first shown.
 */
export function loadAfterHydration<P extends object, Q extends object>(className: string, failedText: (props: P) => string, load: (props: P) => Promise<Loaded<Q>>) {
  return function Island(props: P) {
    const [loaded, setLoaded] = useState<Loaded<Q> | null>(null);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      load(props).then(setLoaded, () => setFailed(true));
    }, []);
    if (loaded) {
      const { Component } = loaded;
      return <Component {...loaded.props} />;
    }
    return (
      <div class={className}>
        {failed && (
          <p class="calc-problem calc-problem--error" role="alert">
            {failedText(props)}
          </p>
        )}
      </div>
    );
  };
}

/**
 * What a tool's island is given in the page itself: enough to start loading and to say so if that
 * fails. Its rules, texts and sources come from `data`, a JSON file of the build
 * (src/pages/tool-data/), fetched beside the tool's code: in the page they were most of its HTML.
 */
export interface IslandShell {
  lang: Locale;
  /** The address of the tool's data for this language, base path included. */
  data: string;
  /** The message shown if the tool's code or data cannot be loaded. */
  loadFailed: string;
}

/**
 * A tool's island: its component (`importComponent`, a chunk of its own), its data (`shell.data`,
 * checked by `isData`) and the language's number data (locale-data.ts) load side by side, and the
 * tool shows once all three are there, its first amounts already formatted.
 */
export function toolIsland<Q extends object>(className: string, importComponent: () => Promise<FunctionComponent<Q>>, isData: (value: unknown) => value is Q) {
  return loadAfterHydration<IslandShell, Q>(
    className,
    (shell) => shell.loadFailed,
    (shell) =>
      Promise.all([importComponent(), fetchJson(shell.data, isData, `tool data ${shell.data}`), loadLocaleData(shell.lang)]).then(([Component, props]) => ({ Component, props })),
  );
}

/** Whether `value` looks like a tool's data: a page context and a list of rule sets. */
export function hasToolBasics(value: unknown): value is { ctx: PageContext; ruleSets: unknown[] } {
  const v = value as { ctx?: Partial<PageContext>; ruleSets?: unknown } | null;
  return typeof v?.ctx?.lang === 'string' && typeof v.ctx.strings === 'object' && v.ctx.strings !== null && Array.isArray(v.ruleSets) && v.ruleSets.length > 0;
}

/**
 * Whether `frames` frames have been painted since the component first rendered. An effect runs
 * after the browser has painted, in a task of its own: what an island shows only then is built
 * (and laid out) in a later, short task, not in one long task with the rest on a slow phone.
 */
export function useAfterFrames(frames: number): boolean {
  const [painted, setPainted] = useState(0);
  useEffect(() => {
    if (painted < frames) setPainted(painted + 1);
  }, [painted]);
  return painted >= frames;
}

/**
 * Its `children`, `frames` painted frames later (see useAfterFrames). Only this wrapper re-renders
 * while it waits, not the component around it.
 */
export function Later({ frames, children }: { frames: number; children: ComponentChildren }) {
  return useAfterFrames(frames) ? <>{children}</> : null;
}

/** The UI strings of one language (the `calc.*` block of src/i18n), passed as a prop. */
export type Strings = Readonly<Record<string, string>>;

/** Everything an island needs from the page besides its data; all serialisable. */
export interface PageContext {
  lang: Locale;
  strings: Strings;
  /** withBase('/kallor/') or withBase('/en/sources/'). */
  sourcesHref: string;
  /** Source key → document title, for the citation's accessible name. */
  sourceTitles: Readonly<Record<string, string>>;
  /** Set by the calculator while it uses the user's own amounts: no figure then has a source. */
  own?: boolean;
}

/** A UI string with `{name}` placeholders filled. A missing key shows itself so review catches it. */
export function tr(strings: Strings, key: string, params: Record<string, string | number> = {}): string {
  const text = strings[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A citation, the same markup as Cite.astro: `[key, section]` linking to the bibliography entry. */
export function CiteLink({ ctx, source }: { ctx: PageContext; source: { key: string; section: string } }) {
  // With own amounts every figure is the user's: citing the year they started from would claim a source.
  if (ctx.own) return <span class="calc-own-mark">({tr(ctx.strings, 'calc.own.mark')})</span>;
  const title = ctx.sourceTitles[source.key] ?? source.key;
  return (
    <span class="cite">
      <a href={`${ctx.sourcesHref}#${source.key}`}>
        {tr(ctx.strings, 'calc.cite.text', { key: source.key, section: source.section })}
        <span class="visually-hidden"> – {tr(ctx.strings, 'calc.cite.label', { title, section: source.section })}</span>
      </a>
    </span>
  );
}

/** DOM id of the problem list of an input path (`periods.1.days` → `calc-problems-periods-1-days`). */
export const problemsId = (field: string): string => `calc-problems-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** The problems of exactly one input path. */
export const problemsOf = (problems: readonly Problem[], field: string): Problem[] => problems.filter((p) => p.field === field);

/** `aria-describedby` for an input: its hint (if any) and its problem list (if it has problems). */
export function describedBy(problems: readonly Problem[], field: string, ...hintIds: (string | undefined)[]): string | undefined {
  const ids = hintIds.filter((x): x is string => !!x);
  if (problemsOf(problems, field).length > 0) ids.push(problemsId(field));
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * A whole-number field of the plan, typed as text so that what the visitor wrote stays as written
 * and the engine can say what is wrong with it: described by its hint and, when it has any, its
 * problem list; marked invalid while it has an error.
 */
export function NumberInput({ id, field, value, hint, problems, onValue }: { id: string; field: string; value: string; hint?: string | undefined; problems: readonly Problem[]; onValue: (value: string) => void }) {
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={value}
      aria-describedby={describedBy(problems, field, hint)}
      aria-invalid={hasError(problems, field) || undefined}
      onInput={(e) => onValue(e.currentTarget.value)}
    />
  );
}

/** Whether an input has an error (not just a warning). */
export const hasError = (problems: readonly Problem[], field: string): boolean =>
  problems.some((p) => p.field === field && p.severity === 'error');

/** The problems of one input path, shown right under it. */
export function FieldProblems({ ctx, problems, field }: { ctx: PageContext; problems: readonly Problem[]; field: string }) {
  const mine = problemsOf(problems, field);
  if (mine.length === 0) return null;
  return (
    <ul class="calc-problems" id={problemsId(field)}>
      {mine.map((p) => (
        <li class={`calc-problem calc-problem--${p.severity}`} data-code={p.code}>
          <strong>{tr(ctx.strings, p.severity === 'error' ? 'calc.problem.error' : 'calc.problem.warning')}</strong> {p.message}
        </li>
      ))}
    </ul>
  );
}

/** A note with an optional citation. */
export function Note({ children }: { children: ComponentChildren }) {
  return <p class="calc-note">{children}</p>;
}

/** Whole days between two ISO dates (b − a). */
export function dayDiff(a: string, b: string): number {
  const t = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000;
  };
  return Math.round(t(b) - t(a));
}

/** The marker of a derived figure and how it was derived (calculators/basis.ts); nothing for a stated one. */
export function BasisNote({ ctx, basis }: { ctx: PageContext; basis: Basis | undefined }) {
  const view = describeBasis(basis, ctx.lang);
  if (!view.marker) return null;
  return (
    <span class="calc-basis">
      {' '}
      <strong class="calc-basis__marker">{view.marker}</strong>
      {view.detail && <span class="calc-basis__detail">: {view.detail}</span>}
    </span>
  );
}
