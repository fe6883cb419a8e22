import { getCollection, getEntry } from 'astro:content';
import type { Lang } from '../../i18n';
import type { Provision, ProvisionLevel, ReformRow, TimelineEvent } from '../../schemas/legal';
import type { OpenQuestion } from '../../schemas/open-question';
import { openQuestionProblems } from './open-questions';
import { getRoutes, routeByKey } from '../routes';
import { chronological } from './partial-date';
import { resolveTimelineEvent, validityProblems } from './validity';

/** Reads the legal framework data (content/legal/) in the order readers should meet it. */

/** The day the legal content was last checked (content/legal/as-of.yaml), YYYY-MM-DD. */
export async function legalAsOf(): Promise<string> {
  const entry = await getEntry('legalAsOf', 'legal-as-of');
  if (!entry) throw new Error('content/legal/as-of.yaml is missing or empty: the legal pages need their "as of" date');
  return entry.data.asOf;
}

/** Every provision, checked against the as-of date: a contradiction fails the build, naming the entry. */
async function checkedProvisions(): Promise<Provision[]> {
  const all = (await getCollection('legalProvisions')).map((entry) => entry.data);
  const problems = validityProblems(all, await legalAsOf());
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return all;
}

export async function provisions(levels?: readonly ProvisionLevel[]): Promise<Provision[]> {
  const all = await checkedProvisions();
  return all.filter((p) => !levels || levels.includes(p.level)).sort((a, b) => a.seq - b.seq);
}

export interface InstrumentGroup {
  id: string;
  name: Record<Lang, string>;
  provisions: Provision[];
}

/** Provisions grouped by instrument, groups in the order of their first provision. */
export function byInstrument(list: readonly Provision[]): InstrumentGroup[] {
  const groups = new Map<string, InstrumentGroup>();
  for (const p of list) {
    const group = groups.get(p.instrument.id) ?? { id: p.instrument.id, name: { sv: p.instrument.sv, en: p.instrument.en }, provisions: [] };
    group.provisions.push(p);
    groups.set(p.instrument.id, group);
  }
  return [...groups.values()];
}

/** The page key that lists provisions of each level (international and EU share one page). */
export const pageKeyOfLevel: Record<ProvisionLevel, string> = {
  international: 'legal/international',
  eu: 'legal/international',
  swedish: 'legal/swedish-law',
};

/** Path of the page that shows a provision, with its anchor. */
export async function provisionHref(p: Provision, lang: Lang): Promise<string> {
  const route = await routeByKey(pageKeyOfLevel[p.level], lang);
  if (!route) throw new Error(`No ${lang} page with key "${pageKeyOfLevel[p.level]}" for provision ${p.id}`);
  return `${route.path}#${p.id}`;
}

/** Path of the page that shows the provision with this id, with its anchor. */
export async function provisionHrefById(id: string, lang: Lang): Promise<string> {
  const p = (await provisions()).find((x) => x.id === id);
  if (!p) throw new Error(`content/legal/provisions.yaml: no provision "${id}"`);
  return provisionHref(p, lang);
}

export async function reformRows(): Promise<ReformRow[]> {
  return (await getCollection('legalReform')).map((entry) => entry.data).sort((a, b) => a.seq - b.seq);
}

/** The timeline, oldest first; events about a provision's validity take its date and source from provisions.yaml. */
export async function timelineEvents(): Promise<TimelineEvent[]> {
  const byId = new Map((await checkedProvisions()).map((p) => [p.id, p]));
  return chronological((await getCollection('legalTimeline')).map((entry) => resolveTimelineEvent(entry.data, byId)));
}

let openQuestionsCache: Promise<OpenQuestion[]> | undefined;

/** Every open question, in the editor's order, checked against the "as of" date: a problem fails the build, naming the entry. */
export function openQuestions(): Promise<OpenQuestion[]> {
  openQuestionsCache ??= loadOpenQuestions();
  return openQuestionsCache;
}

async function loadOpenQuestions(): Promise<OpenQuestion[]> {
  const all = (await getCollection('legalOpenQuestions')).map((entry) => entry.data).sort((a, b) => a.seq - b.seq);
  const provisionIds = new Set((await checkedProvisions()).map((p) => p.id));
  const pageKeys = new Set((await getRoutes()).map((r) => r.key));
  const problems = openQuestionProblems(all, await legalAsOf(), { provisionIds, pageKeys });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return all;
}

/** The open questions that qualify a provision. */
export async function openQuestionsForProvision(id: string): Promise<OpenQuestion[]> {
  return (await openQuestions()).filter((q) => q.qualifies.provisions.includes(id));
}

/** One open question by id; an unknown id fails the build so a page never points at nothing. */
export async function openQuestionById(id: string): Promise<OpenQuestion> {
  const q = (await openQuestions()).find((x) => x.id === id);
  if (!q) throw new Error(`content/legal/open-questions.yaml: no open question "${id}"`);
  return q;
}
