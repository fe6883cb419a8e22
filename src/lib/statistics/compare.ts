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
export function spendPerPerson(d: StatDataset): { value: number; spend: StatFigure; people: StatFigure } {
  const spend = figureAt(d, 'spend.directInterventions');
  const people = figureAt(d, 'people.total');
  if (people.value <= 0) throw new Error(`statistics: ${d.file} has no people to divide the spend by`);
  return { value: Math.round(spend.value / people.value), spend, people };
}
