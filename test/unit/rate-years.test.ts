import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentedRateYears, undocumentedGaps } from '../../src/lib/rate-years';

describe('documented rules years', () => {
  it('are the year files in content/rates, oldest first, ignoring other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsp-rates-'));
    mkdirSync(join(dir, 'rates'));
    for (const name of ['2024.yaml', '2022.yaml', 'README.md', 'draft-2025.yaml']) writeFileSync(join(dir, 'rates', name), '');
    expect(documentedRateYears(dir)).toEqual(['2022', '2024']);
  });

  it('are none when there is no rates folder yet', () => {
    expect(documentedRateYears(mkdtempSync(join(tmpdir(), 'nsp-empty-')))).toEqual([]);
  });

  it('name the years in between that have no rules file', () => {
    expect(undocumentedGaps(['2022', '2024'])).toEqual(['2023']);
    expect(undocumentedGaps(['2024'])).toEqual([]);
    expect(undocumentedGaps([])).toEqual([]);
  });
});
