import { describe, expect, it } from 'vitest';
import { headingText } from './heading-text';

describe('outline entries read as the heading shows', () => {
  it('parts laid out on their own lines are kept apart, not run together', () => {
    // What a browser reports for <h3><span style="display:block">4 kap. 1 a §</span><span>Brottet människohandel</span></h3>.
    const h3 = { innerText: '4 kap. 1 a §\nBrottet människohandel', textContent: '4 kap. 1 a §Brottet människohandel' };
    expect(headingText(h3)).toBe('4 kap. 1 a § Brottet människohandel');
  });
  it('falls back to the text when the layout gives none (e.g. not rendered), trimming spaces', () => {
    expect(headingText({ innerText: '', textContent: '  Villkor \n för ersättning ' })).toBe('Villkor för ersättning');
    expect(headingText({ textContent: null })).toBe('');
  });
});
