import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/check';
import { contentDir, newestYear, rates } from '../support/years';

/**
 * A broken content file must stop the build with a message that names the file, the line, the
 * field and what to do, so an editor can fix it without reading code. Each case checks a copy of
 * content/ with one deliberate mistake through the content check, which reads the files with the
 * build's own schemas and loaders (src/lib/content-check); two real builds at the end prove that
 * `astro build` runs that check and stops on it.
 */
/** The newest rates file, its report's key and its adult rate: the cases break them, whatever the year. */
const Y = newestYear();
const newest = `rates/${Y}.yaml`;
const newKey: string = rates(Y).interventions.reflection.rate.source.key;
const misspelt = newKey.replace(/-(.)/, '-');
const adult: number = rates(Y).interventions.reflection.rate.amount;
// Each case reads all of content/ (about a second on a quiet machine): allow for a busy one.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });
const root = mkdtempSync(join(tmpdir(), 'nsp-content-'));
let copies = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of content/ with one file edited; `edit` must change the text. */
function copyWith(file: string, edit: (text: string) => string): { dir: string; text: string } {
  const dir = join(root, String(copies++), 'content');
  cpSync(contentDir, dir, { recursive: true });
  const target = join(dir, file);
  const before = readFileSync(target, 'utf8');
  const text = edit(before);
  if (text === before) throw new Error(`the edit of ${file} changed nothing: the test's pattern no longer matches the content`);
  writeFileSync(target, text);
  return { dir, text };
}

/** The messages the content check prints for a copy with one mistake, and the edited text. */
function checkWith(file: string, edit: (text: string) => string): { output: string; text: string } {
  const { dir, text } = copyWith(file, edit);
  const output = checkContent(dir).map(formatProblem).join('\n');
  return { output, text };
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string | RegExp): number {
  const at = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
  if (at < 0) throw new Error(`"${String(needle)}" is not in the edited text`);
  return text.slice(0, at).split('\n').length;
}

it('the content as it stands has no mistakes', () => {
  expect(checkContent(contentDir).map(formatProblem)).toEqual([]);
});

