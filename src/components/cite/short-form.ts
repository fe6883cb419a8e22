/**
 * A citation's source title, read out to screen readers, is given once per page: at the first
 * citation of each source, as a printed note gives the full reference first and a short one after
 * (the visible part, "[key, section]", is the same every time). Cite.astro marks the title with
 * `data-source-title`; this keeps the first per source, in document order, drops the repeats and
 * removes the mark. Run on each page's HTML as it is built (src/middleware.ts): a component cannot
 * know which citation comes first, since Astro renders a page's components side by side.
 */
const marked = /<a href="([^"]*)">([^<]*)<span class="visually-hidden" data-pagefind-ignore data-source-title>([^<]*)<\/span><\/a>/g;

export function shortenRepeatedCitations(html: string): string {
  const cited = new Set<string>();
  return html.replace(marked, (_link, href: string, text: string, title: string) => {
    const first = !cited.has(href);
    cited.add(href);
    return `<a href="${href}">${text}${first ? `<span class="visually-hidden" data-pagefind-ignore>${title}</span>` : ''}</a>`;
  });
}
