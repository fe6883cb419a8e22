import { getCollection } from 'astro:content';
import type { Lang } from '../../i18n';
import type { Provision, ProvisionLevel, ReformRow, TimelineEvent } from '../../schemas/legal';
import { routeByKey } from '../routes';
import { chronological } from './partial-date';

/** Reads the legal framework data (content/legal/) in the order readers should meet it. */

export async function provisions(levels?: readonly ProvisionLevel[]): Promise<Provision[]> {
  const all = (await getCollection('legalProvisions')).map((entry) => entry.data);
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

export async function reformRows(): Promise<ReformRow[]> {
  return (await getCollection('legalReform')).map((entry) => entry.data).sort((a, b) => a.seq - b.seq);
}

export async function timelineEvents(): Promise<TimelineEvent[]> {
  return chronological((await getCollection('legalTimeline')).map((entry) => entry.data));
}