describe('the nine mistakes an editor made: each message names file, line, field and what to do', () => {
  it('an unquoted date', () => {
    const { output, text } = checkWith(newest, (t) => t.replace(/^reviewed: "(.+)"$/m, 'reviewed: $1'));
    expect(output).toContain(`content/${newest}:${lineOf(text, /^reviewed:/m)}: field "reviewed":`);
    expect(output).toMatch(/is not in quotes.*What to do: write it in double quotes: reviewed: "\d{4}-\d{2}-\d{2}"/);
  });

  it('a date in the wrong form', () => {
    const { output, text } = checkWith('pages/sv/programmet/index.mdx', (t) => t.replace(/^reviewed: ".+"$/m, 'reviewed: "2.12.2026"'));
    expect(output).toContain(`content/pages/sv/programmet/index.mdx:${lineOf(text, /^reviewed:/m)}: field "reviewed": "2.12.2026" is not a date in the form YYYY-MM-DD`);
    expect(output).toContain('What to do: write it as year-month-day');
  });

  it('a missing source', () => {
    const { output, text } = checkWith('legal/provisions.yaml', (t) => t.replace(/(inForceFrom: \{ date: "2024-04-01"), source: \{[^}]*\} \}/, '$1 }'));
    expect(output).toContain(`content/legal/provisions.yaml:${lineOf(text, 'inForceFrom: { date: "2024-04-01" }')}: field "validity.inForceFrom.source": entry "skyddat-boende-tillstandsplikt": "source" is missing`);
    expect(output).toContain('What to do: add "source:" here');
  });

  it('a misspelt source key', () => {
    const { output, text } = checkWith(newest, (t) => t.replace(new RegExp(`key: ${newKey}\\b`), `key: ${misspelt}`));
    expect(output).toContain(`content/${newest}:${lineOf(text, `key: ${misspelt}`)}: field "yearEnd.source.key": source key "${misspelt}" is not defined in content/sources.yaml. If you meant "${newKey}", correct the spelling`);
    expect(output).toContain(`If it is a new source, add an entry "- key: ${misspelt}"`);
  });

  it('a YAML indentation slip is reported against the file that has it', () => {
    const { output, text } = checkWith('glossary.yaml', (t) => t.replace('\n  term: { sv: Nationella Stödprogrammet', '\n   term: { sv: Nationella Stödprogrammet'));
    // The yaml package places the slip at the entry it breaks (the "- id:" line above) or at the line itself.
    const slip = lineOf(text, '   term: { sv: Nationella');
    expect(output).toMatch(new RegExp(`^content/glossary\\.yaml:(${slip - 1}|${slip}): the YAML cannot be read .*What to do: check the indentation`, 'm'));
    expect(output).not.toContain('.mdx');
  });

  it('a missing translation', () => {
    const { output, text } = checkWith('glossary.yaml', (t) =>
      t.replace(/(- id: punktinsats[\s\S]*?definition:\n    sv: >-\n(?: {6}.*\n)+) {4}en: >-\n(?: {6}.*\n)+/, '$1'),
    );
    const entry = text.indexOf('- id: punktinsats');
    const line = lineOf(text.slice(entry), /^ {2}definition:/m) + lineOf(text, '- id: punktinsats') - 1;
    expect(output).toContain(`content/glossary.yaml:${line}: field "definition.en": entry "punktinsats": "en" is missing. What to do: add the English text as "en:"`);
  });

  it('a page without its other-language version', () => {
    const { dir, text } = copyWith('pages/en/staying-safe.mdx', (t) => t.replace(/^key: .*$/m, 'key: staying-safe-en-only'));
    const output = checkContent(dir).map(formatProblem).join('\n');
    expect(output).toContain(`content/pages/en/staying-safe.mdx:${lineOf(text, /^key:/m)}: field "key": the page "staying-safe-en-only" has no Swedish version. What to do: add a page under content/pages/sv/ with the same "key: staying-safe-en-only"`);
  });

  it('a timeline event for a proposed provision', () => {
    const { output, text } = checkWith('legal/timeline.yaml', (t) =>
      t.replace('- id: palermo-in-force\n', '- id: proposal-in-force\n  validityOf: { provision: sou-2025-119-proposals, date: inForceFrom }\n  topic: swedish-law\n  event: { sv: Förslagen träder i kraft., en: The proposals enter into force. }\n\n- id: palermo-in-force\n'),
    );
    expect(output).toContain(`content/legal/timeline.yaml:${lineOf(text, '- id: proposal-in-force') }: entry "proposal-in-force": provision "sou-2025-119-proposals" has no validity.inForceFrom`);
    expect(output).toContain('it is proposed');
    expect(output).toContain('Give the event its own date and source');
  });

  it('a wrong <Rate> attribute', () => {
    const { output, text } = checkWith('pages/en/programme/interventions.mdx', (t) => t.replace('<Rate of="reflection.rate" />', '<Rate figure="reflection.rate" />'));
    const line = lineOf(text, '<Rate figure=');
    expect(output).toContain(`content/pages/en/programme/interventions.mdx:${line}: field "<Rate>": <Rate> has no attribute "figure". What to do: write <Rate of="reflection.rate" />`);
    expect(output).toContain(`content/pages/en/programme/interventions.mdx:${line}: field "<Rate>": <Rate> does not say which figure to show`);
  });

  it('a <Rate> naming a figure that does not exist', () => {
    const { output, text } = checkWith('pages/en/programme/interventions.mdx', (t) => t.replace('<Rate of="reflection.rate" />', '<Rate of="reflection.rat" />'));
    expect(output).toContain(`content/pages/en/programme/interventions.mdx:${lineOf(text, 'reflection.rat"')}: field "<Rate>": <Rate of="reflection.rat">: Unknown rate figure "reflection.rat"`);
  });

  it('a Cite with an unknown key', () => {
    const { output, text } = checkWith('pages/en/certification/process.mdx', (t) => t.replace('<Cite source="nsp-2024"', '<Cite source="nsp-2204"'));
    expect(output).toContain(`content/pages/en/certification/process.mdx:${lineOf(text, 'nsp-2204')}: field "<Cite>": source key "nsp-2204" is not defined in content/sources.yaml. If you meant "nsp-2024"`);
  });
});

