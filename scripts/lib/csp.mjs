/**
 * Content-Security-Policy strings as data: parse, compare, merge. Shared by the build step that
 * writes the CSP header (src/integrations/security-headers.ts) and the tests that prove the
 * header and each page's <meta> policy agree.
 */

/** Directives a <meta> policy cannot carry (HTML spec); they live in the header only. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/**
 * @param {string} policy
 * @returns {Map<string, string[]>} directive → sources, in written order
 */
export function parseCsp(policy) {
  /** @type {Map<string, string[]>} */
  const out = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const directive = name.toLowerCase();
    if (out.has(directive)) throw new Error(`CSP names ${directive} twice: ${policy}`);
    out.set(directive, sources);
  }
  return out;
}

/** @param {Map<string, string[]>} csp */
export function formatCsp(csp) {
  return [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** @param {string} source */
export const isHash = (source) => /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/.test(source);

/**
 * Differences between a header policy and a <meta> policy, ignoring hashes: the same
 * directives with the same keywords and hosts, except directives only a header can carry.
 * @param {Map<string, string[]>} header
 * @param {Map<string, string[]>} meta
 * @returns {string[]} one line per disagreement; empty when they agree
 */
export function cspDisagreements(header, meta) {
  const problems = [];
  const names = new Set([...header.keys(), ...meta.keys()]);
  for (const name of names) {
    if (HEADER_ONLY_DIRECTIVES.includes(name)) {
      if (meta.has(name)) problems.push(`${name} is in the <meta> policy, where browsers ignore it`);
      continue;
    }
    const h = (header.get(name) ?? []).filter((s) => !isHash(s)).sort();
    const m = (meta.get(name) ?? []).filter((s) => !isHash(s)).sort();
    if (!header.has(name)) problems.push(`${name} is in the <meta> policy but not in the header`);
    else if (!meta.has(name)) problems.push(`${name} is in the header but not in the <meta> policy`);
    else if (h.join(' ') !== m.join(' ')) problems.push(`${name}: header allows "${h.join(' ')}", <meta> allows "${m.join(' ')}"`);
  }
  return problems;
}

/**
 * The hashes a <meta> policy allows that the header does not: with both policies enforced,
 * each would be blocked.
 * @param {Map<string, string[]>} header
 * @param {Map<string, string[]>} meta
 */
export function hashesMissingFromHeader(header, meta) {
  const missing = [];
  for (const [name, sources] of meta) {
    const allowed = new Set(header.get(name) ?? []);
    for (const s of sources) if (isHash(s) && !allowed.has(s)) missing.push(`${name} ${s}`);
  }
  return missing;
}

/** The CSP a built page carries in its <meta http-equiv>, or undefined. @param {string} html */
export function metaCspOf(html) {
  const tag = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  if (!tag) return undefined;
  const content = /content=("([^"]*)"|'([^']*)')/i.exec(tag);
  return content ? (content[2] ?? content[3] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&') : undefined;
}
