import { getCollection } from 'astro:content';
import type { SiteRoute } from './routes';

/**
 * Pages generated from data or code rather than written as MDX (e.g. one rates page per year
 * file). Each provider returns routes in both languages; `src/pages/[...slug].astro` renders
 * them by `kind` through `src/components/generated/GeneratedPage.astro`.
 */
const providers: Array<() => Promise<SiteRoute[]>> = [searchPages, shortcutsPages, contentsPages, ratesYearPages, changesPages];

export async function generatedRoutes(): Promise<SiteRoute[]> {
  return (await Promise.all(providers.map((provide) => provide()))).flat();
}

async function searchPages(): Promise<SiteRoute[]> {
  const common = { key: 'search', section: 'reference', order: 900, kind: 'search' } as const;
  return [
    { ...common, lang: 'sv', path: '/sok/', title: 'Sök', navTitle: 'Sök', description: 'Sök i hela NSP-guiden: programmet, ersättningarna, certifieringen, lagarna och statistiken.' },
    { ...common, lang: 'en', path: '/en/search/', title: 'Search', navTitle: 'Search', description: 'Search the whole NSP-guiden: the programme, its rates, certification, the law and the statistics.' },
  ];
}

/** The keyboard shortcuts, rendered from the one list in src/lib/shortcuts.ts. */
async function shortcutsPages(): Promise<SiteRoute[]> {
  const common = { key: 'shortcuts', section: 'reference', order: 30, kind: 'shortcuts' } as const;
  return [
    { ...common, lang: 'sv', path: '/kortkommandon/', title: 'Kortkommandon', navTitle: 'Kortkommandon', description: 'Alla kortkommandon i NSP-guiden: kommandopaletten, snabbutgången, utforskaren och flikarna.' },
    { ...common, lang: 'en', path: '/en/shortcuts/', title: 'Keyboard shortcuts', navTitle: 'Shortcuts', description: 'Every keyboard shortcut of NSP-guiden: the command palette, the quick exit, the explorer and the tabs.' },
  ];
}

/**
 * Every page, folder by folder: the site map that works without JavaScript, and where a long
 * explorer folder links to for the pages it leaves out (see src/lib/explorer/folder-window.ts).
 */
async function contentsPages(): Promise<SiteRoute[]> {
  const common = { key: 'contents', section: 'reference', order: 20, kind: 'contents' } as const;
  return [
    { ...common, lang: 'sv', path: '/innehall/', title: 'Innehåll', navTitle: 'Innehåll', description: 'Alla sidor i NSP-guiden, avsnitt för avsnitt, med en kort beskrivning av varje sida.' },
    { ...common, lang: 'en', path: '/en/contents/', title: 'Contents', navTitle: 'Contents', description: 'Every page of NSP-guiden, section by section, with a short description of each page.' },
  ];
}

/**
 * One rates page per file in content/rates/ (`/ersattningar/<year>/`, `/en/rates/<year>/`):
 * adding a year's data file adds its pages, explorer entries and search entries.
 */
async function ratesYearPages(): Promise<SiteRoute[]> {
  const files = (await getCollection('rates')).map((e) => e.data).sort((a, b) => a.year - b.year);
  return files.flatMap(({ year, reviewed }, i) => {
    // Newest first in the explorer, after the comparison page (order 0).
    const common = { key: `rates/${year}`, section: 'rates', order: 10 + (files.length - i), kind: 'rates-year', params: { year: String(year) }, ...(reviewed ? { reviewed } : {}) } as const;
    return [
      { ...common, lang: 'sv', path: `/ersattningar/${year}/`, title: `Ersättningar ${year}`, navTitle: String(year), description: `Alla ersättningar, tak och villkor i Nationella Stödprogrammet ${year}, med källa till varje belopp.` },
      { ...common, lang: 'en', path: `/en/rates/${year}/`, title: `Rates in ${year}`, navTitle: String(year), description: `Every rate, limit and condition of the National Support Programme in ${year}, with the source of each figure.` },
    ];
  });
}

/** Every change on the site, newest first (src/components/change-notes/WhatsNew.astro); its RSS feed sits beside it. */
async function changesPages(): Promise<SiteRoute[]> {
  const common = { key: 'changes', section: 'reference', order: 25, kind: 'changes' } as const;
  return [
    { ...common, lang: 'sv', path: '/andringar/', title: 'Ändringar', navTitle: 'Ändringar', description: 'Allt som har ändrats i NSP-guiden, nyast först: regler, belopp, lagar och statistik, med länk till sidan som ändrades.' },
    { ...common, lang: 'en', path: '/en/whats-new/', title: "What's new", navTitle: "What's new", description: 'Everything that changed in NSP-guiden, newest first: rules, amounts, laws and statistics, with a link to the page that changed.' },
  ];
}
