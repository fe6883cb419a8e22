import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { linkTerms } from './rehype-glossary-terms';
import { glossaryTermsPlugin } from './satteri-glossary-terms';
import { TermFinder, type TermNames } from './terms';

const entries: TermNames[] = [
  { id: 'betanketid', term: { sv: 'betänketid', en: 'reflection period' }, synonyms: { sv: ['reflektionsperiod'], en: [] } },
  { id: 'tut', term: { sv: 'tidsbegränsat uppehållstillstånd', en: 'temporary residence permit' }, synonyms: { sv: ['TUT'], en: ['TUT'] } },
];

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, ...children: Array<Element | ReturnType<typeof text>>): Element => ({ type: 'element', tagName, properties: {}, children });

function run(children: RootContent[], lang: 'sv' | 'en' = 'sv', base = '/'): string {
  const tree: Root = { type: 'root', children };
  linkTerms(tree, new TermFinder(entries, lang), entries, lang, base);
  return toHtml(tree);
}

describe('linking the first use of a glossary term', () => {
  it('links only the first use on the page, keeping the reader’s words', () => {
    const html = run([el('p', text('Hon fick betänketid. Efter betänketiden fick hon TUT.')), el('p', text('Betänketid igen.'))]);
    expect(html).toContain('Hon fick <a class="term" href="/ordlista/#betanketid">betänketid</a>. Efter betänketiden fick hon <a class="term" href="/ordlista/#tut">TUT</a>.');
    expect(html.match(/class="term"/g)).toHaveLength(2);
    expect(html).toContain('<p>Betänketid igen.</p>');
  });

  it('a synonym counts as a use of its entry', () => {
    const html = run([el('p', text('En reflektionsperiod och sedan betänketid.'))]);
    expect(html).toContain('En <a class="term" href="/ordlista/#betanketid">reflektionsperiod</a> och sedan betänketid.');
  });

  it('never links inside headings, links or code, but links the next use in prose', () => {
    const link = { ...el('a', text('betänketid')), properties: { href: '/x/' } };
    const html = run([el('h2', text('Betänketid')), el('p', link), el('p', el('code', text('betänketid'))), el('p', text('Om betänketid.'))]);
    expect(html).toContain('<h2>Betänketid</h2>');
    expect(html).toContain('<a href="/x/">betänketid</a>');
    expect(html).toContain('<code>betänketid</code>');
    expect(html).toContain('Om <a class="term" href="/ordlista/#betanketid">betänketid</a>.');
  });

  it('leaves citation components alone but reads the prose inside other components', () => {
    const cite = { type: 'mdxJsxTextElement', name: 'Cite', attributes: [], children: [text('betänketid')] } as unknown as Element;
    const note = { type: 'mdxJsxFlowElement', name: 'Note', attributes: [], children: [el('p', text('Om TUT.'))] } as unknown as Element;
    const tree: Root = { type: 'root', children: [el('p', cite), note] };
    linkTerms(tree, new TermFinder(entries, 'sv'), entries, 'sv', '/');
    expect(JSON.stringify(tree.children[0])).not.toContain('term');
    expect(JSON.stringify(tree.children[1])).toContain('/ordlista/#tut');
  });

  it('respects the base path and the English glossary', () => {
    const html = run([el('p', text('A temporary residence permit.'))], 'en', '/nsp/');
    expect(html).toContain('<a class="term" href="/nsp/en/glossary/#tut">temporary residence permit</a>');
  });

  it('adds every name of the used terms for search, and nothing on a page without terms', () => {
    const html = run([el('p', text('En reflektionsperiod.'))]);
    expect(html).toContain('<span class="glossary-names" data-pagefind-index-attrs="data-glossary-names" data-glossary-names="betänketid · reflektionsperiod"></span>');
    expect(run([el('p', text('Inget här.'))])).not.toContain('glossary-names');
  });
});

describe('the Sätteri plugin Astro compiles MDX with', () => {
  const plugin = glossaryTermsPlugin({ base: '/', entries: () => entries });
  const compile = (markdown: string, file: string, frontmatter: Record<string, unknown> = {}) =>
    markdownToHtml(markdown, {
      hastPlugins: [plugin as never],
      fileURL: new URL(`file:///site/content/pages/${file}`),
      data: { astro: { frontmatter } },
    } as never).html;

  it('links a term in a real Markdown page', () => {
    const html = compile('## Betänketid\n\nDen som får **betänketid** kan vila.', 'sv/a.mdx');
    expect(html).toContain('<h2>Betänketid</h2>');
    expect(html).toContain('<a class="term" href="/ordlista/#betanketid">betänketid</a>');
    expect(html).toContain('data-glossary-names="betänketid · reflektionsperiod"');
  });

  it('skips the glossary page and files outside content/pages/<lang>/', () => {
    expect(compile('Om betänketid.', 'sv/ordlista.mdx', { key: 'glossary' })).not.toContain('class="term"');
    expect(compile('Om betänketid.', 'notes/a.mdx')).not.toContain('class="term"');
  });
});
