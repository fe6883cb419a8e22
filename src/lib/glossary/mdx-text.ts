/**
 * The prose of an MDX page body as plain text, for finding which glossary terms a page uses.
 * Tags, expressions, code and link targets are dropped; their words are not the page's prose.
 */
export function mdxPlainText(body: string): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[A-Za-z][^>]*?>|<\/[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/[*_#>[\]|]/g, ' ');
}
