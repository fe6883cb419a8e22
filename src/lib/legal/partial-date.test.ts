import { describe, expect, it } from 'vitest';
import { chronological, compareDates, formatPartialDate, precisionOf } from './partial-date';

describe('partial dates', () => {
  it('knows how precise a date is', () => {
    expect(precisionOf('2015')).toBe('year');
    expect(precisionOf('2022-03')).toBe('month');
    expect(precisionOf('2022-08-01')).toBe('day');
  });

  it('shows a date only as precisely as it is known, in each language', () => {
    expect(formatPartialDate('2015', 'sv')).toBe('2015');
    expect(formatPartialDate('2022-03', 'sv')).toBe('mars 2022');
    expect(formatPartialDate('2022-08-01', 'sv')).toBe('1 augusti 2022');
    expect(formatPartialDate('2022-03', 'en')).toBe('March 2022');
    expect(formatPartialDate('2022-08-01', 'en')).toBe('1 August 2022');
  });

  it('orders mixed precisions chronologically, the vaguer date first within its span', () => {
    const items = [
      { date: '2022-08-01', seq: 0 },
      { date: '2019-01-01', seq: 1 },
      { date: '2022', seq: 2 },
      { date: '2022-03', seq: 3 },
      { date: '2015', seq: 4 },
      { date: '2022-07-07', seq: 5 },
    ];
    expect(chronological(items).map((i) => i.date)).toEqual(['2015', '2019-01-01', '2022', '2022-03', '2022-07-07', '2022-08-01']);
    expect(items[0]?.date).toBe('2022-08-01');
  });

  it('keeps the data order for events on the same date', () => {
    const items = [
      { date: '2022-08-01', seq: 1 },
      { date: '2022-08-01', seq: 0 },
    ];
    expect(chronological(items).map((i) => i.seq)).toEqual([0, 1]);
    expect(compareDates('2023-12', '2023-12')).toBe(0);
  });
});
