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

/**
 * The hits of one query, loaded a page at a time: Pagefind ranks every match at once, but each
 * hit's text (its fragment, a few kB) is fetched only when that hit is shown.
 */
export interface SearchResults {
  /** How many pages match in all. */
  total: number;
  /** The hits loaded so far, best first. */
  hits: SearchHit[];
  /** Loads the next `count` hits and adds them to `hits`; returns only the new ones. */
  more: (count: number) => Promise<SearchHit[]>;
}

type PagefindData = Awaited<ReturnType<PagefindResult['data']>>;
const toHit = (d: PagefindData): SearchHit => ({ url: d.url, title: d.meta['title'] ?? d.url, excerpt: d.excerpt, filters: d.filters ?? {} });

/** Runs a query and loads the first `first` hits' text; `more` loads the rest when asked. */
export async function searchPaged(query: string, first: number, options: { filters?: Record<string, string> } = {}): Promise<SearchResults> {
  const trimmed = query.trim();
  const pagefind = trimmed ? await loadPagefind() : undefined;
  const response = pagefind ? await pagefind.search(trimmed, options.filters ? { filters: options.filters } : {}) : null;
  const all = response?.results ?? [];
  const hits: SearchHit[] = [];
  const more = async (count: number) => {
    const next = (await Promise.all(all.slice(hits.length, hits.length + count).map((r) => r.data()))).map(toHit);
    hits.push(...next);
    return next;
  };
  await more(first);
  return { total: all.length, hits, more };
}

/** The first `limit` hits of a query (20 unless told), with their text. */
export async function search(query: string, options: { limit?: number; filters?: Record<string, string> } = {}): Promise<SearchHit[]> {
  return (await searchPaged(query, options.limit ?? 20, options)).hits;
}
