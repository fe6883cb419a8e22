/**
 * A typed figure as the schema should see it: a whole number where the text is one (spaces as
 * thousands separators allowed), another number as such, anything else as the text, so that the
 * schema's message names what is wrong.
 */
export function typedFigure(text: string): number | string {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text.trim();
}
