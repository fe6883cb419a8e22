import { beforeEach, describe, expect, it } from 'vitest';
import { documentedYears, initRateYears, rateYear, setRateYear } from './rate-year';
import { MemoryStorage } from '../../test/support/memory-storage';

describe('the shared rules year', () => {
  beforeEach(() => {
    Object.assign(globalThis, { sessionStorage: new MemoryStorage() });
    rateYear.set(undefined);
    documentedYears.set([]);
  });

  it('starts on the newest documented year', () => {
    initRateYears(['2022', '2024']);
    expect(rateYear.get()).toBe('2024');
  });

  it('refuses a year without rules (2023 is not documented)', () => {
    initRateYears(['2022', '2024']);
    expect(setRateYear('2023')).toBe(false);
    expect(rateYear.get()).toBe('2024');
  });

  it('keeps a chosen year for the rest of the session, in sessionStorage under the site prefix', () => {
    initRateYears(['2022', '2024']);
    expect(setRateYear('2022')).toBe(true);
    expect(sessionStorage.getItem('nsp:rate-year')).toBe('2022');
    rateYear.set(undefined);
    initRateYears(['2022', '2024']);
    expect(rateYear.get()).toBe('2022');
  });

  it('lets a page about one year show that year', () => {
    initRateYears(['2022', '2024'], '2022');
    expect(rateYear.get()).toBe('2022');
  });
});
