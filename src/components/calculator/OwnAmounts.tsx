/**
 * Own amounts: the user's daily rates, limits and supplements for a year the guide has no rules
 * for, checked by the same schema as the rates files (each problem under its field), saved to a
 * file and opened again. A file that fails the check changes nothing and says which field is wrong.
 */
import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import { ownFields, type OwnField } from '../../../calculators/own-amounts';
import type { OwnIssue } from '../../../calculators/own-amounts-check';
import type { RuleSet } from '../../../calculators/client';
import { calcRuleSets, openOwnFile, ownCheck, ownDraft, ownFile, ownFileText, setOwnValue, setOwnYear } from '../../stores/calculator';
import { tr, type PageContext } from './shared';

type T = (key: string, params?: Record<string, string | number>) => string;

/** The label of an own-amounts field, from the rules it edits. */
export function ownFieldLabel(T: T, rules: RuleSet, lang: 'sv' | 'en', f: OwnField): string {
  if (f.kind === 'rate' || f.kind === 'maxDays') return T(`calc.own.${f.kind}`, { label: f.intervention ? rules.interventions[f.intervention].label[lang] : '' });
  if (f.kind === 'stepRate' || f.kind === 'stepDays') {
    const iv = f.intervention ? rules.interventions[f.intervention] : undefined;
    const step = iv?.offered ? iv.rateSteps[f.step ?? 0] : undefined;
    return T(`calc.own.${f.kind}`, { label: iv?.label[lang] ?? '', step: step?.label[lang] ?? '' });
  }
  // A limit's label may be a sentence; its closing full stop would stand before the colon.
  if (f.kind === 'groupDays') return T(`calc.own.${f.kind}`, { label: (rules.limits[f.limit ?? 0]?.label[lang] ?? '').replace(/\.\s*$/, '') });
  return T(`calc.own.${f.kind}`);
}

/** One problem in words: the page's own text for the common cases, the schema's words otherwise. */
export function issueText(T: T, strings: Readonly<Record<string, string>>, issue: OwnIssue): string {
  const key = `calc.own.issue.${issue.code}`;
  return key in strings ? T(key, { ...issue.params }) : issue.message;
}

