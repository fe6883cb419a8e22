import { describe, expect, test } from 'vitest';
import { addDays, calculateSupportCost, decodePlan, encodePlan, formatKronor, inclusiveDayCount, linesToCsv, parseIsoDate, splitAtYearEnds, toCsv, alignPlanToYear, type SupportPlan } from '../index';
import { rules2022, rules2024 } from './load';

describe('dates (inclusive ranges)', () => {
  test('strict ISO parsing rejects impossible dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2023-02-29', '2024-02-30', '2024-13-01', '2024-1-01', '24-01-01', '2024-01-01T00:00', '', 20240101, null]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
  });
  test('N days from D end on D+N−1 and count N days inclusive', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(inclusiveDayCount('2024-03-01', addDays('2024-03-01', 29))).toBe(30);
    expect(inclusiveDayCount('2024-03-01', '2024-03-01')).toBe(1);
    expect(inclusiveDayCount('2024-03-02', '2024-03-01')).toBe(0);
  });
  test('a range is split at 31 December', () => {
    expect(splitAtYearEnds('2024-12-30', '2025-01-02')).toEqual([
      { from: '2024-12-30', to: '2024-12-31', days: 2 },
      { from: '2025-01-01', to: '2025-01-02', days: 2 },
    ]);
  });
});

describe('money', () => {
  test('Swedish: "1 320 kr" with U+00A0 no-break spaces', () => {
    expect(formatKronor(1320, 'sv')).toBe('1\u00a0320\u00a0kr');
    expect(formatKronor(3_107_474, 'sv')).toBe('3\u00a0107\u00a0474\u00a0kr');
  });
  test('English: "SEK 1,320" with U+00A0 after SEK', () => {
    expect(formatKronor(1320, 'en')).toBe('SEK\u00a01,320');
    expect(formatKronor(712_800, 'en')).toBe('SEK\u00a0712,800');
  });
  test('a non-finite amount is shown as a dash, never "NaN"', () => {
    expect(formatKronor(Number.NaN, 'sv')).toBe('–');
  });
});

describe('csv', () => {
  test('RFC 4180 quoting and CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'x\ny']])).toBe('a,"b,c","say ""hi""","x\ny"\r\n');
  });
  test('the lines of an estimate with a header and a formula-safe label', () => {
    const e = calculateSupportCost(rules2024, { start: '2024-03-01', children: 0, periods: [{ intervention: 'reflection', days: 30 }], pointInterventions: [{ label: '=HYPERLINK("x")', amount: 100 }] });
    const rows = linesToCsv(e, 'en').split('\r\n');
    expect(rows[0]).toBe('Period,Intervention,Kind,From,To,Days,Paid days,SEK per day,Amount (SEK),After year end,Source,Basis');
    expect(rows[1]).toBe('1,reflection period,Daily compensation,2024-03-01,2024-03-30,30,30,1320,39600,no,nsp-2024 1.2 Tillgängliga stödinsatser under 2024,');
    expect(rows[2]).toBe(`,"'=HYPERLINK(""x"")",Point intervention,2024-03-01,2024-03-01,0,0,0,100,no,,`);
  });
});

describe('plan link', () => {
  const p: SupportPlan = {
    start: '2022-11-01', children: 2, extraSupplementDays: 5, dailyDeduction: 71,
    periods: [{ intervention: 'reflection', days: 30 }, { intervention: 'support-only', days: 90, paidDays: 26 }],
    pointInterventions: [{ label: 'Tandvård & resa~1', amount: 1500 }],
  };
  test('round trip keeps the plan and the year', () => {
    expect(decodePlan('#' + encodePlan(p, 2022))).toEqual({ ok: true, plan: p, year: 2022 });
  });
  test('damaged fragments give a message, never an exception', () => {
    for (const f of ['', '#', 'v=9&y=2024', 'v=1&y=20x4&s=2024-01-01', 'v=1&y=2024&s=2024-02-30', 'v=1&y=2024&s=2024-01-01&p=reflection.-3', 'v=1&y=2024&s=2024-01-01&p=bogus.3', '%E0%A4%A', 'v=1&y=2024&s=2024-01-01&pi=nolabel']) {
      const r = decodePlan(f);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
    }
    const v = decodePlan('v=9', { locale: 'en' });
    expect(!v.ok && v.message).toBe('The link has an unknown version (9); the defaults are used.');
  });
});

describe('compare years', () => {
  test('alignPlanToYear moves the start so the same plan can run under each year without a mismatch', () => {
    const p: SupportPlan = { start: '2024-02-29', children: 0, periods: [{ intervention: 'reflection', days: 30 }] };
    const e = calculateSupportCost(rules2022, alignPlanToYear(p, 2022));
    expect(e.lines[0]?.from).toBe('2022-02-28');
    expect(e.total).toBe(36_000);
    expect(e.problems).toEqual([]);
  });
});
