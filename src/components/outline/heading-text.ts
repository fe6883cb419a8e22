/**
 * The text of a heading as the page shows it. A heading made of parts (a provision's "4 kap. 1 a §"
 * above its title, a visually separate label) has no space between the parts in the built HTML,
 * because the build's HTML compression drops the line breaks between tags; `textContent` would
 * join them into "4 kap. 1 a §Brottet människohandel". `innerText` follows the layout (a block
 * part starts a new line), and the line breaks become single spaces. Pure, for the unit test.
 */
export function headingText(heading: { innerText?: string; textContent: string | null }): string {
  const shown = typeof heading.innerText === 'string' && heading.innerText.trim() !== '' ? heading.innerText : (heading.textContent ?? '');
  return shown.replace(/\s+/g, ' ').trim();
}
