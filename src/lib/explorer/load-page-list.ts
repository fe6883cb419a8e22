import { fetchJson } from '../fetch-json';
import { pageListUrl, type ListedPage } from './page-list';

let loading: Promise<ListedPage[]> | undefined;

/** Whether `value` is a list, all that is checked of the page list, as before it had this helper. */
const isPageList = (value: unknown): value is ListedPage[] => Array.isArray(value);

/**
 * The page's language's full page list, fetched once per page view and shared by the explorer
 * and the palette. A failed fetch is forgotten so that the next attempt tries again.
 * @throws when the file cannot be fetched or is not a list of pages.
 */
export function loadPageList(): Promise<ListedPage[]> {
  loading ??= fetchJson(pageListUrl(import.meta.env.BASE_URL, document.documentElement.lang), isPageList, 'page list')
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
