/**
 * CSV of an estimate's lines (RFC 4180): comma-separated, CRLF line ends, fields with a comma,
 * quote, CR or LF wrapped in double quotes with inner quotes doubled. Text cells that a spreadsheet
 * would read as a formula (starting with =, +, -, @, tab or CR) get a leading apostrophe.
 */
import type { CostEstimate, CostLine } from './types';
import { basisText, describeBasis } from './basis';
import { csvHeaders, interventionName, lineKindNames, ownAmountWords, stepDaysWord, yesNo } from './messages';
import type { Locale } from './money';

/** Quotes one field as RFC 4180 requires. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Neutralises a text cell a spreadsheet would run as a formula. */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Joins rows into CSV text (CRLF after every row, including the last). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function sourceOf(line: CostLine): string {
  const seen = new Set<string>();
  for (const c of line.components) if (c.source) seen.add(`${c.source.key} ${c.source.section}`);
  return [...seen].join('; ');
}

/**
 * How strong the line's figures are: the user's own amounts, or each derived figure with how it was
 * derived (calculators/basis.ts); empty where every figure is stated by its source.
 */
function basisOf(line: CostLine, locale: Locale): string {
  if (line.components.some((c) => c.own)) return ownAmountWords[locale];
  const seen = new Set<string>();
  for (const c of line.components) {
    const text = basisText(describeBasis(c.basis, locale));
    if (text) seen.add(text);
  }
  return [...seen].join(' ');
}

/** The line's kind, and for days at a rate step, when the step applies ("… after the first 90 days of extended support"). */
function kindOf(l: CostLine, locale: Locale): string {
  const kind = lineKindNames[l.kind]?.[locale] ?? l.kind;
  return l.rateStep ? `${kind}, ${l.rateStep.label[locale]} (${stepDaysWord[locale]} ${l.rateStep.dayFrom}–${l.rateStep.dayTo})` : kind;
}

/** The estimate's lines as CSV, with a header row in the locale. Amounts are whole kronor, no grouping. */
export function linesToCsv(estimate: Pick<CostEstimate, 'lines'>, locale: Locale = 'sv'): string {
  const rows: (string | number)[][] = [[...csvHeaders[locale]]];
  for (const l of estimate.lines) {
    rows.push([
      l.period ?? '',
      safeText(l.kind === 'point' ? (l.label ?? '') : interventionName(l.intervention, locale)),
      kindOf(l, locale),
      l.from,
      l.to,
      l.days,
      l.paidDays,
      l.perDay,
      l.amount,
      l.afterYearEnd ? yesNo[locale].yes : yesNo[locale].no,
      safeText(sourceOf(l)),
      safeText(basisOf(l, locale)),
    ]);
  }
  return toCsv(rows);
}
