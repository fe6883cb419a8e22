/**
 * Every text the calculators produce, in Swedish and English, in one place: problem messages,
 * plan-link errors, CSV headers and line-kind names. Messages are specific: they name the period
 * number, the limit and the figures.
 */
import { formatKronor, formatNumber, type Locale } from './money';

/** Values a message may use. */
export type MessageParams = Record<string, string | number>;

type Template = (p: MessageParams, locale: Locale) => string;

const n = (v: string | number | undefined, locale: Locale): string =>
  typeof v === 'number' ? formatNumber(v, locale) : String(v ?? '');
const kr = (v: string | number | undefined, locale: Locale): string =>
  typeof v === 'number' ? formatKronor(v, locale) : String(v ?? '');

/** Names of the interventions for messages (the rates files carry the displayed labels). */
const interventionNames: Record<string, { sv: string; en: string }> = {
  reflection: { sv: 'reflektionsperiod', en: 'reflection period' },
  extended: { sv: 'fördjupat/förlängt stöd', en: 'extended support' },
  'integration-stay': { sv: 'integrationsstöd med dygnsersättning', en: 'integration support with daily compensation' },
  'integration-daily': { sv: 'integrationsstöd', en: 'integration support' },
  'support-only': { sv: 'enbart stöd', en: 'support only' },
};

/** The name of an intervention id in a locale (falls back to the id itself). */
export function interventionName(id: string, locale: Locale): string {
  return interventionNames[id]?.[locale] ?? id;
}

const iv = (p: MessageParams, locale: Locale): string => interventionName(String(p['intervention'] ?? ''), locale);