describe('adding a source is a change to content/sources.yaml alone', () => {
  it('a new key defined in sources.yaml may be cited by rates, pages and statistics', () => {
    const { dir } = copyWith('sources.yaml', (t) =>
      `${t}\n- key: nsp-2099\n  title: Nationella Stödprogrammet årsrapport 2099\n  publisher: Plattformen\n  year: 2099\n  kind: { sv: Årsrapport, en: Annual report }\n  summary: { sv: En påhittad rapport för testet., en: A made-up report for the test. }\n`,
    );
    const file = join(dir, newest);
    writeFileSync(file, readFileSync(file, 'utf8').replace(new RegExp(`key: ${newKey}\\b`), 'key: nsp-2099').replace(/^sources: \[/m, 'sources: [nsp-2099, '));
    const page = join(dir, 'pages', 'en', 'certification', 'process.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<Cite source="nsp-2024"', '<Cite source="nsp-2099"'));
    expect(checkContent(dir).map(formatProblem)).toEqual([]);
  });

  it('a source entry whose key a file cites is removed: the citing file is named', () => {
    const { output } = checkWith('sources.yaml', (t) => t.replace(/- key: nsp-webb\n(?: {2}.*\n)+/, ''));
    expect(output).toMatch(/content\/rates\/\d{4}\.yaml:\d+: field "[^"]*key": source key "nsp-webb" is not defined in content\/sources\.yaml/);
  });
});

describe('last year\'s words in a rates file', () => {
  it('a copied sentence naming another year is reported with its line and how to mark a meant reference', () => {
    const { output, text } = checkWith(newest, (t) => t.replace(/^( {4}sv: )(.+)$/m, '$1Ny från 2019. $2'));
    const line = lineOf(text, 'Ny från 2019.');
    expect(output).toContain(`content/${newest}:${line}: field "sv": the text names the year 2019, not ${Y}: "Ny från 2019.`);
    expect(output).toContain(`add the comment "# meant: 2019" at the end of line ${line}`);
  });

  it('an amount typed into a text that the data does not hold is reported; a marked one is not', () => {
    const typed = checkWith(newest, (t) => t.replace(/^( {4}sv: )(.+)$/m, '$1Högst 517 kr per dag. $2'));
    expect(typed.output).toContain(`content/${newest}:${lineOf(typed.text, '517 kr')}: field "sv": the text names the amount 517 kr, which this file's data does not hold`);
    const marked = checkWith(newest, (t) => t.replace(/^( {4}sv: )(.+)$/m, '$1Högst 517 kr per dag. $2 # meant: 517'));
    expect(marked.output).not.toContain('517');
  });
});

