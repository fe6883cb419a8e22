import { describe, expect, it } from 'vitest';
import { TermFinder, type TermNames } from './terms';

const entries: TermNames[] = [
  { id: 'betanketid', term: { sv: 'betänketid', en: 'reflection period' }, synonyms: { sv: ['reflektionsperiod'], en: ['recovery and reflection period'] } },
  { id: 'fordjupat-stod', term: { sv: 'fördjupat skydd och stöd', en: 'extended protection and support' }, synonyms: { sv: ['förlängd reflektionsperiod'], en: ['extended reflection period'] } },
  { id: 'nsp', term: { sv: 'Nationella Stödprogrammet', en: 'National Support Programme' }, synonyms: { sv: ['NSP'], en: ['NSP'] } },
  { id: 'lma', term: { sv: 'LMA', en: 'LMA' }, synonyms: { sv: [], en: [] } },
];

describe('TermFinder', () => {
  const sv = new TermFinder(entries, 'sv');
  const en = new TermFinder(entries, 'en');

  it('finds a term and its synonyms in any case, with Swedish endings', () => {
    const found = sv.findAll('Betänketiden är kort. Under reflektionsperioden vilar man.');
    expect(found.map((m) => [m.id, m.text])).toEqual([
      ['betanketid', 'Betänketiden'],
      ['betanketid', 'reflektionsperioden'],
    ]);
  });

  it('prefers the longest name, so a longer term is not split into a shorter one', () => {
    const found = sv.findAll('Efter det kommer en förlängd reflektionsperiod.');
    expect(found.map((m) => m.id)).toEqual(['fordjupat-stod']);
    expect(found[0]?.text).toBe('förlängd reflektionsperiod');
  });

  it('matches whole words only: not inside other words or hyphenated compounds', () => {
    expect(sv.findAll('LMAX och NSP-guiden och klmaa')).toEqual([]);
    expect(sv.findAll('enligt LMA och NSP:s regler').map((m) => m.text)).toEqual(['LMA', 'NSP']);
  });

  it('lets a multi-word term span a line break', () => {
    expect(sv.findAll('Nationella\n  Stödprogrammet').map((m) => m.id)).toEqual(['nsp']);
  });

  it('uses English names and plural endings on English text', () => {
    expect(en.findAll('Two reflection periods and the National Support Programme’s rules').map((m) => m.id)).toEqual(['betanketid', 'nsp']);
    expect(en.findAll('betänketid')).toEqual([]);
  });

  it('refuses a name that leads to two entries, naming both', () => {
    const clash = [...entries, { id: 'other', term: { sv: 'Reflektionsperiod', en: 'other' }, synonyms: { sv: [], en: [] } }];
    expect(() => new TermFinder(clash, 'sv')).toThrow(/"Reflektionsperiod" belongs to both "betanketid" and "other"/);
  });
});
