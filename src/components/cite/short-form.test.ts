import { describe, expect, it } from 'vitest';
import { shortenRepeatedCitations } from './short-form';

const cite = (key: string, section: string, title: string) =>
  `<span class="cite"><a href="/kallor/#${key}">[${key}, ${section}]<span class="visually-hidden" data-pagefind-ignore data-source-title> – Källa: ${title}</span></a></span>`;

describe('citations on a page', () => {
  it('give each source its title at its first citation only, in document order', () => {
    const html = `<p>A ${cite('sou-2023-97', '4.3', 'Ut ur utsatthet')} B ${cite('nsp-2024', '3.1', 'Årsrapport 2024')}</p><p>C ${cite('sou-2023-97', '8.2.2', 'Ut ur utsatthet')}</p>`;
    const out = shortenRepeatedCitations(html);
    expect(out.match(/ – Källa: Ut ur utsatthet/g)).toHaveLength(1);
    expect(out.indexOf('Ut ur utsatthet')).toBeLessThan(out.indexOf('[sou-2023-97, 8.2.2]'));
    expect(out).toContain('[nsp-2024, 3.1]<span class="visually-hidden" data-pagefind-ignore> – Källa: Årsrapport 2024</span>');
    expect(out).toContain('<a href="/kallor/#sou-2023-97">[sou-2023-97, 8.2.2]</a>');
    expect(out, 'no mark left behind').not.toContain('data-source-title');
  });

  it('leave a page without citations as it is', () => {
    const html = '<p><a href="/kallor/">Källor</a></p>';
    expect(shortenRepeatedCitations(html)).toBe(html);
  });
});
