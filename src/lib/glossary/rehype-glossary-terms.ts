import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Lang } from '../../i18n';
import { glossaryPath } from './paths';
import { TermFinder, type TermNames } from './terms';

/**
 * Term linking for the MDX pages (applied by the Sätteri plugin in satteri-glossary-terms.ts, the
 * rehype stage of Astro 7's MDX pipeline): the first time a page uses a glossary term (or one of its
 * synonyms) in running text, that word becomes a link to the term's definition,
 * `<a class="term" href="/ordlista/#id">`. Headings, links, code and components stay untouched, and
 * the glossary page itself gets no links. Every page that uses a term also carries the term's other
 * names in an attribute Pagefind indexes, so searching "betänketid" finds a page that only says
 * "reflektionsperiod".
 */
export interface GlossaryTermsOptions {
  /** The site's base path from the Astro config ("/" or "/sub/path/"). */
  base: string;
  /** The glossary entries; a function so the file is read (and validated) only when a page is built. */
  entries: () => readonly TermNames[];
}

/** Elements whose text is never linked: a term there is already a label, a link or code. */
const skipTags = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'button', 'label', 'dfn', 'abbr', 'template', 'textarea', 'select', 'option']);
/** Elements whose text is not even counted as a use (code and scripts are not prose). */
const ignoreTags = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'template']);
/** MDX components whose children are not the page's prose. */
// PageLink renders an <a>: a term link inside it would nest links.
const skipComponents = new Set(['Cite', 'SourceList', 'Glossary', 'PageLink']);

/** The attribute that carries a page's term names into the search index. */
export const searchNamesAttribute = 'data-glossary-names';

/** The page language from its file: content/pages/<lang>/… . */
export function langOfFile(path: string): Lang | undefined {
  const match = /(?:^|[\\/])pages[\\/](sv|en)[\\/]/.exec(path);
  return match ? (match[1] as Lang) : undefined;
}

/** One planned change: replace a text node (at `index` in `parent`) with text and term links. */
interface Edit {
  parent: { children: unknown[] };
  node: Text;
  replacement: ElementContent[];
}

/** Links first uses in `tree` (mutating it) and appends the search names; exported for unit tests. */
export function linkTerms(tree: Root, finder: TermFinder, entries: readonly TermNames[], lang: Lang, base: string): void {
  const plan = planTermLinks(tree, finder, entries, lang, base);
  for (const edit of plan.edits) {
    const at = edit.parent.children.indexOf(edit.node);
    edit.parent.children.splice(at, 1, ...edit.replacement);
  }
  if (plan.names) tree.children.push(plan.names);
}

/**
 * Reads a page's tree and plans the links (first eligible use of each term) and the element that
 * carries the used terms' names into the search index. Pure: the tree is not changed, so the same
 * plan serves a mutable unified tree and Sätteri's read-only one.
 */
export function planTermLinks(
  tree: Root,
  finder: TermFinder,
  entries: readonly TermNames[],
  lang: Lang,
  base: string,
): { edits: Edit[]; names: Element | undefined } {
  const linked = new Set<string>();
  const used = new Set<string>();
  const edits: Edit[] = [];
  const href = (id: string) => `${base.replace(/\/+$/, '')}${glossaryPath(lang)}#${id}`;

  const visit = (parent: { children: unknown[] }, linkable: boolean): void => {
    for (const child of parent.children) {
      const node = child as RootContent | MdxLike;
      if (node.type === 'text') {
        const replacement = linkInText(node as Text, finder, linkable, linked, used, href);
        if (replacement) edits.push({ parent, node: node as Text, replacement });
      } else if (node.type === 'element') {
        const el = node as Element;
        if (ignoreTags.has(el.tagName)) continue;
        visit(el, linkable && !skipTags.has(el.tagName) && !isTermLink(el));
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const jsx = node as MdxLike;
        if (jsx.name && skipComponents.has(jsx.name)) continue;
        visit(jsx, linkable && jsx.name !== 'a' && !/^h[1-6]$/.test(jsx.name ?? ''));
      }
    }
  };
  visit(tree, true);

  let names: Element | undefined;
  if (used.size > 0) {
    const all = entries
      .filter((e) => used.has(e.id))
      .flatMap((e) => [e.term[lang], ...e.synonyms[lang], ...(lang === 'en' ? [e.term.sv] : [])]);
    names = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['glossary-names'], dataPagefindIndexAttrs: searchNamesAttribute, dataGlossaryNames: [...new Set(all)].join(' · ') },
      children: [],
    };
  }
  return { edits, names };
}

interface MdxLike {
  type: string;
  name?: string | null;
  children: unknown[];
}

function isTermLink(el: Element): boolean {
  const cls = el.properties?.['className'];
  return Array.isArray(cls) && cls.includes('term');
}

function linkInText(
  node: Text,
  finder: TermFinder,
  linkable: boolean,
  linked: Set<string>,
  used: Set<string>,
  href: (id: string) => string,
): ElementContent[] | undefined {
  const matches = finder.findAll(node.value);
  for (const m of matches) used.add(m.id);
  if (!linkable) return undefined;
  const firsts = matches.filter((m) => {
    if (linked.has(m.id)) return false;
    linked.add(m.id);
    return true;
  });
  if (firsts.length === 0) return undefined;
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of firsts) {
    if (m.start > at) out.push({ type: 'text', value: node.value.slice(at, m.start) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { className: ['term'], href: href(m.id) },
      children: [{ type: 'text', value: m.text }],
    });
    at = m.end;
  }
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}
