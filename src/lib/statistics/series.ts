/**
 * Series over time (content/series/<id>.yaml) as the page, the chart and the downloads read them:
 * every year of the series' span, each either a stated value with its source and definition or a
 * gap, and the years where the definition changes. Values taken `from:` a statistics dataset are
 * read from that dataset, so a figure is typed once. Pure: no Astro, no DOM.
 */
import type { SeriesCounter, SeriesData } from '../../schemas/series';
import { figureAt, type Bilingual, type SourceRef, type StatDataset } from './model';

export interface SeriesDefinition {
  id: string;
  label: Bilingual;
  description: Bilingual;
}

/** One year with a value. */
export interface SeriesPoint {
  kind: 'value';
  year: number;
  value: number;
  source: SourceRef;
  definition: SeriesDefinition;
  /** Where the value was read from when the file says `from:` ("nsp-2024:people.total"). */
  from?: string;
  /** How the site computed the value from stated figures, when it did. */
  derived?: Bilingual;
  note?: Bilingual;
}

/** One year of the span without a public source. */
export interface SeriesGap {
  kind: 'gap';
  year: number;
  /** Secondary sources that give a figure for the year, named but not used, with the reason. */
  notUsed: SeriesNotUsed[];
}

/** A secondary source for a gap year, named and not used. */
export interface SeriesNotUsed {
  year: number;
  source: SourceRef;
  why: Bilingual;
}

/** A year whose definition differs from the previous value's. */
export interface DefinitionChange {
  year: number;
  before: SeriesDefinition;
  after: SeriesDefinition;
}

export interface Series {
  id: string;
  counter: SeriesCounter;
  order: number;
  title: Bilingual;
  counts: Bilingual;
  unit: SeriesData['unit'];
  gaps: Bilingual;
  file: string;
  /** Every year of the span, oldest first. */
  years: (SeriesPoint | SeriesGap)[];
  changes: DefinitionChange[];
  /** The definitions the values use, in the order they first appear. */
  definitions: SeriesDefinition[];
}

/** Looks up a dataset by id (the statistics datasets, build time). */
export type DatasetLookup = (id: string) => StatDataset | undefined;

/** A series file resolved against the datasets; a `from:` that points nowhere stops the build naming file and year. */
export function buildSeries(id: string, data: SeriesData, datasets: DatasetLookup): Series {
  const file = `content/series/${id}.yaml`;
  const defs = new Map(data.definitions.map((d) => [d.id, d]));
  const points = new Map<number, SeriesPoint>();
  for (const v of data.values) {
    const definition = defs.get(v.definition);
    if (!definition) throw new Error(`${file}: year ${v.year}: unknown definition "${v.definition}"`);
    if (points.has(v.year)) throw new Error(`${file}: year ${v.year} is given twice`);
    const point: SeriesPoint = { kind: 'value', year: v.year, definition, ...stated(file, v, datasets) };
    if (v.derived) point.derived = v.derived.how;
    if (v.note) point.note = v.note;
    points.set(v.year, point);
  }
  const years: (SeriesPoint | SeriesGap)[] = [];
  const notUsed = (data.notUsed ?? []).map((n) => ({ year: n.year, source: n.source as SourceRef, why: n.why }));
  for (let y = data.span.first; y <= data.span.last; y++) {
    years.push(points.get(y) ?? { kind: 'gap', year: y, notUsed: notUsed.filter((n) => n.year === y) });
  }
  const stray = notUsed.find((n) => points.has(n.year) || n.year < data.span.first || n.year > data.span.last);
  if (stray) throw new Error(`${file}: notUsed year ${stray.year} is not a gap of the series`);
  const values = years.filter((p): p is SeriesPoint => p.kind === 'value');
  return {
    id,
    counter: data.counter,
    order: data.order,
    title: data.title,
    counts: data.counts,
    unit: data.unit,
    gaps: data.gaps,
    file,
    years,
    changes: definitionChanges(values),
    definitions: values.map((p) => p.definition).filter((d, i, all) => all.findIndex((x) => x.id === d.id) === i),
  };
}

/** The value and source of one entry: as written, or read from the dataset figure it names. */
function stated(file: string, v: SeriesData['values'][number], datasets: DatasetLookup): Pick<SeriesPoint, 'value' | 'source' | 'from'> {
  if (v.from) {
    const [datasetId = '', path = ''] = v.from.split(':');
    const dataset = datasets(datasetId);
    if (!dataset) throw new Error(`${file}: year ${v.year}: from "${v.from}" names no statistics dataset "${datasetId}"`);
    const figure = figureAt(dataset, path);
    if (dataset.year !== v.year && !path.startsWith('priorYear.')) {
      throw new Error(`${file}: year ${v.year}: from "${v.from}" is a figure for ${dataset.year}`);
    }
    return { value: figure.value, source: figure.source, from: v.from };
  }
  if (v.value === undefined || v.source === undefined) throw new Error(`${file}: year ${v.year}: a value without a source`);
  return { value: v.value, source: v.source as SourceRef };
}

/** Years where a value's definition differs from the previous value's (gaps in between do not reset it). */
export function definitionChanges(values: SeriesPoint[]): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  values.forEach((p, i) => {
    const before = values[i - 1];
    if (before && before.definition.id !== p.definition.id) changes.push({ year: p.year, before: before.definition, after: p.definition });
  });
  return changes;
}

/**
 * Runs of consecutive years with values under one definition: the chart joins points within a run
 * and never across a gap or a change of definition, where a line would suggest a comparable trend.
 */
export function runs(series: Series): SeriesPoint[][] {
  const out: SeriesPoint[][] = [];
  let current: SeriesPoint[] = [];
  for (const p of series.years) {
    const last = current.at(-1);
    if (p.kind === 'gap' || (last && last.definition.id !== p.definition.id)) {
      if (current.length) out.push(current);
      current = [];
    }
    if (p.kind === 'value') current.push(p);
  }
  if (current.length) out.push(current);
  return out;
}

/** The counters in page order, and the series sorted within each. */
export const counterOrder: SeriesCounter[] = ['civil-society', 'coordinators', 'programme'];

export function sortSeries(all: Series[]): Series[] {
  return [...all].sort((a, b) => counterOrder.indexOf(a.counter) - counterOrder.indexOf(b.counter) || a.order - b.order || a.id.localeCompare(b.id));
}
