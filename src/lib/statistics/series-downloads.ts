/**
 * The downloads of the series over time: one CSV (RFC 4180) and one JSON document with a row per
 * stated value. Each row carries the year, value, unit, the definition the source used that year
 * and the source itself (key, section, title, publisher, address), so a row read on its own still
 * says what it counts and where it stands. Gaps are not rows: a year without a source has no value.
 */
import { safeText, toCsv } from '../../../calculators/csv';
import type { Source } from '../../schemas/source';
import type { Series, SeriesPoint } from './series';

export const seriesCsvColumns = [
  'series',
  'counter',
  'series_sv',
  'series_en',
  'year',
  'value',
  'unit',
  'definition',
  'definition_sv',
  'definition_en',
  'definition_changed',
  'derived_how_en',
  'source_key',
  'source_section',
  'source_title',
  'source_publisher',
  'source_url',
  'note_en',
] as const;

export interface SeriesRow {
  series: string;
  counter: string;
  seriesTitle: { sv: string; en: string };
  year: number;
  value: number;
  unit: string;
  definition: { id: string; sv: string; en: string; description: { sv: string; en: string } };
  /** True where this value's definition differs from the previous value's in the series. */
  definitionChanged: boolean;
  derived?: { sv: string; en: string };
  source: { key: string; section: string; title: string; publisher: string; url?: string; published?: string; accessed?: string };
  note?: { sv: string; en: string };
}

/** Every stated value of every series as a row; a source missing from the bibliography stops the build. */
export function seriesRows(all: Series[], bibliography: Source[]): SeriesRow[] {
  return all.flatMap((s) =>
    s.years
      .filter((p): p is SeriesPoint => p.kind === 'value')
      .map((p) => {
        const entry = bibliography.find((b) => b.key === p.source.key);
        if (!entry) throw new Error(`${s.file}: year ${p.year} cites "${p.source.key}", which content/sources.yaml lacks`);
        const row: SeriesRow = {
          series: s.id,
          counter: s.counter,
          seriesTitle: s.title,
          year: p.year,
          value: p.value,
          unit: s.unit,
          definition: { id: p.definition.id, sv: p.definition.label.sv, en: p.definition.label.en, description: p.definition.description },
          definitionChanged: s.changes.some((c) => c.year === p.year),
          source: {
            key: p.source.key,
            section: p.source.section,
            title: entry.title,
            publisher: entry.publisher,
            ...(entry.url ? { url: entry.url } : {}),
            ...(entry.published ? { published: entry.published } : {}),
            ...(entry.read ? { accessed: entry.read } : {}),
          },
        };
        if (p.derived) row.derived = p.derived;
        if (p.note) row.note = p.note;
        return row;
      }),
  );
}

/** The rows as CSV with a header row; numbers plain (no grouping), text cells safe for spreadsheets. */
export function seriesCsv(rows: SeriesRow[]): string {
  const out: (string | number)[][] = [[...seriesCsvColumns]];
  for (const r of rows) {
    out.push([
      r.series,
      r.counter,
      safeText(r.seriesTitle.sv),
      safeText(r.seriesTitle.en),
      r.year,
      r.value,
      r.unit,
      r.definition.id,
      safeText(r.definition.sv),
      safeText(r.definition.en),
      r.definitionChanged ? 'yes' : 'no',
      safeText(r.derived?.en ?? ''),
      r.source.key,
      safeText(r.source.section),
      safeText(r.source.title),
      safeText(r.source.publisher),
      r.source.url ?? '',
      safeText(r.note?.en ?? ''),
    ]);
  }
  return toCsv(out);
}

/** The rows as a JSON document, with what each series counts and why its missing years are missing. */
export function seriesJson(all: Series[], rows: SeriesRow[]): string {
  const doc = {
    about: {
      sv: 'Serier över tid. Serier från olika räknare (civilsamhället, regionkoordinatorerna, stödprogrammet) räknar olika saker och ska inte läggas ihop.',
      en: 'Series over time. Series from different counters (civil society, the regional coordinators, the support programme) count different things and must not be added together.',
    },
    series: all.map((s) => ({
      id: s.id,
      counter: s.counter,
      title: s.title,
      counts: s.counts,
      unit: s.unit,
      file: s.file,
      missingYears: s.years.filter((p) => p.kind === 'gap').map((p) => p.year),
      whyMissing: s.gaps,
      notUsed: s.years.flatMap((p) => (p.kind === 'gap' ? p.notUsed : [])).map((n) => ({ year: n.year, source: n.source, why: n.why })),
      definitionChanges: s.changes.map((c) => ({ year: c.year, from: c.before.id, to: c.after.id })),
    })),
    rows,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
