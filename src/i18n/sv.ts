/**
 * Swedish UI strings: the site's default language. One flat dotted-key map; en.ts must
 * have exactly the same keys (the type check enforces it). Placeholders: {name}.
 */
export const sv = {
  'site.name': 'NSP-guiden',
  'site.tagline': 'Oberoende guide till Nationella Stödprogrammet',
  'skip.toMain': 'Hoppa till innehållet',
  'lang.name': 'Svenska',
  'lang.switch': 'In English',
  'lang.switchLabel': 'Läs den här sidan på engelska',
  'nav.main': 'Webbplatsens innehåll',
  'nav.breadcrumbs': 'Du är här',
  'section.start': 'Start',
  'section.programme': 'Programmet',
  'section.rates': 'Ersättningar',
  'section.certification': 'Certifiering',
  'section.calculators': 'Kalkylatorer',
  'section.legal': 'Rättslig ram',
  'section.statistics': 'Statistik',
  'section.reference': 'Referens',
  'search.title': 'Sök',
  'search.label': 'Sök på webbplatsen',
  'search.submit': 'Sök',
  'search.noJs': 'Sökningen behöver JavaScript. Utan det kan du bläddra i innehållet via menyn.',
  'search.loading': 'Söker …',
  'search.none': 'Inga träffar för ”{query}”.',
  'search.count': '{count} träffar för ”{query}”.',
  'search.countOne': '1 träff för ”{query}”.',
  'search.failed': 'Sökningen kunde inte laddas. Försök att ladda om sidan.',
  'notFound.title': 'Sidan finns inte',
  'notFound.body': 'Vi hittar ingen sida på den adressen. Den kan ha flyttats, eller så är adressen felskriven.',
  'notFound.home': 'Gå till startsidan',
  'notFound.search': 'Sök på webbplatsen',
  'footer.privacy': 'Webbplatsen använder inga kakor och ingen statistik, och den hämtar inget från andra webbplatser.',
  'footer.independent': 'NSP-guiden sammanfattar offentliga rapporter. Programmets egna dokument gäller före det som står här.',
  'cite.text': '[{key}, {section}]',
  'cite.label': 'Källa: {title}, avsnitt {section}',
  'sources.covers': 'avser {period}',
  'sources.key': 'Källnyckel',
  'sources.address': 'Adress',
} as const;

export type UiKey = keyof typeof sv;
