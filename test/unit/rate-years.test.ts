import { describe, expect, it } from 'vitest';
import { undocumentedGaps } from '../../src/lib/rate-years';

describe('undocumented rules years', () => {
  it('are the years in between that have no rules file', () => {
    expect(undocumentedGaps(['2022', '2024'])).toEqual(['2023']);
    expect(undocumentedGaps(['2024'])).toEqual([]);
    expect(undocumentedGaps([])).toEqual([]);
  });
});
