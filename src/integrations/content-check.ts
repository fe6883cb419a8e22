import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check/check';

/**
 * Reads all of content/ with the site's schemas before Astro does, and stops the build with one
 * numbered list of mistakes, each with its file, line, field and what to do. Astro's own
 * validation would otherwise report them one at a time, without lines, sometimes against the page
 * that happened to read the file (see content/README.md, "When the build stops").
 */
export default function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'nsp:content-check',
    hooks: {
      'astro:config:setup': () => {
        const problems = checkContent(contentDir);
        if (problems.length === 0) return;
        const error = new Error(formatProblems(problems));
        // Astro prints the message; the stack would only point at this file, not at the content.
        error.stack = error.message;
        throw error;
      },
    },
  };
}
