/**
 * How many pages of one folder the explorer writes into every page. The explorer is on every
 * page, so if it listed every page of the site the whole build would grow with the square of the
 * page count; with a cap per folder each page's navigation stays the same size however large the
 * site becomes. The site's own folders are far below the cap, so on the site as it is every page
 * is listed; a folder that outgrows it ends with a link to its full list on the contents page.
 */
export const defaultFolderLimit = 25;

/**
 * Reads the limit from the build's environment (`EXPLORER_FOLDER_LIMIT`); absent means the default.
 * @throws Error naming the variable when the value is not a whole number of at least 1.
 */
export function folderLimitFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return defaultFolderLimit;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`EXPLORER_FOLDER_LIMIT must be a whole number of at least 1 (it was "${value}")`);
  }
  return limit;
}

export interface FolderWindow<T> {
  /** The pages to list, in the folder's order. */
  shown: T[];
  /** How many of the folder's pages are left out. */
  hidden: number;
}

/**
 * The pages of one folder that the explorer lists: all of them when they fit within `limit`;
 * otherwise `limit` consecutive pages, placed so that the current page is among them (with as
 * many of its neighbours before it as after it, where the folder allows), or the first ones when
 * the current page is not in this folder.
 */
export function folderWindow<T extends { path: string }>(pages: readonly T[], currentPath: string | undefined, limit: number): FolderWindow<T> {
  if (pages.length <= limit) return { shown: [...pages], hidden: 0 };
  const at = currentPath === undefined ? -1 : pages.findIndex((p) => p.path === currentPath);
  const start = at === -1 ? 0 : Math.min(Math.max(0, at - Math.floor((limit - 1) / 2)), pages.length - limit);
  return { shown: pages.slice(start, start + limit), hidden: pages.length - limit };
}
