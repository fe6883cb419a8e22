import { pageListUrl, type ListedPage } from './page-list';

let loading: Promise<ListedPage[]> | undefined;

/**
 * The page's language's full page list, fetched once per page view and shared by the explorer
 * and the palette. A failed fetch is forgotten so that the next attempt tries again.
 * @throws when the file cannot be fetched or is not a list of pages.
 */
export function loadPageList(): Promise<ListedPage[]> {
  loading ??= fetch(pageListUrl(import.meta.env.BASE_URL, document.documentElement.lang))
    .then(async (response) => {
      if (!response.ok) throw new Error(`page list: HTTP ${response.status}`);
      const body: unknown = await response.json();
      if (!Array.isArray(body)) throw new Error('page list: not a list');
      return body as ListedPage[];
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
