import { pagefindRanking } from './search-options';

/**
 * Lazy access to the Pagefind index written at build time. Nothing loads until the first
 * query, and every file comes from this site's own origin.
 */
export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: our own page text with matches wrapped in <mark>. */
  excerpt: string;
  /** Filter values (e.g. section) attached to the page at build time. */
  filters: Record<string, string[]>;
}

interface PagefindResult {
  data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string; filters?: Record<string, string[]> }>;
}
interface PagefindModule {
  init: () => Promise<void> | void;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  filters?: () => Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindModule> | undefined;

/** The base path is read from the page (`data-base` on <html> or the BASE_URL of the build). */
export function loadPagefind(base: string = import.meta.env.BASE_URL): Promise<PagefindModule> {
  const root = base.endsWith('/') ? base : `${base}/`;
  loading ??= (import(/* @vite-ignore */ `${root}pagefind/pagefind.js`) as Promise<PagefindModule>).then(
    async (pagefind) => {
      await pagefind.options({ baseUrl: root, excerptLength: 24, ranking: pagefindRanking });
      await pagefind.init();
      return pagefind;
    },
  );
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export async function search(
  query: string,
  options: { limit?: number; filters?: Record<string, string> } = {},
): Promise<SearchHit[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const pagefind = await loadPagefind();
  const response = await pagefind.search(trimmed, options.filters ? { filters: options.filters } : {});
  if (!response) return [];
  const top = response.results.slice(0, options.limit ?? 20);
  const data = await Promise.all(top.map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta['title'] ?? d.url,
    excerpt: d.excerpt,
    filters: d.filters ?? {},
  }));
}
