/**
 * How strong a figure or rule is, as words: the one wording every place uses (rate tables, the
 * year comparison, prose, requirements, the self-assessment, and the calculator's lines, print
 * sheet and CSV). Pure: no DOM, no Astro, no zod at run time, so the browser islands can import it.
 *
 * Three strengths (see `basisSchema` in rules-schema.ts and the editors' guide):
 * - `stated`: the cited section says it; no marker is shown, the citation is enough.
 * - `derived`: the guide worked it out from stated figures; the marker says so, with how and from what.
 * - `not-documented`: no source in the guide's set gives it; the marker says so, with what is missing.
 */
import type { Locale } from './money';
import type { Basis, Bilingual, SourceRef } from './rules-schema';

/** The three strengths a statement can have. */
export type BasisKind = 'stated' | 'derived' | 'not-documented';

/** What a page, a line or a CSV cell shows for one statement's strength. */
export interface BasisView {
  /** The strength. */
  kind: BasisKind;
  /** Short marker ("härlett", "ej dokumenterat"); `null` for stated (the citation says enough). */
  marker: string | null;
  /** The how/from or what is missing, as one sentence; `null` for stated. */
  detail: string | null;
}

const markers: Record<Exclude<BasisKind, 'stated'>, Bilingual> = {
  derived: { sv: 'härlett', en: 'derived' },
  'not-documented': { sv: 'ej dokumenterat', en: 'not documented' },
};

const fromWord: Bilingual = { sv: 'Ur', en: 'From' };

/** A source reference as plain text: `nsp-2024, 1.2 Tillgängliga stödinsatser under 2024`. */
export function formatSourceRef(ref: SourceRef | { key: string; section: string }): string {
  return `${ref.key}, ${ref.section}`;
}

/** The short marker for a strength, or `null` for stated. */
export function basisMarker(kind: BasisKind, locale: Locale): string | null {
  return kind === 'stated' ? null : markers[kind][locale];
}

/** The strength of a figure that has a `basis` (omitted = stated). */
export function describeBasis(basis: Basis | undefined, locale: Locale): BasisView {
  if (!basis || basis.kind === 'stated') return { kind: 'stated', marker: null, detail: null };
  const from = basis.from.map(formatSourceRef).join('; ');
  return { kind: 'derived', marker: markers.derived[locale], detail: `${basis.how[locale]} ${fromWord[locale]}: ${from}.` };
}

/** The strength of something the sources do not document, with the note that says what is missing. */
export function describeNotDocumented(note: Bilingual, locale: Locale): BasisView {
  return { kind: 'not-documented', marker: markers['not-documented'][locale], detail: note[locale] };
}

/**
 * One line of plain text for a CSV cell or a printed line: `""` for stated,
 * `härlett: <how> Ur: <source>.` for derived, `ej dokumenterat: <note>` for not documented.
 */
export function basisText(view: BasisView): string {
  if (view.kind === 'stated' || !view.marker) return '';
  return view.detail ? `${view.marker}: ${view.detail}` : view.marker;
}
