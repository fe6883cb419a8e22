/**
 * One flat shape for every statistics dataset, whatever file it comes from: the NSP's yearly figures
 * (content/programme/<year>.yaml, kept in one place because the calculators read them too) and
 * other sources' statistics (content/statistics/<dataset>.yaml). Pages, charts and downloads all
 * read this shape, so a figure shown on a page and the same figure in a CSV cannot drift apart.
 * Pure: no Astro, no DOM.
 */
import type { Programme } from '../../../calculators/programme-schema';
import type { Basis } from '../../../calculators/rules-schema';
import type { SourceKey } from '../../schemas/source-ref';
import type { StatisticsData } from '../../schemas/statistics';

export interface Bilingual {
  sv: string;
  en: string;
}

export interface SourceRef {
  key: SourceKey;
  section: string;
}

/** One stated figure, addressed as `<dataset>:<path>` (path as in the file, e.g. "people.breakdown.men"). */
export interface StatFigure {
  dataset: string;
  path: string;
  measure: string;
  label: Bilingual;
  value: number;
  unit: string;
  source: SourceRef;
  /** A share printed beside the count, in per cent. */
  share?: { value: number; source: SourceRef };
  note?: Bilingual;
  /** How strong the figure is, where the guide derived it (omitted = stated). */
  basis?: Basis;
}

export interface StatMeasure {
  id: string;
  label: Bilingual;
  figures: StatFigure[];
  /** What the source does not state for this measure. */
  notDocumented: Bilingual[];
}

export interface StatDiscrepancy {
  id: string;
  /** Paths of the figures concerned, within the dataset. */
  figures: string[];
  note: Bilingual;
}

export interface StatDataset {
  id: string;
  year: number;
  title: Bilingual;
  scope: Bilingual;
  /** The documents the figures come from. */
  sources: SourceKey[];
  /** The content file the figures are read from, for researchers and error messages. */
  file: string;
  measures: StatMeasure[];
  discrepancies: StatDiscrepancy[];
}

/** Names of the measures built from a programme file; the measure ids are stable (URLs, CSV). */
export const programmeMeasureLabels: Record<string, Bilingual> = {
  people: { sv: 'Personer i programmet', en: 'People in the programme' },
  gender: { sv: 'Vuxna efter kön', en: 'Adults by gender' },
  children: { sv: 'Barn efter situation', en: 'Children by situation' },
  exploitation: { sv: 'Former av exploatering', en: 'Forms of exploitation' },
  origin: { sv: 'Ursprung', en: 'Origin' },
  days: { sv: 'Dygn på skyddat boende', en: 'Days at a protected shelter' },
  interventions: { sv: 'Beviljade insatser', en: 'Interventions granted' },
  'intervention-sek': { sv: 'Kronor per insats', en: 'SEK per intervention' },
  'intervention-details': { sv: 'Mer om insatserna', en: 'More on the interventions' },
  spend: { sv: 'Pengar till direktinsatser', en: 'Money for direct interventions' },
  shelters: { sv: 'Certifierade boenden och deras platser', en: 'Certified shelters and their places' },
  'prior-year': { sv: 'Jämförelsetal för tidigare år', en: 'Figures for an earlier year' },
  scenario: { sv: 'Rapportens egen kalkyl', en: "The report's own calculation" },
};

const peopleLabels: Record<'adults' | 'children' | 'total', Bilingual> = {
  adults: { sv: 'Vuxna', en: 'Adults' },
  children: { sv: 'Barn', en: 'Children' },
  total: { sv: 'Totalt', en: 'Total' },
};
const dayLabels: Record<'adults' | 'children', Bilingual> = {
  adults: { sv: 'Dygn för vuxna', en: 'Days for adults' },
  children: { sv: 'Dygn för barn med sin förälder', en: 'Days for children with their parent' },
};
const directSpendLabel: Bilingual = { sv: 'Fördelat till direktinsatser', en: 'Allocated to direct interventions' };
const scenarioLabels: Record<'people' | 'daysPerPerson' | 'totalDays' | 'cost' | 'totalWithScenario', Bilingual> = {
  people: { sv: 'Personer', en: 'People' },
  daysPerPerson: { sv: 'Fler dygn per person', en: 'More days per person' },
  totalDays: { sv: 'Fler dygn totalt', en: 'More days in all' },
  cost: { sv: 'Kostnad', en: 'Cost' },
  totalWithScenario: { sv: 'Direktinsatser med kalkylen, enligt rapporten', en: "Direct interventions with the calculation, as the report gives it" },
};

type Figureish = { value: number; unit: string; source: { key: string; section: string }; note?: Bilingual | undefined; basis?: Basis | undefined };
type Maybe = Figureish | { documented: false; note: Bilingual };

function isStated(f: Maybe): f is Figureish {
  return 'value' in f;
}

/** The dataset id of a programme year, e.g. "nsp-2024". */
export function programmeDatasetId(year: number): string {
  return `nsp-${year}`;
}

