/**
 * Synthetic content for the scale benchmark: a copy of content/ plus generated page pairs
 * (Swedish and English, as the build demands) with text drawn from the site's own vocabulary
 * and made-up words in a Zipf distribution, so the search index grows the way real text makes
 * it grow. With content/rates/, it also fills in twenty years of rate files.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
 * @param {{ from: string, to: string, pages: number, svWords: string[], enWords: string[] }} o
 * @returns {{ rates: string }} what happened to the rate files
 */
export function generateContent({ from, to, pages, svWords, enWords }) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
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
  return { rates: twentyYearsOfRates(join(to, 'rates')) };
}

function twentyYearsOfRates(dir) {
  if (!existsSync(dir)) return 'content/rates/ does not exist yet: no rate files generated';
  const years = readdirSync(dir).map((f) => /^(\d{4})\.ya?ml$/.exec(f)).filter(Boolean);
  const newest = years.sort((a, b) => Number(b[1]) - Number(a[1]))[0];
  if (!newest) return 'content/rates/ holds no <year>.yaml file: no rate files generated';
  const text = readFileSync(join(dir, newest[0]), 'utf8');
  const year = Number(newest[1]);
  let added = 0;
  for (let y = year - 19; y < year; y++) {
    const file = join(dir, `${y}.yaml`);
    if (existsSync(file)) continue;
    writeFileSync(file, text.replace(new RegExp(`\\b${year}\\b`, 'g'), String(y)));
    added += 1;
  }
  return `${added} rate files generated from ${newest[0]} (${year - 19}–${year})`;
}
