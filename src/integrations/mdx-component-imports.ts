import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { mdxComponentFiles } from '../components/mdx/index';

const componentsDir = fileURLToPath(new URL('../components/', import.meta.url));

/** The component names an MDX page's text uses as tags (`<Cite …>`, `<Rate/>`), each once. */
export function componentsUsed(text: string, names: readonly string[] = Object.keys(mdxComponentFiles)): string[] {
  return names.filter((name) => new RegExp(`<${name}[\\s/>]`).test(text));
}

/**
 * Adds to each MDX page an import line for every component of src/components/mdx/index.ts its
 * text uses, so that editors write no import lines and each page carries only the styles and
 * scripts of the components it shows. The lines go at the end of the file, where MDX reads import
 * blocks as well as at the start: every line of the page keeps its number in the compiler's
 * messages.
 */
export function mdxComponentImports(): Plugin {
  return {
    name: 'nsp:mdx-component-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('.mdx')) return null;
      const used = componentsUsed(code);
      if (used.length === 0) return null;
      const lines = used.map((name) => `import ${name} from ${JSON.stringify(componentsDir + mdxComponentFiles[name])};`);
      return { code: `${code.replace(/\s*$/, '')}\n\n${lines.join('\n')}\n`, map: null };
    },
  };
}
