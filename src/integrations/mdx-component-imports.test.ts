import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxComponentFiles } from '../components/mdx/index';
import { componentsUsed, mdxComponentImports } from './mdx-component-imports';

type Transform = (code: string, id: string) => { code: string } | null;
const transform = mdxComponentImports().transform as unknown as Transform;

describe('the import lines the build adds to MDX pages', () => {
  it('names a file that exists for every component an editor may use', () => {
    const missing = Object.entries(mdxComponentFiles).filter(([, file]) => !existsSync(fileURLToPath(new URL(`../components/${file}`, import.meta.url))));
    expect(missing).toEqual([]);
  });

  it('finds the components a page uses as tags, each once, and no name that only starts like one', () => {
    const text = 'Text <Cite source="a" section="1" /> and <Cite source="b" section="2"/>.\n\n<StatValue of="x" />\n<Steps>\n</Steps>\n';
    expect(componentsUsed(text, ['Cite', 'Stat', 'StatValue', 'Steps', 'Rate'])).toEqual(['Cite', 'StatValue', 'Steps']);
  });

  it('imports only those, after the last line, so every line of the page keeps its number', () => {
    const page = '---\ntitle: T\n---\n\nA paragraph <Cite source="nsp-2024" section="1.2" />.\n';
    const out = transform(page, '/content/pages/sv/a.mdx?astroPropagatedAssets')?.code ?? '';
    expect(out.startsWith(page.trimEnd())).toBe(true);
    expect(out.slice(page.trimEnd().length).trim()).toBe(`import Cite from ${JSON.stringify(fileURLToPath(new URL('../components/cite/Cite.astro', import.meta.url)))};`);
  });

  it('leaves pages without components and other files as they are', () => {
    expect(transform('Plain text.\n', '/content/pages/sv/b.mdx')).toBeNull();
    expect(transform('<Cite source="x" />', '/src/components/x.astro')).toBeNull();
  });
});