const fieldId = (path: string): string => `calc-own-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

export function OwnAmounts({ ctx }: { ctx: PageContext }) {
  const draft = useStore(ownDraft);
  const check = useStore(ownCheck);
  const file = useStore(ownFile);
  const sets = useStore(calcRuleSets);
  const T: T = (key, params) => tr(ctx.strings, key, params);
  if (!draft) return null;
  const fields = ownFields(draft.base);
  const issues = check && !check.ok ? check.issues : [];
  const known = new Set(['year', ...fields.map((f) => f.path)]);
  const other = issues.filter((i) => !known.has(i.path));
  const documented = sets.map((r) => r.year);
  const example = [draft.base.year + 1, new Date().getFullYear()].find((y) => !documented.includes(y)) ?? draft.base.year + 1;
  return (
    <fieldset class="calc-own" aria-describedby="calc-own-note">
      <legend>{T('calc.own.legend')}</legend>
      <p class="calc-own-note" id="calc-own-note">{T('calc.own.note', { base: draft.base.year })}</p>
      <OwnField ctx={ctx} id="calc-own-year" label={T('calc.own.year')} hint={T('calc.own.yearHint', { example })} value={draft.year} issues={issues.filter((i) => i.path === 'year')} onValue={setOwnYear} />
      {fields.map((f) => (
        <OwnField
          ctx={ctx}
          id={fieldId(f.path)}
          label={ownFieldLabel(T, draft.base, ctx.lang, f)}
          value={draft.values[f.path] ?? ''}
          issues={issues.filter((i) => i.path === f.path)}
          onValue={(v) => setOwnValue(f.path, v)}
        />
      ))}
      {other.length > 0 && (
        <ul class="calc-problems" aria-label={T('calc.own.other')}>
          {other.map((i) => (
            <li class="calc-problem calc-problem--error">
              {i.path}: {issueText(T, ctx.strings, i)}
            </li>
          ))}
        </ul>
      )}
      <OwnFiles ctx={ctx} year={draft.year.trim()} valid={check?.ok === true} file={file} rules={draft.base} />
    </fieldset>
  );
}

function OwnField({ ctx, id, label, hint, value, issues, onValue }: { ctx: PageContext; id: string; label: string; hint?: string; value: string; issues: OwnIssue[]; onValue: (v: string) => void }) {
  const T: T = (key, params) => tr(ctx.strings, key, params);
  const ids = [hint ? `${id}-hint` : '', issues.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ');
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <input id={id} type="text" inputMode="numeric" autoComplete="off" value={value} aria-describedby={ids || undefined} aria-invalid={issues.length > 0 || undefined} onInput={(e) => onValue(e.currentTarget.value)} />
      {hint && <p class="calc-hint" id={`${id}-hint`}>{hint}</p>}
      {issues.length > 0 && (
        <ul class="calc-problems" id={`${id}-problems`}>
          {issues.map((i) => (
            <li class="calc-problem calc-problem--error" data-code={i.code}>
              <strong>{T('calc.problem.error')}</strong> {issueText(T, ctx.strings, i)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Save to a file (JSON or YAML) and open one again. */
function OwnFiles({ ctx, year, valid, file, rules }: { ctx: PageContext; year: string; valid: boolean; file: ReturnType<typeof ownFile.get>; rules: RuleSet }) {
  const T: T = (key, params) => tr(ctx.strings, key, params);
  const input = useRef<HTMLInputElement>(null);
  const save = async (format: 'json' | 'yaml') => {
    const text = await ownFileText(format);
    if (text === null) return;
    const blob = new Blob([text], { type: format === 'json' ? 'application/json' : 'application/yaml' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${T('calc.own.file', { year })}.${format === 'json' ? 'json' : 'yaml'}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const open = async (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    const f = el.files?.[0];
    if (!f) return;
    await openOwnFile(f.name, await f.text());
    el.value = '';
  };
  const labels = new Map(ownFields(rules).map((f) => [f.path, ownFieldLabel(T, rules, ctx.lang, f)]));
  labels.set('year', T('calc.own.year'));
  return (
    <div class="calc-own-files">
      <p class="calc-own-files__title">{T('calc.own.save')}</p>
      <div class="calc-actions__buttons">
        <button type="button" disabled={!valid} aria-describedby={valid ? undefined : 'calc-own-save-blocked'} onClick={() => void save('json')}>
          {T('calc.own.saveJson')}
        </button>
        <button type="button" disabled={!valid} aria-describedby={valid ? undefined : 'calc-own-save-blocked'} onClick={() => void save('yaml')}>
          {T('calc.own.saveYaml')}
        </button>
      </div>
      {!valid && <p class="calc-hint" id="calc-own-save-blocked">{T('calc.own.saveBlocked')}</p>}
      <div class="calc-field">
        <label for="calc-own-open">{T('calc.own.open')}</label>
        <input id="calc-own-open" ref={input} type="file" accept=".json,.yaml,.yml,application/json,application/yaml" aria-describedby="calc-own-open-hint" onChange={(e) => void open(e)} />
        <p class="calc-hint" id="calc-own-open-hint">{T('calc.own.openHint')}</p>
      </div>
      <div role="status" class="calc-link-status">
        {file.kind === 'opened' && <p>{T('calc.own.opened', { name: file.name })}</p>}
      </div>
      {file.kind === 'opened' && file.converted.length > 0 && (
        <div class="calc-banner" data-testid="calc-own-converted">
          <p>{T('calc.own.converted')}</p>
          <ul>
            {file.converted.map((c) => (
              <li>{T('calc.own.convertedField', { label: labels.get(c.to) ?? c.to, to: c.to, was: c.was, now: c.now })}</li>
            ))}
          </ul>
        </div>
      )}
      {file.kind === 'damaged' && (
        <div class="calc-banner calc-banner--error" role="alert">
          <p>
            <strong>{T('calc.own.damaged', { name: file.name })}</strong>
          </p>
          <ul>
            {file.readError && <li>{T('calc.own.unreadable', { message: file.readError })}</li>}
            {file.issues.map((i) => (
              <li>
                {labels.get(i.path) ? `${labels.get(i.path)} (${i.path})` : i.path}: {issueText(T, ctx.strings, i)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
