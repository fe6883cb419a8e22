/**
 * A plan in a URL fragment, only when the user asks for a link. Readable and versioned:
 * `v=1&y=2024&s=2024-03-01&p=reflection.30,extended.90,support-only.90.45&c=1&x=10&d=71&pi=Tandvård~1500`
 * (`p`: intervention.days[.paidDays], comma-separated; `pi`: label~amount, repeatable).
 * `decodePlan` never throws: a damaged fragment gives `{ ok: false }` with a message.
 */
import { isIsoDate } from './dates';
import type { PlannedPeriod, SupportPlan } from './types';
import { message } from './messages';
import type { Locale } from './money';
import { interventionIds } from './ids';
import type { InterventionId } from './rules-schema';

/** The format version written by `encodePlan`. */
export const PLAN_CODEC_VERSION = 1;

/** The result of decoding a fragment. */
export type DecodeResult =
  | { ok: true; plan: SupportPlan; year: number }
  | { ok: false; error: 'empty' | 'version' | 'damaged'; field: string | null; message: string };

const num = (v: number | undefined): string | null =>
  typeof v === 'number' && Number.isFinite(v) ? String(v) : null;

/** Writes a plan and its rules year as a fragment string (without the leading `#`). */
export function encodePlan(plan: SupportPlan, year: number): string {
  const q = new URLSearchParams();
  q.set('v', String(PLAN_CODEC_VERSION));
  q.set('y', String(year));
  q.set('s', plan.start);
  q.set(
    'p',
    plan.periods
      .map((p) => [p.intervention, num(p.days) ?? '', ...(p.paidDays !== undefined ? [num(p.paidDays) ?? ''] : [])].join('.'))
      .join(','),
  );
  q.set('c', num(plan.children) ?? '0');
  const x = num(plan.extraSupplementDays);
  if (x !== null) q.set('x', x);
  const d = num(plan.dailyDeduction);
  if (d !== null) q.set('d', d);
  for (const pt of plan.pointInterventions ?? []) q.append('pi', `${pt.label}~${num(pt.amount) ?? ''}`);
  return q.toString();
}

const PERIOD_RE = /^([a-z-]+)\.(\d{1,4})(?:\.(\d{1,4}))?$/;
const INT_RE = /^\d{1,9}$/;

/** Reads a fragment (with or without `#`). Never throws. */
export function decodePlan(fragment: string, options: { locale?: Locale } = {}): DecodeResult {
  const locale: Locale = options.locale === 'en' ? 'en' : 'sv';
  const fail = (error: 'empty' | 'version' | 'damaged', field: string | null, value = ''): DecodeResult => ({
    ok: false,
    error,
    field,
    message:
      error === 'empty'
        ? message('link-empty', {}, locale)
        : error === 'version'
          ? message('link-version', { value }, locale)
          : message('link-damaged', { field: field ?? '?' }, locale),
  });
  try {
    if (typeof fragment !== 'string') return fail('empty', null);
    const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
    if (text.trim() === '') return fail('empty', null);
    if (text.length > 20_000) return fail('damaged', null);
    const q = new URLSearchParams(text);
    const v = q.get('v');
    if (v === null) return fail('damaged', 'v');
    if (v !== String(PLAN_CODEC_VERSION)) return fail('version', 'v', v.slice(0, 20));
    const y = q.get('y') ?? '';
    if (!/^\d{4}$/.test(y)) return fail('damaged', 'y');
    const start = q.get('s') ?? '';
    if (!isIsoDate(start)) return fail('damaged', 's');
    const periods: PlannedPeriod[] = [];
    const p = q.get('p') ?? '';
    const parts = p === '' ? [] : p.split(',');
    if (parts.length > 50) return fail('damaged', 'p');
    for (const part of parts) {
      const m = PERIOD_RE.exec(part);
      if (!m || !(interventionIds as readonly string[]).includes(m[1] ?? '')) return fail('damaged', 'p');
      const period: PlannedPeriod = { intervention: m[1] as InterventionId, days: Number(m[2]) };
      if (m[3] !== undefined) period.paidDays = Number(m[3]);
      periods.push(period);
    }
    const c = q.get('c') ?? '0';
    if (!/^\d{1,2}$/.test(c)) return fail('damaged', 'c');
    const plan: SupportPlan = { start, periods, children: Number(c) };
    const x = q.get('x');
    if (x !== null) {
      if (!INT_RE.test(x)) return fail('damaged', 'x');
      plan.extraSupplementDays = Number(x);
    }
    const d = q.get('d');
    if (d !== null) {
      if (!INT_RE.test(d)) return fail('damaged', 'd');
      plan.dailyDeduction = Number(d);
    }
    const pis = q.getAll('pi');
    if (pis.length > 0) {
      if (pis.length > 100) return fail('damaged', 'pi');
      plan.pointInterventions = [];
      for (const item of pis) {
        const at = item.lastIndexOf('~');
        const amount = at < 0 ? '' : item.slice(at + 1);
        if (at < 0 || !INT_RE.test(amount) || at > 200) return fail('damaged', 'pi');
        plan.pointInterventions.push({ label: item.slice(0, at), amount: Number(amount) });
      }
    }
    return { ok: true, plan, year: Number(y) };
  } catch {
    return fail('damaged', null);
  }
}
