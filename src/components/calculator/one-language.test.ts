import { describe, expect, it } from 'vitest';
import { oneLanguage } from './one-language';

describe('oneLanguage', () => {
  it('keeps the page language in every sv/en pair and the rest of the data as it is', () => {
    const when = new Date('2026-12-02');
    const data = { year: 2024, label: { sv: 'Reflektionsperiod', en: 'Reflection period' }, list: [{ text: { sv: 'a', en: 'b' }, days: 30 }], when, note: { sv: 'x', en: 'y', extra: 1 } };
    const en = oneLanguage(data, 'en');
    expect(en.label).toEqual({ sv: 'Reflection period', en: 'Reflection period' });
    expect(en.list).toEqual([{ text: { sv: 'b', en: 'b' }, days: 30 }]);
    expect(en.when).toBe(when);
    expect(en.note).toEqual({ sv: 'x', en: 'y', extra: 1 });
    expect(oneLanguage(data, 'sv').label.en).toBe('Reflektionsperiod');
    expect(data.label.en, 'the input is not changed').toBe('Reflection period');
  });
});
