import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { programme2022, programme2024 } from '../../calculators/tests/load';
import { regionsFileSchema } from '../../src/schemas/regions';

/**
 * content/regions.yaml and content/programme/<year>.yaml both state how many certified shelters
 * take women, men, children and pets. They must never disagree.
 */
const regions = regionsFileSchema.parse(parse(readFileSync('content/regions.yaml', 'utf8')));
const pairs = [
  ['women', 'take-women'],
  ['men', 'take-men'],
  ['children', 'take-children'],
  ['pets', 'take-pets'],
] as const;

describe('regions.yaml agrees with the programme figures', () => {
  for (const programme of [programme2022, programme2024]) {
    it(`${programme.year}: the same counts of shelters by group`, () => {
      const year = regions.years.find((y) => y.year === programme.year);
      expect(year, `regions.yaml has ${programme.year}`).toBeDefined();
      for (const [group, id] of pairs) {
        const stated = programme.shelters.find((s) => s.id === id);
        const ours = year?.accepts[group];
        expect(ours?.documented, `${group} documented`).toBe(true);
        expect(ours && ours.documented ? ours.value : undefined, `${group} in ${programme.year}`).toBe(stated?.value);
      }
    });
  }

  it('2024: five of seven regions, matching the regions marked certified (nsp-2024 section 5)', () => {
    const y = regions.years.find((x) => x.year === 2024);
    expect(y?.statedRegionCount?.value).toBe(5);
    expect(Object.values(y?.regions ?? {}).filter((r) => r.certified)).toHaveLength(5);
  });

  it('a stated region count that does not match the regions is refused', () => {
    const raw = parse(readFileSync('content/regions.yaml', 'utf8'));
    raw.years[1].regions.nord.certified = false;
    const r = regionsFileSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe('years.1.statedRegionCount.value');
  });
});
