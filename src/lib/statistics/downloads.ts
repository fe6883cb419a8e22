/**
 * The downloads for researchers: every stated figure of a dataset as CSV (RFC 4180, via the
 * calculators' CSV writer) and as JSON with the bibliography entries of its sources.
 */
import { safeText, toCsv } from '../../../calculators/csv';
import type { Source } from '../../schemas/source';
import { allFigures, discrepanciesOf, type StatDataset } from './model';

export const csvColumns = [
  'dataset',
  'year',
  'measure',
  'measure_sv',
  'measure_en',
  'figure',
  'label_sv',
  'label_en',
  'value',
  'unit',
  'share_percent',
  'source_key',
  'source_section',
  'note_sv',
  'note_en',
  'discrepancies',
] as const;

/** The dataset as CSV: a header row, then one row per stated figure. Numbers are plain (dot decimals, no grouping). */
export function datasetCsv(d: StatDataset): string {
  const rows: (string | number)[][] = [[...csvColumns]];
  for (const m of d.measures) {
    for (const f of m.figures) {
      rows.push([
        d.id,
        d.year,
        m.id,
        safeText(m.label.sv),
        safeText(m.label.en),
        f.path,
        safeText(f.label.sv),
        safeText(f.label.en),
        f.value,
        f.unit,
        f.share?.value ?? '',
        f.source.key,
        safeText(f.source.section),
        safeText(f.note?.sv ?? ''),
        safeText(f.note?.en ?? ''),
        discrepanciesOf(d, f.path).map((x) => x.id).join(' '),
      ]);
    }
  }
  return toCsv(rows);
}

/** The dataset as a JSON document: figures by measure, what is not documented, discrepancies and the sources. */
export function datasetJson(d: StatDataset, bibliography: Source[]): string {
  const sources = d.sources.concat(allFigures(d).map((f) => f.source.key)).filter((k, i, all) => all.indexOf(k) === i);
  const entries = sources.map((key) => {
    const entry = bibliography.find((s) => s.key === key);
    if (!entry) throw new Error(`statistics: ${d.file} cites "${key}", which content/sources.yaml lacks`);
    return entry;
  });
  const doc = {
    dataset: d.id,
    year: d.year,
    title: d.title,
    scope: d.scope,
    file: d.file,
    measures: d.measures.map((m) => ({
      id: m.id,
      label: m.label,
      notDocumented: m.notDocumented,
      figures: m.figures.map((f) => ({
        id: f.path,
        label: f.label,
        value: f.value,
        unit: f.unit,
        ...(f.share ? { share: f.share } : {}),
        source: f.source,
        ...(f.note ? { note: f.note } : {}),
      })),
    })),
    discrepancies: d.discrepancies,
    sources: entries,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