/** Problem message templates, by message key. */
export const messages = {
  'plan-not-object': {
    sv: () => 'Planen saknas eller har fel form; inget kan beräknas.',
    en: () => 'The plan is missing or malformed; nothing can be calculated.',
  },
  'start-invalid': {
    sv: (p) => `Startdatumet ${p['value'] ? `"${p['value']}" ` : ''}är inte ett giltigt datum (ÅÅÅÅ-MM-DD); perioderna kan inte dateras eller beräknas.`,
    en: (p) => `The start date ${p['value'] ? `"${p['value']}" ` : ''}is not a valid date (YYYY-MM-DD); the periods cannot be dated or costed.`,
  },
  'periods-not-list': {
    sv: () => 'Perioderna saknas eller är inte en lista.',
    en: () => 'The periods are missing or not a list.',
  },
  'too-many-periods': {
    sv: (p, l) => `Planen har ${n(p['count'], l)} perioder; bara de första ${n(p['max'], l)} beräknas.`,
    en: (p, l) => `The plan has ${n(p['count'], l)} periods; only the first ${n(p['max'], l)} are costed.`,
  },
  'period-not-object': {
    sv: (p) => `Period ${p['period']} har fel form och räknas som 0 dagar.`,
    en: (p) => `Period ${p['period']} is malformed and counts as 0 days.`,
  },
  'unknown-intervention': {
    sv: (p) => `Period ${p['period']}: okänd insats "${p['value']}". Perioden räknas som 0 dagar.`,
    en: (p) => `Period ${p['period']}: unknown intervention "${p['value']}". The period counts as 0 days.`,
  },
  'days-invalid': {
    sv: (p, l) => `Period ${p['period']}: antalet dagar måste vara ett heltal från 0 till ${n(p['max'], l)} (fick ${p['value']}). Perioden räknas som 0 dagar.`,
    en: (p, l) => `Period ${p['period']}: the number of days must be a whole number from 0 to ${n(p['max'], l)} (got ${p['value']}). The period counts as 0 days.`,
  },
  'paid-days-invalid': {
    sv: (p) => `Period ${p['period']}: dagar med stöd måste vara ett heltal från 0 till periodens ${p['days']} dagar (fick ${p['value']}). Alla periodens dagar räknas.`,
    en: (p) => `Period ${p['period']}: days with support must be a whole number from 0 to the period's ${p['days']} days (got ${p['value']}). All the period's days are counted.`,
  },
  'paid-days-ignored': {
    sv: (p, l) => `Period ${p['period']}: dagar med stöd gäller bara "enbart stöd"; för ${iv(p, l)} ersätts alla dagar.`,
    en: (p, l) => `Period ${p['period']}: days with support only apply to "support only"; for the ${iv(p, l)} every day is paid.`,
  },
  'children-invalid': {
    sv: (p) => `Antalet barn måste vara ett heltal från 0 till ${p['max']} (fick ${p['value']}); räknas som 0.`,
    en: (p) => `The number of children must be a whole number from 0 to ${p['max']} (got ${p['value']}); counted as 0.`,
  },
  'extra-days-invalid': {
    sv: (p, l) => `Dagar med extra tillägg måste vara ett heltal från 0 till ${n(p['max'], l)} (fick ${p['value']}); räknas som 0.`,
    en: (p, l) => `Days with the extra supplement must be a whole number from 0 to ${n(p['max'], l)} (got ${p['value']}); counted as 0.`,
  },
  'deduction-invalid': {
    sv: (p, l) => `Avdraget för dagersättning måste vara ett heltal i kronor från 0 till ${kr(p['max'], l)} per dag (fick ${p['value']}); räknas som 0.`,
    en: (p, l) => `The daily allowance deduction must be whole kronor from 0 to ${kr(p['max'], l)} a day (got ${p['value']}); counted as 0.`,
  },
  'points-not-list': {
    sv: () => 'Punktinsatserna är inte en lista och räknas inte.',
    en: () => 'The point interventions are not a list and are not counted.',
  },
  'point-invalid': {
    sv: (p, l) => `Punktinsats ${p['index']}: beloppet måste vara ett heltal i kronor från 0 till ${kr(p['max'], l)} (fick ${p['value']}); den räknas inte.`,
    en: (p, l) => `Point intervention ${p['index']}: the amount must be whole kronor from 0 to ${kr(p['max'], l)} (got ${p['value']}); it is not counted.`,
  },
  'point-label-invalid': {
    sv: (p) => `Punktinsats ${p['index']}: benämningen måste vara text på högst ${p['max']} tecken.`,
    en: (p) => `Point intervention ${p['index']}: the label must be text of at most ${p['max']} characters.`,
  },
  'not-offered': {
    sv: (p, l) => `Period ${p['period']}: ${iv(p, l)} fanns inte i reglerna för ${p['year']}; de ${n(p['days'], l)} dagarna räknas inte.`,
    en: (p, l) => `Period ${p['period']}: ${iv(p, l)} was not part of the ${p['year']} rules; its ${n(p['days'], l)} days are not costed.`,
  },
  'exceeds-max-days': {
    sv: (p, l) => `Period ${p['period']}: ${n(p['days'], l)} dagar ${iv(p, l)}, men högst ${n(p['max'], l)} per period ersätts ${p['year']}; ${n(p['excess'], l)} dagar räknas inte.`,
    en: (p, l) => `Period ${p['period']}: ${n(p['days'], l)} days of ${iv(p, l)}, but at most ${n(p['max'], l)} a period are paid in ${p['year']}; ${n(p['excess'], l)} days are not costed.`,
  },
  'exceeds-group-days': {
    sv: (p, l) =>
      `Period ${p['period']} (${iv(p, l)}): gränsen "${p['limit']}" är högst ${n(p['max'], l)} dagar per person ${p['year']}, räknat över alla perioder${p['reachedOn'] ? `, och nås ${p['reachedOn']}` : ''}. De ${n(p['excess'], l)} dagarna från ${p['from']} betalas inte.`,
    en: (p, l) =>
      `Period ${p['period']} (${iv(p, l)}): the limit "${p['limit']}" is at most ${n(p['max'], l)} days per person in ${p['year']}, counted across all periods${p['reachedOn'] ? `, and is reached on ${p['reachedOn']}` : ''}. The ${n(p['excess'], l)} days from ${p['from']} are not paid.`,
  },
  'child-not-documented-for': {
    sv: (p, l) => `Period ${p['period']}: rapporten för ${p['year']} säger inte om barntillägg betalas för ${iv(p, l)}; guiden räknar inget tillägg för den perioden.`,
    en: (p, l) => `Period ${p['period']}: the ${p['year']} report does not say whether the child supplement is paid for ${iv(p, l)}; the guide costs no supplement for that period.`,
  },
  'rate-step': {
    sv: (p, l) => `Period ${p['period']}: dag ${n(p['dayFrom'], l)}–${n(p['dayTo'], l)} räknat över alla perioder ligger ${p['label']}, så de ersätts med ${kr(p['perDay'], l)} per dygn. Perioden delas därför i två rader när den korsar gränsen.`,
    en: (p, l) => `Period ${p['period']}: days ${n(p['dayFrom'], l)}–${n(p['dayTo'], l)}, counted across all periods, fall ${p['label']}, so they are paid ${kr(p['perDay'], l)} a day. A period that crosses the limit is therefore split into two lines.`,
  },
  'extra-not-documented': {
    sv: (p, l) => `Inget extra tillägg finns dokumenterat för ${p['year']}; de ${n(p['value'], l)} dagarna med tillägg räknas inte.`,
    en: (p, l) => `No extra supplement is documented for ${p['year']}; the ${n(p['value'], l)} days with a supplement are not costed.`,
  },
  'deduction-not-documented': {
    sv: (p, l) => `Avdrag för Migrationsverkets dagersättning är inte dokumenterat för ${p['year']}; avdraget på ${kr(p['value'], l)} per dag görs inte.`,
    en: (p, l) => `A deduction of Migrationsverket's daily allowance is not documented for ${p['year']}; the deduction of ${kr(p['value'], l)} a day is not made.`,
  },
  'child-not-documented': {
    sv: (p) => `Barntillägg är inte dokumenterat för ${p['year']}; inget tillägg räknas.`,
    en: (p) => `A child supplement is not documented for ${p['year']}; no supplement is costed.`,
  },
  'extra-days-exceed-eligible': {
    sv: (p, l) => `${n(p['value'], l)} dagar med extra tillägg, men planen har bara ${n(p['eligible'], l)} ersatta dagar där tillägget kan betalas; ${n(p['excess'], l)} dagar räknas inte.`,
    en: (p, l) => `${n(p['value'], l)} days with the extra supplement, but the plan has only ${n(p['eligible'], l)} paid days where it can be paid; ${n(p['excess'], l)} days are not costed.`,
  },
  'points-not-published': {
    sv: (p) => `Punktinsatsernas belopp är inte publicerade för ${p['year']}; beloppen du angett är dina egna uppskattningar.`,
    en: (p) => `Point intervention amounts are not published for ${p['year']}; the amounts you entered are your own estimates.`,
  },
  'points-not-offered': {
    sv: (p) => `Punktinsatser fanns inte i reglerna för ${p['year']} och räknas inte.`,
    en: (p) => `Point interventions were not part of the ${p['year']} rules and are not counted.`,
  },
  'crosses-year-end': {
    sv: (p, l) => `Period ${p['period']} (${iv(p, l)}) fortsätter efter 31 december ${p['year']}: ${n(p['days'], l)} dagar från ${p['from']} ingår inte i summan, som bara räknar dagar under ${p['year']}. Rapporterna säger inte hur dagarna efter årsskiftet beviljas.`,
    en: (p, l) => `Period ${p['period']} (${iv(p, l)}) runs past 31 December ${p['year']}: ${n(p['days'], l)} days from ${p['from']} are left out of the total, which counts only days in ${p['year']}. The reports do not say how the days after the turn of the year are granted.`,
  },
  'rules-year-mismatch': {
    sv: (p) => `Planen börjar ${p['start']}, men reglerna gäller ${p['year']}. Bara dagar under ${p['year']} ingår i summan; välj reglerna för rätt år eller flytta startdatumet.`,
    en: (p) => `The plan starts on ${p['start']}, but these are the ${p['year']} rules. Only days in ${p['year']} count toward the total; choose the rules for the right year or move the start date.`,
  },
  // Plan links (plan-codec.ts)
  'link-empty': {
    sv: () => 'Länken innehåller ingen plan.',
    en: () => 'The link holds no plan.',
  },
  'link-version': {
    sv: (p) => `Länken har en okänd version (${p['value']}); standardvärdena används.`,
    en: (p) => `The link has an unknown version (${p['value']}); the defaults are used.`,
  },
  'link-damaged': {
    sv: (p) => `Länken är skadad (${p['field']}); standardvärdena används.`,
    en: (p) => `The link is damaged (${p['field']}); the defaults are used.`,
  },
  // Programme scenario (scenario.ts)
  'scenario-invalid': {
    sv: (p, l) => `${p['field'] === 'people' ? 'Antalet personer' : 'Antalet dagar'} måste vara ett heltal från 0 till ${n(p['max'], l)} (fick ${p['value']}).`,
    en: (p, l) => `The number of ${p['field'] === 'people' ? 'people' : 'days'} must be a whole number from 0 to ${n(p['max'], l)} (got ${p['value']}).`,
  },
  'scenario-not-offered': {
    sv: (p, l) => `${iv(p, l)} fanns inte i reglerna för ${p['year']}.`,
    en: (p, l) => `The ${iv(p, l)} was not part of the ${p['year']} rules.`,
  },
  'scenario-year-mismatch': {
    sv: (p) => `Programsiffrorna gäller ${p['programmeYear']} men reglerna ${p['year']}.`,
    en: (p) => `The programme figures are for ${p['programmeYear']} but the rules for ${p['year']}.`,
  },
} satisfies Record<string, Record<Locale, Template>>;

