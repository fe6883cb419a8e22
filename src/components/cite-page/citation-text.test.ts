import { describe, expect, it } from 'vitest';
import { citationText, describeSource } from './citation-text';

describe('the "cite this page" text', () => {
  const source = { publisher: 'Plattformen Civila Sverige mot människohandel', year: 2025, title: 'Nationella Stödprogrammet – Årsrapport 2024' };

  it('names site, title, address, date and each source with its sections', () => {
    const text = citationText({
      siteName: 'NSP-guiden',
      title: 'Om programmet',
      url: 'https://example.org/programmet/',
      dated: 'Granskad 3 maj 2025',
      sources: [describeSource(source, ['1 Om programmet', '1.1 Tillträde, utträde'], 'avsnitt', 'sv-SE')],
      labels: { retrieved: 'Hämtad från {url}', basedOn: 'Bygger på' },
      lang: 'sv',
    });
    expect(text).toBe(
      'NSP-guiden: ”Om programmet”. Hämtad från https://example.org/programmet/. Granskad 3 maj 2025. ' +
        'Bygger på: Plattformen Civila Sverige mot människohandel (2025), Nationella Stödprogrammet – Årsrapport 2024, avsnitt ”1 Om programmet” och ”1.1 Tillträde, utträde”.',
    );
  });

  it('leaves out the sources sentence when a page names none, and uses English quotes in English', () => {
    const text = citationText({ siteName: 'NSP-guiden', title: 'Search', url: '/en/search/', dated: 'Version of 1 June 2025', sources: [], labels: { retrieved: 'Retrieved from {url}', basedOn: 'Based on' }, lang: 'en' });
    expect(text).toBe('NSP-guiden: “Search”. Retrieved from /en/search/. Version of 1 June 2025.');
  });
});
