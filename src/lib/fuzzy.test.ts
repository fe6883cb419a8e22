import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyScore } from './fuzzy';

describe('fuzzy title matching', () => {
  const titles = ['Minimikrav', 'Ersättningar 2022', 'Ersättningar', 'Svensk lag', 'Kortkommandon', 'Självskattning'];

  it('finds a title from scattered letters in order, and not from letters out of order', () => {
    expect(fuzzyScore('mnkrv', 'Minimikrav')).toBeGreaterThan(0);
    expect(fuzzyScore('vrkm', 'Minimikrav')).toBe(0);
  });

  it('ranks a prefix and word starts above scattered letters, shorter titles first', () => {
    expect(fuzzyFilter('ers', titles, (t) => t)).toEqual(['Ersättningar', 'Ersättningar 2022']);
    expect(fuzzyFilter('lag', titles, (t) => t)[0]).toBe('Svensk lag');
  });

  it('matches without diacritics but prefers the exact spelling', () => {
    expect(fuzzyFilter('sjalv', titles, (t) => t)).toEqual(['Självskattning']);
    expect(fuzzyScore('själv', 'Självskattning')).toBeGreaterThan(fuzzyScore('sjalv', 'Självskattning'));
  });

  it('lists everything for an empty query', () => {
    expect(fuzzyFilter('  ', titles, (t) => t)).toHaveLength(titles.length);
  });
});
