import type { Element, Root } from 'hast';
import { fileURLToPath } from 'node:url';
import { langOfFile, planTermLinks, type GlossaryTermsOptions } from './rehype-glossary-terms';
import { TermFinder } from './terms';
import type { Lang } from '../../i18n';

/**
 * The glossary's term linking as a hast plugin for Sätteri, the Markdown/MDX processor Astro 7
 * compiles MDX with (a rehype plugin in the unified sense: it runs on the HTML tree of each page).
 * The plan comes from `planTermLinks`, so this file only adapts it to Sätteri's plugin shape:
 * a factory per document (told the file and its front matter) and an `after` hook that applies
 * the edits through the context.
 */
interface FactoryContext {
  readonly fileURL: URL | undefined;
  readonly data: Record<string, unknown>;
}
interface HookContext {
  replaceNode(node: unknown, replacement: unknown): void;
  appendChild(node: unknown, child: unknown): void;
}
interface Definition {
  name: string;
  after: (root: Readonly<Root>, ctx: HookContext) => void;
}

export function glossaryTermsPlugin(options: GlossaryTermsOptions): (ctx: FactoryContext) => Definition | null {
  const finders = new Map<Lang, TermFinder>();
  return (ctx) => {
    const lang = ctx.fileURL ? langOfFile(fileURLToPath(ctx.fileURL)) : undefined;
    if (!lang) return null;
    const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
    // The glossary page defines the terms; linking them to itself would only add noise.
    if (astro?.frontmatter?.['key'] === 'glossary') return null;
    return {
      name: 'nsp-glossary-terms',
      after(root, hook) {
        const entries = options.entries();
        let finder = finders.get(lang);
        if (!finder) {
          finder = new TermFinder(entries, lang);
          finders.set(lang, finder);
        }
        const plan = planTermLinks(root as Root, finder, entries, lang, options.base);
        for (const edit of plan.edits) hook.replaceNode(edit.node, edit.replacement);
        if (plan.names) hook.appendChild(root, plan.names satisfies Element);
      },
    };
  };
}