/** A message key. */
export type MessageKey = keyof typeof messages;

/** The text of a message in a locale. */
export function message(key: MessageKey, params: MessageParams = {}, locale: Locale = 'sv'): string {
  const t: Template = messages[key][locale];
  return t(params, locale);
}

/** Column headers of the CSV export, in column order. */
export const csvHeaders: Record<Locale, readonly string[]> = {
  sv: ['Period', 'Insats', 'Typ', 'Från', 'Till', 'Dagar', 'Ersatta dagar', 'Kronor per dag', 'Belopp (kr)', 'Efter årsskiftet', 'Källa', 'Grund'],
  en: ['Period', 'Intervention', 'Kind', 'From', 'To', 'Days', 'Paid days', 'SEK per day', 'Amount (SEK)', 'After year end', 'Source', 'Basis'],
};

/** What a figure of the user's own (own amounts) is called wherever it shows. */
export const ownAmountWords: Record<Locale, string> = {
  sv: 'Egna belopp, ingen källa',
  en: 'Own amount, no source',
};

/** Names of the line kinds. */
export const lineKindNames: Record<string, Record<Locale, string>> = {
  intervention: { sv: 'Dygnsersättning', en: 'Daily compensation' },
  'child-supplement': { sv: 'Barntillägg', en: 'Child supplement' },
  'extra-supplement': { sv: 'Extra tillägg', en: 'Extra supplement' },
  point: { sv: 'Punktinsats', en: 'Point intervention' },
};

/** "day" before a person's counted day numbers (CSV: "dag 91–135"). */
export const stepDaysWord: Record<Locale, string> = { sv: 'dag', en: 'days' };

/** Yes/no words. */
export const yesNo: Record<Locale, { yes: string; no: string }> = {
  sv: { yes: 'ja', no: 'nej' },
  en: { yes: 'yes', no: 'no' },
};
