import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ruleSetSchema } from '../../../calculators/rules-schema';
import { pageSchema } from '../../schemas/page';
import { seriesSchema } from '../../schemas/series';
import { byMonth, checkKeyedNotes, checkNotes, newestFirst } from './notes';

/**
 * The checks the build runs on every change note (src/lib/changes/collect.ts calls checkNotes and
 * checkKeyedNotes; the content collections parse the same changeNotesSchema): a note in one
 * language only, without a date or dated after the law's "as of" date stops the build, and the
 * message names the file and the entry.
 */
const asOf = '2026-12-02';
const target = { pages: ['rates/2024', 'rates'] };
const good = { date: '2026-12-01', sv: 'Dygnsersättningen är rättad.', en: 'The daily rate is corrected.' };
const check = (notes: unknown[], file = 'content/rates/2024.yaml') => () => checkNotes(notes, { file, origin: 'rates/2024', target, asOf });

describe('a change note in one language only fails the build', () => {
  it('without its English line: the message names file, entry and the missing language', () => {
    expect(check([good, { date: '2026-12-02', sv: 'Taket för förlängt stöd är 90 dagar.' }])).toThrow(
      /content\/rates\/2024\.yaml: change 2 \(en\): a change note needs a line in English \(en\) as well/,
    );
  });

  it('without its Swedish line', () => {
    expect(check([{ date: '2026-12-02', en: 'The cap on extended support is 90 days.' }])).toThrow(/change 1 \(sv\): a change note needs a line in Swedish \(sv\) as well/);
  });

  it('in a page’s front matter: the page schema refuses it, naming the field', () => {
    const page = { title: 'Ersättningar', description: 'Programmets ersättningar, tak och tillägg för varje dokumenterat år.', key: 'rates', section: 'rates', order: 0, reviewed: '2026-12-01' };
    expect(pageSchema.safeParse({ ...page, changes: [good] }).success).toBe(true);
    const result = pageSchema.safeParse({ ...page, changes: [{ date: '2026-12-02', sv: 'Bara på svenska, ingen engelsk rad.' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['changes', 0, 'en']);
  });

  it('at the end of a real rates file and a real series file: their schemas refuse it', () => {
    const rates = parse(readFileSync('content/rates/2024.yaml', 'utf8')) as Record<string, unknown>;
    expect(ruleSetSchema.safeParse(rates).success).toBe(true);
    const ratesBad = ruleSetSchema.safeParse({ ...rates, changes: [{ date: '2026-12-02', en: 'English only, no Swedish line.' }] });
    expect(ratesBad.error?.issues.map((i) => i.path.join('.'))).toContain('changes.0.sv');
    const series = parse(readFileSync('content/series/programmet-personer.yaml', 'utf8')) as Record<string, unknown>;
    const seriesBad = seriesSchema.safeParse({ ...series, changes: [{ date: '2026-12-02', sv: 'Bara på svenska, ingen engelsk rad.' }] });
    expect(seriesBad.error?.issues.map((i) => i.path.join('.'))).toContain('changes.0.en');
  });

  it('in a keyed file beside a YAML list: the message names the file and the entry id', () => {
    expect(() =>
      checkKeyedNotes({ lma: [{ date: '2026-12-02', sv: 'Regeln om boende är tillagd.' }] }, { file: 'content/legal/provisions.changes.yaml', origin: 'provision', asOf, targetOf: () => ({ pages: ['legal/swedish-law'] }) }),
    ).toThrow(/content\/legal\/provisions\.changes\.yaml: lma: change 1 \(en\)/);
  });
});

describe('other bad notes fail too, by name', () => {
  it('a note without a date', () => {
    expect(check([{ sv: good.sv, en: good.en }])).toThrow(/change 1 \(date\): every change needs a date/);
  });

  it('a note dated after the law’s "as of" date', () => {
    expect(check([good, { ...good, date: '2026-12-03' }])).toThrow(/change 2: its date 2026-12-03 is after the law's "as of" date 2026-12-02 \(content\/legal\/as-of\.yaml\)/);
  });

  it('a keyed note for an entry the list does not have', () => {
    expect(() => checkKeyedNotes({ 'no-such-provision': [good] }, { file: 'content/legal/provisions.changes.yaml', origin: 'provision', asOf, targetOf: () => undefined })).toThrow(
      /provisions\.changes\.yaml: "no-such-provision" is not an entry/,
    );
  });
});

describe('ids and order', () => {
  it('ids are stable: origin, date and place among the same day’s notes; anchors default to the target’s', () => {
    const notes = checkNotes([good, { ...good, date: '2026-12-02' }, { ...good, date: '2026-12-02', anchor: 'insats-extended' }], { file: 'f', origin: 'series/x', target: { pages: ['p'], anchor: 'serie-x' }, asOf });
    expect(notes.map((n) => n.id)).toEqual(['nsp-guiden:series/x:2026-12-01:1', 'nsp-guiden:series/x:2026-12-02:1', 'nsp-guiden:series/x:2026-12-02:2']);
    expect(notes.map((n) => n.anchor)).toEqual(['serie-x', 'serie-x', 'insats-extended']);
  });

  const change = fc.record({
    date: fc.date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    n: fc.integer({ min: 1, max: 5 }),
    id: fc.string({ minLength: 1, maxLength: 8 }),
  });

  it('newest first: dates never rise, and the same file’s later note of a day comes first', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 30 }), (list) => {
        const out = newestFirst(list);
        expect(out).toHaveLength(list.length);
        for (let i = 1; i < out.length; i++) {
          const [a, b] = [out[i - 1]!, out[i]!];
          expect(a.date >= b.date).toBe(true);
          if (a.date === b.date) expect(a.n >= b.n).toBe(true);
        }
      }),
    );
  });

  it('grouped by month, newest month first, every change exactly once', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 30 }), (list) => {
        const groups = byMonth(list);
        expect(groups.flatMap((g) => g.changes)).toHaveLength(list.length);
        expect(groups.map((g) => g.month)).toEqual([...new Set(list.map((c) => c.date.slice(0, 7)))].sort().reverse());
        for (const g of groups) for (const c of g.changes) expect(c.date.startsWith(g.month)).toBe(true);
      }),
    );
  });
});
