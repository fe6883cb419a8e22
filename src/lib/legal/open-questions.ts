import type { OpenQuestion } from '../../schemas/open-question';

export const OPEN_QUESTIONS_FILE = 'content/legal/open-questions.yaml';
const AS_OF_FILE = 'content/legal/as-of.yaml';

/**
 * What the schema cannot check alone, each problem naming the file and entry: a question without
 * its check date, a check date later than the law's "as of" date (a check the "as of" date does not
 * yet cover), and a provision or page it claims to qualify that does not exist.
 */
export function openQuestionProblems(
  list: readonly Pick<OpenQuestion, 'id' | 'status' | 'checkedOn' | 'qualifies'>[],
  asOf: string,
  known: { provisionIds: ReadonlySet<string>; pageKeys: ReadonlySet<string> },
): string[] {
  const problems: string[] = [];
  for (const q of list) {
    const where = `${OPEN_QUESTIONS_FILE}: entry "${q.id}"`;
    if (!q.checkedOn) {
      problems.push(`${where}: status "${q.status}" has no checkedOn date. Add the day the question was last searched.`);
    } else if (q.checkedOn > asOf) {
      problems.push(
        `${where}: checkedOn (${q.checkedOn}) is later than the law's "as of" date ${asOf} (${AS_OF_FILE}). Check the law again and move the "as of" date, or correct checkedOn.`,
      );
    }
    for (const id of q.qualifies.provisions) {
      if (!known.provisionIds.has(id)) problems.push(`${where}: qualifies.provisions names "${id}", which is not an entry of content/legal/provisions.yaml.`);
    }
    for (const key of q.qualifies.pages) {
      if (!known.pageKeys.has(key)) problems.push(`${where}: qualifies.pages names "${key}", which is not the key of any page.`);
    }
  }
  return problems;
}