describe('other broken data: the message names file, line and field', () => {
  const cases: [string, string, (t: string) => string, RegExp][] = [
    ['a page without a description', 'pages/sv/programmet/index.mdx', (t) => t.replace(/^description:.*$/m, ''), /^content\/pages\/sv\/programmet\/index\.mdx:\d+: field "description": "description" is missing/m],
    ['a rate that is not a whole number of kronor', newest, (t) => t.replace(`amount: ${adult}`, `amount: ${adult}.5`), new RegExp(`^content/rates/${Y}\\.yaml:\\d+: field "interventions\\.reflection\\.rate\\.amount":`, 'm')],
    ['a provision with an unknown level', 'legal/provisions.yaml', (t) => t.replace('level: international', 'level: global'), /^content\/legal\/provisions\.yaml:\d+: field "level": entry "[^"]+": "global" is not allowed here\. What to do: use one of: international/m],
    ['a provision whose source has no section', 'legal/provisions.yaml', (t) => t.replace('source: { key: sou-2023-97, section: "3.2.5" }', 'source: { key: sou-2023-97, section: "" }'), /^content\/legal\/provisions\.yaml:\d+: field "source\.section":/m],
    ['a timeline date that is not on the calendar', 'legal/timeline.yaml', (t) => t.replace('date: "2022-07-07"', 'date: "2022-02-30"'), /^content\/legal\/timeline\.yaml:\d+: field "date": .*not a date on the calendar/m],
    ['a provision in force whose end date has passed', 'legal/provisions.yaml', (t) => t.replace(/(- id: brb-4-1b[\s\S]*?validity:\n    status: in-force\n    statusSource: [^\n]*\n)/, '$1    inForceUntil: { date: "2020-01-01", source: { key: sou-2023-97, section: "4.6.1" } }\n'), /^content\/legal\/provisions\.yaml:\d+: entry "brb-4-1b": marked in force, but validity\.inForceUntil \(2020-01-01\) is on or before the as-of date/m],
    ['a provision status without its source', 'legal/provisions.yaml', (t) => t.replace(/(- id: sol-2025-400[\s\S]*?status: in-force\n)    statusSource: [^\n]*\n/, '$1'), /^content\/legal\/provisions\.yaml:\d+: field "validity\.statusSource": entry "sol-2025-400": "statusSource" is missing/m],
    ['a timeline event taking its date from a provision that does not exist', 'legal/timeline.yaml', (t) => t.replace('validityOf: { provision: sol-2025-400, date: inForceFrom }', 'validityOf: { provision: sol-2026-400, date: inForceFrom }'), /^content\/legal\/timeline\.yaml:\d+: entry "sol-2025-in-force": validityOf\.provision "sol-2026-400" is not an entry of content\/legal\/provisions\.yaml/m],
    ['a reform row stating a position without the consultation response', 'legal/reform.yaml', (t) => t.replace('  remissvarSource: { key: remissvar-sou-2023-97, section: "10.2.4" }\n', ''), /^content\/legal\/reform\.yaml:\d+: field "remissvarSource":/m],
    ['a share of more than 100 per cent', 'statistics/civilsamhallet-2024.yaml', (t) => t.replace('value: 42.7, unit: percent', 'value: 427, unit: percent'), /^content\/statistics\/civilsamhallet-2024\.yaml:\d+: field "measures\.6\.figures\.0\.value": .*cannot exceed 100/m],
    ['a statistics figure whose source key is misspelt', 'statistics/civilsamhallet-2024.yaml', (t) => t.replace('value: 403, unit: people, source: { key: plattformen-2024', 'value: 403, unit: people, source: { key: plattformen-2042'), /^content\/statistics\/civilsamhallet-2024\.yaml:\d+: field "measures\.0\.figures\.0\.source\.key": source key "plattformen-2042"/m],
    ['a year given twice in one series', 'series/civilsamhallet-offer.yaml', (t) => t.replace('  - year: 2019\n', '  - year: 2018\n'), /^content\/series\/civilsamhallet-offer\.yaml:\d+: field "values\.\d+\.year": year 2018 is given twice/m],
    ['a series value without a source', 'series/regionkoordinatorer-totalt.yaml', (t) => t.replace('    source: { key: nmt-statistik-2019, section: "Fler offer för människohandel identifieras" }\n', ''), /^content\/series\/regionkoordinatorer-totalt\.yaml:\d+: .*year 2019: a value without a source/m],
    ['a series value from a figure that does not exist', 'series/programmet-personer.yaml', (t) => t.replace('from: nsp-2024:people.total', 'from: nsp-2024:people.totl'), /^content\/series\/programmet-personer\.yaml:\d+: .*no figure "people\.totl" in content\/programme\/2024\.yaml/m],
    ['a requirement in an unknown area', 'requirements.yaml', (t) => t.replace('area: knowledge', 'area: knowlege'), /^content\/requirements\.yaml:\d+: field "area": .*"knowlege" is not allowed here/m],
    ['a region count that is not a number', 'regions.yaml', (t) => t.replace(/value: 6\n/, 'value: six\n'), /^content\/regions\.yaml:\d+: field "[^"]*value": expected number here, not string "six"/m],
    ['a history event with an impossible date', 'programme-history.yaml', (t) => t.replace('date: "2015"', 'date: "in 2015"'), /^content\/programme-history\.yaml:\d+: field "date":/m],
    ['a glossary entry pointing to a page that does not exist', 'glossary.yaml', (t) => t.replace(/(- id: kompletteringsprincipen[\s\S]*?)related: \[programme\]/, '$1related: [programme/no-such-page]'), /^content\/glossary\.yaml:\d+: entry "kompletteringsprincipen": related page "programme\/no-such-page" does not exist\. What to do: name a page by the "key:"/m],
    ['a glossary seeAlso naming no entry', 'glossary.yaml', (t) => t.replace(/seeAlso: \[([a-z-]+)/, 'seeAlso: [no-such-term'), /^content\/glossary\.yaml:\d+: entry "[^"]+": seeAlso "no-such-term" is not an entry id/m],
  ];
  for (const [name, file, edit, expected] of cases) {
    it(name, () => expect(checkWith(file, edit).output).toMatch(expected));
  }
});

/** A real `astro build` of a broken copy; its output without colours. */
function build(dir: string) {
  const result = spawnSync('astro', ['build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CONTENT_DIR: dir, OUT_DIR: join(dir, '..', 'dist'), ASTRO_CACHE_DIR: join(dir, '..', 'cache') },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

// One real build proves that `astro build` runs the check above before anything else (it stops
// within seconds on a quiet machine; the timeout allows for a busy one).
describe('the build runs the content check and stops on it', () => {
  it('a misspelt source key stops `astro build` with file, line and what to do', () => {
    const { dir, text } = copyWith(newest, (t) => t.replace(new RegExp(`key: ${newKey}\\b`), 'key: nsp-2042'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`content/${newest}:${lineOf(text, 'nsp-2042')}:`);
    expect(output).toContain('source key "nsp-2042" is not defined in content/sources.yaml');
  }, 300_000);

});

describe('an open question without its check date fails the build, naming file and entry', () => {
  it('a not-known question whose checkedOn line is removed', () => {
    const { output, text } = checkWith('legal/open-questions.yaml', (t) =>
      t.replace(/(- id: ([a-z0-9-]+)\n  status: not-known\n[\s\S]*?)  checkedOn: "[^"]*"\n/, '$1'),
    );
    const id = /- id: ([a-z0-9-]+)\n  status: not-known\n(?:(?!\n- id:)[\s\S])*?\n  finding:/.exec(text)?.[1];
    expect(id).toBeTruthy();
    expect(output).toContain(`content/legal/open-questions.yaml:${lineOf(text, `- id: ${id}`)}:`);
    expect(output).toContain(`field "checkedOn": entry "${id}": status "not-known" needs checkedOn`);
  });

  it('a check date later than the law\'s "as of" date', () => {
    const { output } = checkWith('legal/open-questions.yaml', (t) => t.replace(/checkedOn: "\d{4}-\d{2}-\d{2}"/, 'checkedOn: "2999-01-01"'));
    expect(output).toMatch(/open-questions\.yaml:\d+: .*checkedOn \(2999-01-01\) is later than the law's "as of" date/);
  });
});
