/**
 * Checks that need more than one file: the law's dates against its "as of" date, timeline events
 * against the provisions they take dates from, series values against the figures they name. The
 * build runs the same pure functions; here each message also gets the line of the entry.
 */
import type { Programme } from '../../../calculators/programme-schema';
import type { LegalAsOf, Provision, TimelineEventData } from '../../schemas/legal';
import type { OpenQuestion } from '../../schemas/open-question';
import type { SeriesData } from '../../schemas/series';
import type { StatisticsData } from '../../schemas/statistics';
import { openQuestionProblems } from '../legal/open-questions';
import { resolveTimelineEvent, validityProblems } from '../legal/validity';
import { programmeDataset, statisticsDataset } from '../statistics/model';
import { buildSeries } from '../statistics/series';
import { lineOf } from './yaml-source';
import type { Loaded, LoadedEntry } from './load';
import type { ContentProblem } from './problem';

/** A problem from a message "content/x.yaml: entry "id": what", placed at the entry's line. */
function atEntry(entry: LoadedEntry, message: string, fix?: string): ContentProblem {
  const what = message.replace(/^content\/[^:]+: (entry "[^"]+": )?/, '');
  return { file: entry.source.file, line: lineOf(entry.source, entry.at), message: `entry "${entry.id}": ${what}`, fix };
}

function legalProblems(loaded: Loaded, pageKeys: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const provisions = loaded.legalProvisions.map((e) => e.data as unknown as Provision);
  const asOf = (loaded.legalAsOf[0]?.data as unknown as LegalAsOf | undefined)?.asOf;
  if (asOf) {
    for (const message of validityProblems(provisions, asOf)) {
      const id = /entry "([^"]+)"/.exec(message)?.[1];
      const entry = loaded.legalProvisions.find((e) => e.id === id);
      problems.push(entry ? atEntry(entry, message) : { file: 'content/legal/provisions.yaml', message });
    }
  }
  const byId = new Map(provisions.map((p) => [p.id, p]));
  if (asOf) {
    const questions = loaded.legalOpenQuestions.map((e) => e.data as unknown as OpenQuestion);
    const known = { provisionIds: new Set(byId.keys()), pageKeys: new Set([...pageKeys, ...generatedPageKeys(loaded)]) };
    for (const message of openQuestionProblems(questions, asOf, known)) {
      const id = /entry "([^"]+)"/.exec(message)?.[1];
      const entry = loaded.legalOpenQuestions.find((e) => e.id === id);
      problems.push(entry ? atEntry(entry, message) : { file: 'content/legal/open-questions.yaml', message });
    }
  }
  for (const entry of loaded.legalTimeline) {
    try {
      resolveTimelineEvent(entry.data as unknown as TimelineEventData, byId);
    } catch (e) {
      problems.push(atEntry(entry, (e as Error).message));
    }
  }
  return problems;
}

function seriesProblems(loaded: Loaded): ContentProblem[] {
  const datasets = [
    ...loaded.programme.map((e) => programmeDataset(e.data as unknown as Programme)),
    ...loaded.statistics.map((e) => statisticsDataset(e.id, e.data as unknown as StatisticsData)),
  ];
  const lookup = (id: string) => datasets.find((d) => d.id === id);
  return loaded.series.flatMap((entry) => {
    try {
      buildSeries(entry.id, entry.data as unknown as SeriesData, lookup);
      return [];
    } catch (e) {
      const message = (e as Error).message;
      const year = Number(/year (\d{4})/.exec(message)?.[1]);
      const values = (entry.data as { values?: { year: number }[] }).values ?? [];
      const i = values.findIndex((v) => v.year === year);
      return [{ file: entry.source.file, line: lineOf(entry.source, i >= 0 ? ['values', i] : []), message: message.replace(/^content\/[^:]+: /, '') }];
    }
  });
}

/** Keys of the pages the site generates from code or data (src/lib/route-providers.ts), beside the MDX pages' keys. */
function generatedPageKeys(loaded: Loaded): string[] {
  return ['search', 'shortcuts', 'contents', ...loaded.rates.map((e) => `rates/${String(e.data.year)}`)];
}

function glossaryProblems(loaded: Loaded, pageKeys: ReadonlySet<string>): ContentProblem[] {
  const ids = loaded.ids.glossary ?? new Set(loaded.glossary.map((e) => e.id));
  const pages = new Set([...pageKeys, ...generatedPageKeys(loaded)]);
  return loaded.glossary.flatMap((entry) => [
    ...((entry.data.seeAlso as string[] | undefined) ?? []).flatMap((id) =>
      ids.has(id) && id !== entry.id ? [] : [atEntry(entry, `seeAlso "${id}" ${id === entry.id ? 'names the entry itself' : 'is not an entry id'}`, 'name the id of another entry of content/glossary.yaml')],
    ),
    ...((entry.data.related as string[] | undefined) ?? []).flatMap((key) =>
      pages.has(key) ? [] : [atEntry(entry, `related page "${key}" does not exist`, 'name a page by the "key:" in its front matter, e.g. programme/interventions')],
    ),
  ]);
}

/** Every problem between files (`pageKeys`: the keys of the MDX pages). */
export function crossProblems(loaded: Loaded, pageKeys: ReadonlySet<string>): ContentProblem[] {
  return [...legalProblems(loaded, pageKeys), ...seriesProblems(loaded), ...glossaryProblems(loaded, pageKeys)];
}
