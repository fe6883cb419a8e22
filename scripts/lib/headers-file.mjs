/**
 * Reads a `_headers` file (the syntax Netlify and Cloudflare Pages share): a path pattern on
 * its own line, then indented `Name: value` lines. `*` in a pattern matches any characters.
 * The local server applies the same file, so tests see the headers a real host would send.
 *
 * @param {string} text
 * @returns {{ pattern: string, test: (path: string) => boolean, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, test: (path: string) => boolean, headers: [string, string][] }[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      const regex = new RegExp(`^${source}$`);
      rules.push({ pattern, test: (path) => regex.test(path), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 1) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/**
 * The headers that apply to one request path, in file order; a later rule with the same name
 * adds to the value, as Netlify does.
 * @param {ReturnType<typeof parseHeadersFile>} rules
 * @param {string} path
 */
export function headersFor(rules, path) {
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const rule of rules) {
    if (!rule.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}
