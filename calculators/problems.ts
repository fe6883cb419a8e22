/**
 * Collecting the problems of one calculation: each step of the engine reports into the same list,
 * in the order the plan is read, with the message already written in the requested language.
 */
import type { Problem, ProblemCode } from './types';
import { message, type MessageKey, type MessageParams } from './messages';
import type { Locale } from './money';

/** Adds one problem: code, severity, message template and its figures, the input path, the period. */
export type Report = (
  code: ProblemCode,
  severity: 'error' | 'warning',
  key: MessageKey,
  params: MessageParams,
  field: string | null,
  period?: number | null,
) => void;

/** A problem list and the function that fills it, writing messages in `locale`. */
export function problemCollector(locale: Locale): { problems: Problem[]; report: Report } {
  const problems: Problem[] = [];
  const report: Report = (code, severity, key, params, field, period = null) => {
    problems.push({ code, severity, message: message(key, params, locale), messageKey: key, field, period, params });
  };
  return { problems, report };
}
