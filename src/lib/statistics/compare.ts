/**
 * The 2022–2024 comparison: only measures both annual reports state in the same unit and sense.
 * The pairs are listed here, not guessed, because the reports count some things differently
 * (2022 counts interventions, 2024 people and applications). Differences are computed, never typed.
 */
import { figureAt, type Bilingual, type StatDataset, type StatFigure } from './model';

export interface ComparisonPair {
  /** Path in the earlier year's file. */
  from: string;
  /** Path in the later year's file (the same path unless the reports name the measure differently). */
  to: string;
  label: Bilingual;
  /** How the two figures differ in what they count, if they do. */
  caveat?: Bilingual;
}

export interface ComparisonGroup {
  id: string;
  title: Bilingual;
  pairs: ComparisonPair[];
}

export const comparisonGroups: ComparisonGroup[] = [
  {
    id: 'people',
    title: { sv: 'Personer i programmet', en: 'People in the programme' },
    pairs: [
      { from: 'people.total', to: 'people.total', label: { sv: 'Totalt', en: 'Total' } },
      { from: 'people.adults', to: 'people.adults', label: { sv: 'Vuxna', en: 'Adults' } },
      { from: 'people.children', to: 'people.children', label: { sv: 'Barn', en: 'Children' } },
    ],
  },
  {
    id: 'gender',
    title: { sv: 'Vuxna efter kön', en: 'Adults by gender' },
    pairs: [
      { from: 'people.breakdown.women', to: 'people.breakdown.women', label: { sv: 'Kvinnor', en: 'Women' } },
      { from: 'people.breakdown.men', to: 'people.breakdown.men', label: { sv: 'Män', en: 'Men' } },
    ],
  },
  {
    id: 'origin',
    title: { sv: 'Ursprung', en: 'Origin' },
    pairs: [
      {
        from: 'people.breakdown.countries-of-origin',
        to: 'people.breakdown.nationalities',
        label: { sv: 'Ursprungsländer och nationaliteter', en: 'Countries of origin and nationalities' },
        caveat: {
          sv: '2022 års tal är länderna i rapportens lista, räknade av NSP-guiden; 2024 anger rapporten antalet nationaliteter.',
          en: "The 2022 figure is the countries in the report's list, counted by NSP-guiden; for 2024 the report gives the number of nationalities.",
        },
      },
    ],
  },
  {
    id: 'shelters',
    title: { sv: 'Certifierade boenden', en: 'Certified shelters' },
    pairs: [
      { from: 'shelters.certified', to: 'shelters.certified', label: { sv: 'Certifierade boenden', en: 'Certified shelters' } },
      { from: 'shelters.take-women', to: 'shelters.take-women', label: { sv: 'Tar emot kvinnor', en: 'Take women' } },
      { from: 'shelters.take-children', to: 'shelters.take-children', label: { sv: 'Tar emot medföljande barn', en: 'Take accompanying children' } },
      { from: 'shelters.take-men', to: 'shelters.take-men', label: { sv: 'Tar emot män', en: 'Take men' } },
      { from: 'shelters.take-pets', to: 'shelters.take-pets', label: { sv: 'Kan ta emot husdjur', en: 'Can take pets' } },
    ],
  },
  {
    id: 'spend',
    title: { sv: 'Pengar till direktinsatser', en: 'Money for direct interventions' },
    pairs: [
      {
        from: 'spend.directInterventions',
        to: 'spend.directInterventions',
        label: { sv: 'Direktinsatser, kronor', en: 'Direct interventions, SEK' },
        caveat: {
          sv: '2022 års summa omfattar även insatser i början av året som betalades med 2021 års projektmedel.',
          en: 'The 2022 total also covers interventions early in the year paid with the 2021 project funds.',
        },
      },
    ],
  },
];

