/**
 * A JSON file of the site, fetched and checked. The palette, the settings view, the page list and
 * the tools each fetch one when first needed; a stale or broken deploy (or an offline visit) can
 * answer with an error page, a body that is not JSON, or JSON of another shape, and each caller
 * then shows its own fallback. Kept in the workbench's chunk (astro.config.mjs, fewerScriptChunks),
 * so that no caller waits for a file of its own.
 */

/**
 * The body of `url` as `T`.
 * @param what names the file in the error, e.g. "palette".
 * @throws on an HTTP error, a body that is not JSON, or one that `isValid` does not accept; the
 *   message names `what` and which of the three it was.
 */
export async function fetchJson<T>(url: string, isValid: (value: unknown) => value is T, what: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error(`${what}: not JSON`);
  }
  if (!isValid(body)) throw new Error(`${what}: not the expected data`);
  return body;
}
