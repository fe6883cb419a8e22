import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openQuestionSchema } from '../../schemas/open-question';
import { openQuestionProblems } from './open-questions';

/**
 * The open questions are what the guide cannot settle; each must say when it was last checked.
 * The build reads content/legal/open-questions.yaml through openQuestionSchema and then
 * openQuestionProblems (src/lib/legal/data.ts), so a question without a check date, or with one
 * later than the law's "as of" date, stops the build naming the file and entry.
 */

const question = {
  id: 'reception-act',
  seq: 0,
  status: 'not-known' as const,
  question: { sv: 'Har en ny mottagandelag ersatt LMA?', en: 'Has a new reception act replaced the LMA?' },
  searched: [{ sv: 'Riksdagens dokument', en: "The Riksdag's documents" }],
  checkedOn: '2026-12-02',
  finding: { sv: 'ingen proposition hittad.', en: 'no bill found.' },
  settles: { sv: 'Ett SFS-nummer.', en: 'An SFS number.' },
  qualifies: { provisions: ['lma'] },
};
const known = { provisionIds: new Set(['lma']), pageKeys: new Set(['certification/process']) };

describe('an open question’s check date', () => {
  it('the schema the build uses rejects a not-known question without a check date, naming the field', () => {
    const { checkedOn: _dropped, ...undated } = question;
    const result = openQuestionSchema.safeParse(undated);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === 'checkedOn');
    expect(issue?.message).toContain('status "not-known" needs checkedOn');
  });

  it('the schema accepts the same question once it has its check date', () => {
    expect(openQuestionSchema.safeParse(question).success).toBe(true);
  });

  it('the loader check names the file and entry of a question without a check date', () => {
    const problems = openQuestionProblems([{ ...question, checkedOn: undefined, qualifies: { provisions: ['lma'], pages: [] } }], '2026-12-02', known);
    expect(problems).toEqual([
      'content/legal/open-questions.yaml: entry "reception-act": status "not-known" has no checkedOn date. Add the day the question was last searched.',
    ]);
  });

  it('flags a check date later than the law’s "as of" date, and accepts one on that date', () => {
    const later = openQuestionProblems([{ ...question, checkedOn: '2026-12-03', qualifies: { provisions: ['lma'], pages: [] } }], '2026-12-02', known);
    expect(later).toHaveLength(1);
    expect(later[0]).toContain('entry "reception-act": checkedOn (2026-12-03) is later than the law\'s "as of" date 2026-12-02');
    expect(openQuestionProblems([{ ...question, qualifies: { provisions: ['lma'], pages: [] } }], '2026-12-02', known)).toEqual([]);
  });

  it('flags a provision or page the question claims to qualify that does not exist', () => {
    const problems = openQuestionProblems([{ ...question, qualifies: { provisions: ['lma-2026'], pages: ['no/such-page'] } }], '2026-12-02', known);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('qualifies.provisions names "lma-2026"');
    expect(problems[1]).toContain('qualifies.pages names "no/such-page"');
  });

  it('the schema rejects a question that qualifies nothing, and a partly-known question that does not say what is known', () => {
    expect(openQuestionSchema.safeParse({ ...question, qualifies: { provisions: [], pages: [] } }).success).toBe(false);
    const partly = openQuestionSchema.safeParse({ ...question, status: 'partly-known' });
    expect(partly.success).toBe(false);
    expect(partly.error?.issues.some((i) => i.path.join('.') === 'known')).toBe(true);
  });
});

describe('content/legal/open-questions.yaml as it stands', () => {
  const asOf = (parse(readFileSync('content/legal/as-of.yaml', 'utf8')) as { asOf: string }).asOf;
  const entries = parse(readFileSync('content/legal/open-questions.yaml', 'utf8')) as Record<string, unknown>[];

  it('every entry passes the schema and carries a check date no later than the "as of" date', () => {
    expect(entries.length).toBeGreaterThan(0);
    entries.forEach((entry, seq) => {
      const parsed = openQuestionSchema.safeParse({ ...entry, seq });
      expect(parsed.success, `${String(entry['id'])}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(parsed.data?.checkedOn, String(entry['id'])).toBeDefined();
      expect((parsed.data?.checkedOn ?? '') <= asOf, String(entry['id'])).toBe(true);
    });
  });
});
