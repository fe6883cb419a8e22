import type { Lang } from '../../i18n';

/**
 * Where the glossary and the bibliography live, without the base path. Components add the base
 * with `withBase`; the rehype plugin, which runs outside Vite, adds the base it is given.
 */
export function glossaryPath(lang: Lang): string {
  return lang === 'sv' ? '/ordlista/' : '/en/glossary/';
}

export function sourcesPath(lang: Lang): string {
  return lang === 'sv' ? '/kallor/' : '/en/sources/';
}
