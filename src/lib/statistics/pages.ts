/** Where each dataset's page is, per language (the downloads are language-neutral, under /statistik/data/). */
import type { Lang } from '../../i18n';

const slugs: Record<string, Record<Lang, string>> = {
  'nsp-2022': { sv: '/statistik/2022/', en: '/en/statistics/2022/' },
  'nsp-2024': { sv: '/statistik/2024/', en: '/en/statistics/2024/' },
  'civilsamhallet-2024': { sv: '/statistik/civilsamhallet-2024/', en: '/en/statistics/civil-society-2024/' },
};

/** Root-relative path of a dataset's page; a dataset without a page stops the build. */
export function datasetPagePath(dataset: string, lang: Lang): string {
  const s = slugs[dataset];
  if (!s) throw new Error(`statistics: dataset "${dataset}" has no page; add it to src/lib/statistics/pages.ts`);
  return s[lang];
}

/** Root-relative path of a download. */
export function downloadPath(dataset: string, format: 'csv' | 'json'): string {
  return `/statistik/data/${dataset}.${format}`;
}

/** The anchor of a discrepancy remark on its dataset's page. */
export function discrepancyAnchor(dataset: string, id: string): string {
  return `avvikelse-${dataset}-${id}`;
}

/** The page's language from its URL (components render on one page at a time). */
export function langOf(url: URL): Lang {
  return url.pathname.includes('/en/') ? 'en' : 'sv';
}
