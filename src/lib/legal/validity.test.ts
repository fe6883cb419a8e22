import { describe, expect, it } from 'vitest';
import type { Provision, TimelineEventData } from '../../schemas/legal';
import { resolveTimelineEvent, validityProblems } from './validity';

const ref = { key: 'sou-2023-97', section: '4.6.1' } as const;
const provision = (id: string, validity: Provision['validity']) => ({ id, validity });

describe('a provision’s validity against the as-of date', () => {
  it('flags a provision marked in force whose end date is on or before the as-of date, naming it', () => {
    const problems = validityProblems(
      [provision('old-act', { status: 'in-force', statusSource: ref, inForceUntil: { date: '2026-12-01', source: ref } })],
      '2026-12-01',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/legal/provisions.yaml: entry "old-act": marked in force');
  });

  it('accepts an end date after the as-of date, and a repealed provision that has ended', () => {
    expect(
      validityProblems(
        [
          provision('ending-later', { status: 'in-force', statusSource: ref, inForceUntil: { date: '2027-01-01', source: ref } }),
          provision('ended', { status: 'repealed', statusSource: ref, inForceUntil: { date: '2025-06-30', source: ref } }),
        ],
        '2026-12-01',
      ),
    ).toEqual([]);
  });

  it('flags a provision marked in force that only starts after the as-of date', () => {
    const problems = validityProblems([provision('future', { status: 'in-force', statusSource: ref, inForceFrom: { date: '2027', source: ref } })], '2026-12-01');
    expect(problems[0]).toContain('entry "future": marked in force, but validity.inForceFrom (2027) is after the as-of date');
  });

  it('flags a replacement that names a provision the data does not have', () => {
    const problems = validityProblems(
      [provision('old', { status: 'repealed', statusSource: ref, inForceUntil: { date: '2025-06-30', source: ref }, replacedBy: { provision: 'nowhere', sv: 'x x', en: 'x x', source: ref } })],
      '2026-12-01',
    );
    expect(problems).toEqual(['content/legal/provisions.yaml: entry "old": validity.replacedBy.provision "nowhere" is not an entry of content/legal/provisions.yaml.']);
  });
});

describe('timeline dates taken from the provisions', () => {
  const event = (over: Partial<TimelineEventData>): TimelineEventData => ({
    id: 'e',
    seq: 0,
    topic: 'swedish-law',
    event: { sv: 'Något händer.', en: 'Something happens.' },
    alsoSee: [],
    ...over,
  });
  const byId = new Map([['new-act', { validity: { status: 'in-force' as const, statusSource: ref, inForceFrom: { date: '2025-07-01', source: ref } } }]]);

  it('uses the provision’s date and the source of that date', () => {
    const resolved = resolveTimelineEvent(event({ validityOf: { provision: 'new-act', date: 'inForceFrom' } }), byId);
    expect(resolved.date).toBe('2025-07-01');
    expect(resolved.source).toEqual(ref);
  });

  it('names the event when the provision has no such date', () => {
    expect(() => resolveTimelineEvent(event({ validityOf: { provision: 'new-act', date: 'inForceUntil' } }), byId)).toThrow(
      'content/legal/timeline.yaml: entry "e": provision "new-act" has no validity.inForceUntil',
    );
  });
});
