/**
 * Site-internal paths are written from the site root ("/programmet/"). `withBase` prefixes the
 * configured base so the same build works at a domain root and under a sub-path.
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  if (!path.startsWith('/')) throw new Error(`withBase expects a root-relative path, got "${path}"`);
  return `${base}${path}`;
}

/** The root-relative path of a page from its file under content/pages/<lang>/. */
export function pathFromContentFile(lang: 'sv' | 'en', relative: string): string {
  const parts = relative.replace(/\.mdx?$/, '').split('/').filter(Boolean);
  if (parts.at(-1) === 'index') parts.pop();
  const prefix = lang === 'en' ? ['en'] : [];
  const all = [...prefix, ...parts];
  return all.length === 0 ? '/' : `/${all.join('/')}/`;
}
