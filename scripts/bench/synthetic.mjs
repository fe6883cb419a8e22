/**
 * Synthetic content for the scale benchmark: a copy of content/ plus generated page pairs
 * (Swedish and English, as the build demands) with text drawn from the site's own vocabulary
 * and made-up words in a Zipf distribution, so the search index grows the way real text makes
 * it grow. Or, on request, it fills content/rates/ to twenty years (a separate scale axis:
 * the calculator carries every year's rules, the comparison page a column per year).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(realWords, size, rnd) {
  const syllables = ['ka', 'lo', 'mi', 'sta', 'bo', 'rå', 'för', 'ning', 'het', 'se', 'vi', 'dra', 'gen', 'tu', 'ny', 'pe', 'lä', 'stöd', 'ar', 'en'];
  const words = [...realWords];
  const seen = new Set(words);
  while (words.length < size) {
    const n = 2 + Math.floor(rnd() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syllables[Math.floor(rnd() * syllables.length)];
    if (!seen.has(w)) seen.add(w), words.push(w);
  }
  return words;
}

/** Zipf (s = 1) sampler over ranks 0..n-1 by inverting the harmonic CDF. */
function zipf(n, rnd) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1);
  return () => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const sections = ['programme', 'certification', 'legal', 'reference'];

/**
 * A copy of `from` at `to`, plus `pages` synthetic pages (half per language) and, with
 * `rateYears`, twenty years of rate files. Each option is one scale axis, measured on its own.
 * @param {{ from: string, to: string, pages?: number, svWords?: string[], enWords?: string[], rateYears?: boolean }} o
 * @returns {{ rates: string }} what happened to the rate files
 */
export function generateContent({ from, to, pages = 0, svWords = [], enWords = [], rateYears = false }) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  if (pages > 0) syntheticPages(to, pages, svWords, enWords);
  return { rates: rateYears ? twentyYearsOfRates(join(to, 'rates')) : 'real rate files only' };
}

function syntheticPages(to, pages, svWords, enWords) {
  const rnd = random(pages);
  const pairs = Math.floor(pages / 2);
  for (const [lang, real, folder] of [['sv', svWords, 'bench'], ['en', enWords, 'bench']]) {
    const words = vocabulary(real.slice(0, 3000), 40_000, rnd);
    const pick = zipf(words.length, rnd);
    const text = (count) => Array.from({ length: count }, () => words[pick()]).join(' ');
    const dir = join(to, 'pages', lang, folder);
    mkdirSync(dir, { recursive: true });
    for (let i = 1; i <= pairs; i++) {
      const id = String(i).padStart(5, '0');
      const paragraphs = Array.from({ length: 6 }, (_, k) => `${k % 2 === 0 ? `## ${text(3)}\n\n` : ''}${text(60 + Math.floor(rnd() * 40))}.`);
      writeFileSync(
        join(dir, `p${id}.mdx`),
        `---\ntitle: "${lang === 'sv' ? 'Syntetisk sida' : 'Synthetic page'} ${id}"\ndescription: "${lang === 'sv' ? 'En genererad sida för skalningstestet, med text ur webbplatsens eget ordförråd.' : 'A generated page for the scale benchmark, with text from the site vocabulary.'}"\nkey: bench/p${id}\nsection: ${sections[i % sections.length]}\norder: ${500 + (i % 400)}\n---\n\n${paragraphs.join('\n\n')}\n`,
      );
    }
  }
}

/** Every `{ key, section }` citation and the `sources` list: what a copy must not change. */
const citations = (data) => JSON.stringify([data.sources, JSON.stringify(data).match(/\{"key":"[^"]*","section":"[^"]*"/g)]);

/**
 * The newest rate file as the rules of `year`. Only what says which year the rules are for
 * changes: `year`, the title, and the year-end rule's dates (periods end 31 December of that
 * year; a later year is "the next"). Citation keys (`nsp-2024`), section titles and the prose
 * that names the report ("the 2024 annual report…") stay: the copy still cites the real sources,
 * which must exist in content/sources.yaml. Comments and layout are kept (yaml's Document API).
 */
function rulesFor(text, from, year) {
  const doc = parseDocument(text);
  const before = citations(doc.toJS());
  const swap = (s) => s.replace(new RegExp(`\\b(${from}|${from + 1})\\b`, 'g'), (m) => String(m === String(from) ? year : year + 1));
  doc.set('year', year);
  for (const path of [['title', 'sv'], ['title', 'en'], ['yearEnd', 'text', 'sv'], ['yearEnd', 'text', 'en']]) {
    const value = doc.getIn(path);
    if (typeof value === 'string') doc.setIn(path, swap(value));
  }
  if (citations(doc.toJS()) !== before) throw new Error(`rate file copy for ${year} changed its citations`);
  doc.commentBefore = ` Synthetic (scale benchmark): the rules of ${from} as if for ${year}; sources unchanged.`;
  return doc.toString({ lineWidth: 0 });
}

/**
 * Twenty consecutive years of rate files from the oldest real one on (2022–2041), so every year
 * is one the rules schema accepts (2015–2100). Real files are kept; the other years, 2023 included
 * (undocumented on the real site), are copies of the newest real one.
 */
function twentyYearsOfRates(dir) {
  if (!existsSync(dir)) return 'content/rates/ does not exist: no rate files generated';
  const years = readdirSync(dir).map((f) => /^(\d{4})\.ya?ml$/.exec(f)).filter(Boolean);
  const newest = years.sort((a, b) => Number(b[1]) - Number(a[1]))[0];
  if (!newest) return 'content/rates/ holds no <year>.yaml file: no rate files generated';
  const text = readFileSync(join(dir, newest[0]), 'utf8');
  const year = Number(newest[1]);
  const first = Number(years.at(-1)[1]);
  const real = new Set(years.map((m) => Number(m[1])));
  let added = 0;
  for (let y = first; y < first + 20; y++) {
    if (real.has(y)) continue;
    writeFileSync(join(dir, `${y}.yaml`), rulesFor(text, year, y));
    added += 1;
  }
  return `${first}–${first + 19}: ${20 - added} real, ${added} copies of ${newest[0]}`;
}
