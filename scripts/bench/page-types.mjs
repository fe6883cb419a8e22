/**
 * The page types the benchmark measures, picked from whatever the build holds, by the URL
 * sections of DESIGN.md, so new pages are measured as they arrive. A type with no page yet is
 * reported as not built.
 */
const latest = (pages, re) => pages.filter((p) => re.test(p)).sort().at(-1);

/** @param {string[]} pages site paths of the build @param {(path: string) => number} htmlBytes */
export function pickPageTypes(pages, htmlBytes) {
  const special = /^\/(ersattningar|kalkylator|statistik|sok)\//;
  // The content page: the heaviest Swedish prose page outside the data-driven sections.
  const content = pages
    .filter((p) => p !== '/' && p !== '/404.html' && !p.startsWith('/en/') && !special.test(p))
    .sort((a, b) => htmlBytes(b) - htmlBytes(a))[0];
  return [
    { type: 'start', path: pages.includes('/') ? '/' : undefined },
    { type: 'content page', path: content },
    { type: 'rate table', path: latest(pages, /^\/ersattningar\/\d{4}\/$/) ?? (pages.includes('/ersattningar/') ? '/ersattningar/' : undefined) },
    { type: 'calculator', path: pages.includes('/kalkylator/') ? '/kalkylator/' : undefined },
    { type: 'statistics', path: latest(pages, /^\/statistik\/\d{4}\/$/) ?? (pages.includes('/statistik/') ? '/statistik/' : undefined) },
    { type: 'search', path: pages.includes('/sok/') ? '/sok/' : undefined },
  ];
}
