import { describe, expect, it } from 'vitest';
import { changedSince, FILE_FORMAT, readFile, summarise, toFile, type Entries } from './assessment';

const known = ['a', 'b', 'c', 'd'];
const entries: Entries = { a: { answer: 'yes', note: '' }, b: { answer: 'partly', note: 'Rutinen är inte skriven än' }, c: { answer: 'no', note: '' }, d: { note: '' } };

describe('the saved self-assessment file', () => {
  it('round-trips answers and notes, leaving out untouched requirements', () => {
    const text = toFile(entries, known, 'sv', new Date('2026-01-02T03:04:05Z'));
    const json = JSON.parse(text);
    expect(json).toMatchObject({ format: FILE_FORMAT, version: 1, savedAt: '2026-01-02T03:04:05.000Z', lang: 'sv' });
    expect(Object.keys(json.answers)).toEqual(['a', 'b', 'c']);
    const back = readFile(text, known);
    expect(back).toEqual({ ok: true, count: 3, skipped: [], savedAt: '2026-01-02T03:04:05.000Z', entries: { a: { answer: 'yes', note: '' }, b: { answer: 'partly', note: 'Rutinen är inte skriven än' }, c: { answer: 'no', note: '' } } });
  });

  it('a damaged file is refused as not readable', () => {
    expect(readFile('{"format": "nsp-guiden/self-assess', known)).toEqual({ ok: false, reason: 'not-json' });
  });

  it('another JSON file is refused as foreign', () => {
    expect(readFile('{"name": "package", "version": "1.0.0"}', known)).toEqual({ ok: false, reason: 'foreign' });
    expect(readFile('[1,2,3]', known)).toEqual({ ok: false, reason: 'foreign' });
    expect(readFile('null', known)).toEqual({ ok: false, reason: 'foreign' });
  });

  it('a newer format version is refused', () => {
    expect(readFile(JSON.stringify({ format: FILE_FORMAT, version: 2, answers: {} }), known)).toEqual({ ok: false, reason: 'version' });
  });

  it('an invalid answer is refused and located', () => {
    const r = readFile(JSON.stringify({ format: FILE_FORMAT, version: 1, answers: { a: { answer: 'maybe' } } }), known);
    expect(r).toMatchObject({ ok: false, reason: 'invalid', detail: 'answers.a.answer' });
  });

  it('answers to requirements no longer listed are skipped and named', () => {
    const r = readFile(JSON.stringify({ format: FILE_FORMAT, version: 1, answers: { a: { answer: 'no' }, gone: { answer: 'yes' } } }), known);
    expect(r).toEqual({ ok: true, count: 1, skipped: ['gone'], entries: { a: { answer: 'no', note: '' } } });
  });

  it('a huge file is refused before parsing', () => {
    expect(readFile(' '.repeat(1_000_001), known)).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('the summary', () => {
  it('counts progress and lists gaps (partly and no) in list order', () => {
    const s = summarise(known, entries);
    expect(s).toMatchObject({ total: 4, answered: 3, yes: ['a'], partly: ['b'], no: ['c'], open: ['d'], gaps: ['b', 'c'] });
  });
});

describe('answers to items that changed after the file was saved', () => {
  const changes = new Map([['b', '2026-12-01']]);
  it('an older file answering a changed item is flagged, and its answer is kept', () => {
    const back = readFile(toFile(entries, known, 'sv', new Date('2026-06-01T10:00:00Z')), known);
    expect(back.ok && back.entries['b']).toEqual({ answer: 'partly', note: 'Rutinen är inte skriven än' });
    expect(back.ok && changedSince(back.entries, changes, back.savedAt)).toEqual(['b']);
  });
  it('a file saved on or after the change is not flagged', () => {
    const back = readFile(toFile(entries, known, 'sv', new Date('2026-12-01T10:00:00Z')), known);
    expect(back.ok && changedSince(back.entries, changes, back.savedAt)).toEqual([]);
  });
  it('a file that does not say when it was saved is flagged to be safe', () => {
    expect(changedSince({ b: { note: 'x' } }, changes, undefined)).toEqual(['b']);
  });
});