/** A programme file as a statistics dataset: its figures grouped into measures, nothing recomputed. */
export function programmeDataset(p: Programme): StatDataset {
  const id = programmeDatasetId(p.year);
  const measures = new Map<string, StatMeasure>();
  const measure = (mid: string): StatMeasure => {
    let m = measures.get(mid);
    if (!m) {
      const label = programmeMeasureLabels[mid];
      if (!label) throw new Error(`statistics: no label for measure "${mid}"`);
      m = { id: mid, label, figures: [], notDocumented: [] };
      measures.set(mid, m);
    }
    return m;
  };
  const add = (mid: string, path: string, label: Bilingual, f: Figureish) => {
    const fig: StatFigure = { dataset: id, path, measure: mid, label, value: f.value, unit: f.unit, source: f.source as SourceRef };
    if (f.note) fig.note = f.note;
    if (f.basis) fig.basis = f.basis;
    measure(mid).figures.push(fig);
  };
  const missing = (mid: string, note: Bilingual) => {
    const m = measure(mid);
    if (!m.notDocumented.some((n) => n.sv === note.sv)) m.notDocumented.push(note);
  };

  for (const k of ['total', 'adults', 'children'] as const) add('people', `people.${k}`, peopleLabels[k], p.people[k]);
  for (const b of p.people.breakdown) add(b.group ?? 'people', `people.breakdown.${b.id}`, b.label, b);
  for (const k of ['adults', 'children'] as const) {
    const d = p.days[k];
    if (isStated(d)) add('days', `days.${k}`, dayLabels[k], d);
    else missing('days', d.note);
  }
  for (const row of p.interventions) {
    if (isStated(row.count)) add('interventions', `interventions.${row.id}.count`, row.label, row.count);
    else missing('interventions', row.count.note);
    if (isStated(row.sek)) add('intervention-sek', `interventions.${row.id}.sek`, row.label, row.sek);
    else missing('intervention-sek', row.sek.note);
    for (const d of row.details) add(d.group ?? 'intervention-details', `interventions.${row.id}.details.${d.id}`, d.label, d);
  }
  add('spend', 'spend.directInterventions', directSpendLabel, p.spend.directInterventions);
  for (const o of p.spend.other) add('spend', `spend.other.${o.id}`, o.label, o);
  for (const s of p.shelters) add('shelters', `shelters.${s.id}`, s.label, s);
  for (const y of p.priorYear) add('prior-year', `priorYear.${y.id}`, y.label, y);
  for (const sc of p.scenarios) {
    for (const k of ['people', 'daysPerPerson', 'totalDays', 'cost', 'totalWithScenario'] as const) {
      add('scenario', `scenarios.${sc.id}.${k}`, { sv: `${sc.label.sv}: ${scenarioLabels[k].sv}`, en: `${sc.label.en}: ${scenarioLabels[k].en}` }, sc[k]);
    }
  }

  const order = Object.keys(programmeMeasureLabels);
  const reportTitle: Bilingual = { sv: `Nationella Stödprogrammet ${p.year}`, en: `The National Support Programme in ${p.year}` };
  return {
    id,
    year: p.year,
    title: reportTitle,
    scope: {
      sv: `Personer och insatser som programmet finansierade under ${p.year}, enligt årsrapporten.`,
      en: `People and interventions the programme funded in ${p.year}, as the annual report states them.`,
    },
    sources: [...p.sources] as SourceKey[],
    file: `content/programme/${p.year}.yaml`,
    measures: [...measures.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)),
    discrepancies: p.discrepancies.map((d) => ({ id: d.id, figures: [...d.figures], note: d.note })),
  };
}

/** A statistics file as a dataset. */
export function statisticsDataset(id: string, d: StatisticsData): StatDataset {
  return {
    id,
    year: d.year,
    title: d.title,
    scope: d.scope,
    sources: [d.source],
    file: `content/statistics/${id}.yaml`,
    measures: d.measures.map((m) => ({
      id: m.id,
      label: m.label,
      notDocumented: m.notDocumented ? [m.notDocumented] : [],
      figures: m.figures.map((f) => {
        const fig: StatFigure = { dataset: id, path: `${m.id}.${f.id}`, measure: m.id, label: f.label, value: f.value, unit: f.unit, source: f.source };
        if (f.share) fig.share = f.share;
        if (f.note) fig.note = f.note;
        return fig;
      }),
    })),
    discrepancies: d.discrepancies.map((x) => ({ id: x.id, figures: [...x.figures], note: x.note })),
  };
}

/** Every figure of a dataset, in page order. */
export function allFigures(d: StatDataset): StatFigure[] {
  return d.measures.flatMap((m) => m.figures);
}

/** A figure by path; a path that does not exist stops the build with the dataset and path named. */
export function figureAt(d: StatDataset, path: string): StatFigure {
  const f = allFigures(d).find((x) => x.path === path);
  if (!f) throw new Error(`statistics: no figure "${path}" in ${d.file}`);
  return f;
}

export function measureOf(d: StatDataset, id: string): StatMeasure {
  const m = d.measures.find((x) => x.id === id);
  if (!m) throw new Error(`statistics: no measure "${id}" in ${d.file} (has ${d.measures.map((x) => x.id).join(', ')})`);
  return m;
}

/** Discrepancies that name a figure, so a table can flag the figure. */
export function discrepanciesOf(d: StatDataset, path: string): StatDiscrepancy[] {
  return d.discrepancies.filter((x) => x.figures.includes(path));
}