/** Measures one year reports and the other does not, or reports in another unit: shown as text, not compared. */
export const notCompared: Array<{ id: string; label: Bilingual; reason: Bilingual }> = [
  {
    id: 'days',
    label: { sv: 'Dygn på skyddat boende', en: 'Days at a protected shelter' },
    reason: { sv: 'Rapporten för 2022 anger inte antal dygn.', en: 'The 2022 report does not give a number of days.' },
  },
  {
    id: 'interventions',
    label: { sv: 'Antal insatser', en: 'Number of interventions' },
    reason: {
      sv: '2022 räknas insatser (perioder), 2024 personer och ansökningar. Talen mäter olika saker.',
      en: '2022 counts interventions (periods), 2024 people and applications. The figures measure different things.',
    },
  },
  {
    id: 'intervention-sek',
    label: { sv: 'Kronor per insats', en: 'SEK per intervention' },
    reason: { sv: 'Rapporten för 2024 anger bara totalsumman.', en: 'The 2024 report gives only the total.' },
  },
  {
    id: 'exploitation',
    label: { sv: 'Former av exploatering', en: 'Forms of exploitation' },
    reason: {
      sv: '2022 räknas personer som själva varit direkt utsatta (bland dem ett barn), 2024 bara perioder av förlängt stöd.',
      en: '2022 counts people who were themselves directly exploited (one of them a child), 2024 only periods of extended support.',
    },
  },
];

export interface ComparedRow {
  pair: ComparisonPair;
  from: StatFigure;
  to: StatFigure;
  /** Later minus earlier. */
  difference: number;
}

/** The stated figures of both years for each pair, with the difference; a unit mismatch stops the build. */
export function compareYears(earlier: StatDataset, later: StatDataset, group: ComparisonGroup): ComparedRow[] {
  return group.pairs.map((pair) => {
    const from = figureAt(earlier, pair.from);
    const to = figureAt(later, pair.to);
    if (from.unit !== to.unit) {
      throw new Error(`statistics: cannot compare ${earlier.id}:${pair.from} (${from.unit}) with ${later.id}:${pair.to} (${to.unit})`);
    }
    return { pair, from, to, difference: to.value - from.value };
  });
}

/** Money per person in the programme, whole kronor (computed by the site, labelled as such). */
export function spendPerPerson(d: StatDataset, spendPath = 'spend.directInterventions'): { value: number; spend: StatFigure; people: StatFigure } {
  const spend = figureAt(d, spendPath);
  const people = figureAt(d, 'people.total');
  if (spend.unit !== 'SEK') throw new Error(`statistics: ${d.file}: ${spendPath} is in ${spend.unit}, not SEK, so it cannot be spend per person`);
  if (people.value <= 0) throw new Error(`statistics: ${d.file} has no people to divide the spend by`);
  return { value: Math.round(spend.value / people.value), spend, people };
}

/**
 * The spend figures a year's report gives for direct interventions: the table's total first, then
 * every other SEK figure the data file pairs with it in a discrepancy (2022: the amount from that
 * year's funds alone). Read from the data, so a report with two totals shows both without code.
 */
export function spendBases(d: StatDataset): StatFigure[] {
  const main = 'spend.directInterventions';
  const others = d.discrepancies
    .filter((x) => x.figures.includes(main))
    .flatMap((x) => x.figures.filter((f) => f !== main && f.startsWith('spend.')));
  const unique = [...new Set(others)].map((path) => figureAt(d, path)).filter((f) => f.unit === 'SEK');
  return [figureAt(d, main), ...unique];
}

export interface PerPersonRow {
  /** The earlier year's spend figure this row divides. */
  fromSpend: StatFigure;
  /** The later year's spend figure this row divides. */
  toSpend: StatFigure;
  from: number;
  to: number;
  /** Later minus earlier, whole kronor. */
  difference: number;
}

/**
 * SEK per person for every pairing of the two years' spend bases, so that a choice which flips the
 * sign of the change (2022: table total or 2022 funds only) is shown, not made silently.
 */
export function perPersonRows(earlier: StatDataset, later: StatDataset): PerPersonRow[] {
  const rows: PerPersonRow[] = [];
  for (const a of spendBases(earlier)) {
    for (const b of spendBases(later)) {
      const from = spendPerPerson(earlier, a.path).value;
      const to = spendPerPerson(later, b.path).value;
      rows.push({ fromSpend: a, toSpend: b, from, to, difference: to - from });
    }
  }
  return rows;
}
