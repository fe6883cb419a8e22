import { describe, expect, test } from 'vitest';
import { basisMarker, basisText, describeBasis, describeNotDocumented, formatSourceRef } from '../basis';
import { rules2024 } from './load';

describe('basis: how strong a figure is, in words', () => {
  test('stated figures get no marker and no CSV text', () => {
    expect(describeBasis(undefined, 'sv')).toEqual({ kind: 'stated', marker: null, detail: null });
    expect(describeBasis({ kind: 'stated' }, 'en').marker).toBeNull();
    expect(basisText(describeBasis(undefined, 'sv'))).toBe('');
  });
  test('a derived figure says "härlett"/"derived", how and from which source', () => {
    const basis = {
      kind: 'derived' as const,
      how: { sv: 'Halva vuxenersättningen.', en: 'Half the adult rate.' },
      from: [{ key: 'nsp-2024' as const, section: '1.2 Tillgängliga stödinsatser under 2024' }],
    };
    const sv = describeBasis(basis, 'sv');
    expect(sv.marker).toBe('härlett');
    expect(basisText(sv)).toBe('härlett: Halva vuxenersättningen. Ur: nsp-2024, 1.2 Tillgängliga stödinsatser under 2024.');
    expect(basisText(describeBasis(basis, 'en'))).toBe('derived: Half the adult rate. From: nsp-2024, 1.2 Tillgängliga stödinsatser under 2024.');
  });
  test('not documented says so, with what is missing', () => {
    const v = describeNotDocumented({ sv: 'Rapporten anger inget belopp.', en: 'The report gives no amount.' }, 'en');
    expect(v.marker).toBe('not documented');
    expect(basisText(v)).toBe('not documented: The report gives no amount.');
    expect(basisMarker('not-documented', 'sv')).toBe('ej dokumenterat');
  });
  test('the 2024 support-only rate is marked derived in the data', () => {
    const so = rules2024['interventions']['support-only'];
    expect(so.offered).toBe(true);
    if (!so.offered) return;
    const v = describeBasis(so.rate.basis, 'sv');
    expect(v.kind).toBe('derived');
    expect(v.detail).toContain('nsp-2024');
  });
  test('source references read as the citations do', () => {
    expect(formatSourceRef({ key: 'nsp-2022', section: '3' })).toBe('nsp-2022, 3');
  });
});
