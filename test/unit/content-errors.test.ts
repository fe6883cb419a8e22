import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * A broken content file must stop the build with a message that names the file and the field,
 * so an editor can fix it without reading code. Each case builds a copy of content/ with one
 * deliberate mistake.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function buildWith(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'nsp-content-'));
  dirs.push(dir);
  cpSync('content', join(dir, 'content'), { recursive: true });
  const target = join(dir, 'content', file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  const result = spawnSync('astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      CONTENT_DIR: join(dir, 'content'),
      OUT_DIR: join(dir, 'dist'),
      ASTRO_CACHE_DIR: join(dir, 'cache'),
    },
  });
  // Astro colours its messages on a terminal or in CI; an editor reads the text, so compare that.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

/** The law's "as of" date as the content states it, so the tests follow the data when it is checked again. */
function asOf(): string {
  const match = /^asOf: "(\d{4}-\d{2}-\d{2})"/m.exec(readFileSync('content/legal/as-of.yaml', 'utf8'));
  if (!match?.[1]) throw new Error('content/legal/as-of.yaml has no asOf date');
  return match[1];
}

describe('a broken content file fails the build, naming file and field', () => {
  it('a page without a description', () => {
    const { status, output } = buildWith('pages/sv/programmet/index.mdx', (t) => t.replace(/^description:.*$/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('sv/programmet/index.mdx');
    expect(output).toMatch(/description/);
  }, 120_000);

  it('a source with an unknown citation key', () => {
    const { status, output } = buildWith('sources.yaml', (t) => t.replace('key: nsp-webb', 'key: nsp-web'));
    expect(status).not.toBe(0);
    expect(output).toContain('sources.yaml');
    expect(output).toMatch(/key/);
  }, 120_000);

  it('a glossary entry without its English definition', () => {
    const { status, output } = buildWith('glossary.yaml', (t) =>
      t.replace(/(- id: punktinsats[\s\S]*?definition:\n    sv: >-\n(?: {6}.*\n)+) {4}en: >-\n(?: {6}.*\n)+/, '$1'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('glossary.yaml');
    expect(output).toMatch(/punktinsats/);
    expect(output).toMatch(/definition/);
  }, 120_000);

  it('a glossary entry pointing to a page that does not exist', () => {
    const { status, output } = buildWith('glossary.yaml', (t) =>
      t.replace(/(- id: kompletteringsprincipen[\s\S]*?)related: \[programme\]/, '$1related: [programme/no-such-page]'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/glossary.yaml: entry "kompletteringsprincipen": related page "programme/no-such-page" does not exist');
  }, 120_000);
});

describe('a broken rates or programme file fails the build, naming file and field', () => {
  it('a rate that is not a whole number of kronor', () => {
    const { status, output } = buildWith('rates/2024.yaml', (t) => t.replace('amount: 1320', 'amount: 1320.5'));
    expect(status).not.toBe(0);
    expect(output).toContain('rates/2024.yaml');
    expect(output).toContain('interventions.reflection.rate.amount');
  }, 120_000);
});

describe('a broken legal data file fails the build, naming file and field', () => {
  it('a provision with an unknown level', () => {
    const { status, output } = buildWith('legal/provisions.yaml', (t) => t.replace('level: international', 'level: global'));
    expect(status).not.toBe(0);
    expect(output).toContain('legal/provisions.yaml');
    expect(output).toMatch(/level: Invalid option/);
  }, 120_000);

  it('a provision whose source has no section', () => {
    const { status, output } = buildWith('legal/provisions.yaml', (t) =>
      t.replace('source: { key: sou-2023-97, section: "3.2.5" }', 'source: { key: sou-2023-97, section: "" }'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('legal/provisions.yaml');
    expect(output).toMatch(/source\.section/);
  }, 120_000);

  it('a timeline event with a date that is not on the calendar', () => {
    const { status, output } = buildWith('legal/timeline.yaml', (t) => t.replace('date: "2022-07-07"', 'date: "2022-02-30"'));
    expect(status).not.toBe(0);
    expect(output).toContain('legal/timeline.yaml');
    expect(output).toMatch(/date: not a date on the calendar/);
  }, 120_000);

  it('a provision marked in force whose end date has passed by the as-of date', () => {
    const { status, output } = buildWith('legal/provisions.yaml', (t) =>
      t.replace(/(- id: brb-4-1b[\s\S]*?validity:\n    status: in-force\n    statusSource: [^\n]*\n)/, '$1    inForceUntil: { date: "2020-01-01", source: { key: sou-2023-97, section: "4.6.1" } }\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      `content/legal/provisions.yaml: entry "brb-4-1b": marked in force, but validity.inForceUntil (2020-01-01) is on or before the as-of date ${asOf()} (content/legal/as-of.yaml)`,
    );
  }, 120_000);

  it('a legal date without its source', () => {
    const { status, output } = buildWith('legal/provisions.yaml', (t) =>
      t.replace(/(inForceFrom: \{ date: "2024-04-01"), source: \{[^}]*\} \}/, '$1 }'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('legal/provisions.yaml');
    expect(output).toContain('legalProvisions → skyddat-boende-tillstandsplikt');
    expect(output).toMatch(/validity\.inForceFrom\.source: Required/);
  }, 120_000);

  it('a provision status without its source', () => {
    const { status, output } = buildWith('legal/provisions.yaml', (t) =>
      t.replace(/(- id: sol-2025-400[\s\S]*?status: in-force\n)    statusSource: [^\n]*\n/, '$1'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('legalProvisions → sol-2025-400');
    expect(output).toMatch(/validity\.statusSource: Required/);
  }, 120_000);

  it('a timeline event that takes its date from a provision the data does not have', () => {
    const { status, output } = buildWith('legal/timeline.yaml', (t) =>
      t.replace('validityOf: { provision: sol-2025-400, date: inForceFrom }', 'validityOf: { provision: sol-2026-400, date: inForceFrom }'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/legal/timeline.yaml: entry "sol-2025-in-force": validityOf.provision "sol-2026-400" is not an entry of content/legal/provisions.yaml');
  }, 120_000);

  it('a reform row that states a position without citing the consultation response', () => {
    const { status, output } = buildWith('legal/reform.yaml', (t) =>
      t.replace('  remissvarSource: { key: remissvar-sou-2023-97, section: "10.2.4" }\n', ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('legal/reform.yaml');
    expect(output).toMatch(/remissvarSource/);
  }, 120_000);
});

describe('a broken statistics file fails the build, naming file and field', () => {
  it('a share of more than 100 per cent', () => {
    const { status, output } = buildWith('statistics/civilsamhallet-2024.yaml', (t) => t.replace('value: 42.7, unit: percent', 'value: 427, unit: percent'));
    expect(status).not.toBe(0);
    expect(output).toContain('civilsamhallet-2024');
    expect(output).toMatch(/measures\.6\.figures\.0\.value/);
    expect(output).toMatch(/cannot exceed 100/);
  }, 120_000);

  it('a figure whose source key is misspelt', () => {
    const { status, output } = buildWith('statistics/civilsamhallet-2024.yaml', (t) => t.replace('value: 403, unit: people, source: { key: plattformen-2024', 'value: 403, unit: people, source: { key: plattformen-2042'));
    expect(status).not.toBe(0);
    expect(output).toContain('civilsamhallet-2024');
    expect(output).toMatch(/measures\.0\.figures\.0\.source\.key/);
  }, 120_000);
});

describe('a broken series file fails the build, naming file and year', () => {
  it('a year given twice in one series', () => {
    const { status, output } = buildWith('series/civilsamhallet-offer.yaml', (t) => t.replace('  - year: 2019\n', '  - year: 2018\n'));
    expect(status).not.toBe(0);
    expect(output).toContain('series/civilsamhallet-offer.yaml');
    expect(output).toContain('year 2018 is given twice');
  }, 120_000);

  it('a value without a source', () => {
    const { status, output } = buildWith('series/regionkoordinatorer-totalt.yaml', (t) =>
      t.replace('    source: { key: nmt-statistik-2019, section: "Fler offer för människohandel identifieras" }\n', ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('series/regionkoordinatorer-totalt.yaml');
    expect(output).toContain('year 2019: a value without a source');
  }, 120_000);

  it('a value taken from a figure that does not exist', () => {
    const { status, output } = buildWith('series/programmet-personer.yaml', (t) => t.replace('from: nsp-2024:people.total', 'from: nsp-2024:people.totl'));
    expect(status).not.toBe(0);
    expect(output).toContain('no figure "people.totl" in content/programme/2024.yaml');
  }, 120_000);
});

describe('a broken guide data file fails the build, naming file and field', () => {
  it('a requirement in an unknown area', () => {
    const { status, output } = buildWith('requirements.yaml', (t) => t.replace('area: knowledge', 'area: knowlege'));
    expect(status).not.toBe(0);
    expect(output).toContain('requirements.yaml');
    expect(output).toMatch(/area/);
  }, 120_000);

  it('a region count that is not a number', () => {
    const { status, output } = buildWith('regions.yaml', (t) => t.replace(/value: 6\n/, 'value: six\n'));
    expect(status).not.toBe(0);
    expect(output).toContain('regions.yaml');
    expect(output).toMatch(/value/);
  }, 120_000);

  it('a history event with an impossible date format', () => {
    const { status, output } = buildWith('programme-history.yaml', (t) => t.replace('date: "2015"', 'date: "in 2015"'));
    expect(status).not.toBe(0);
    expect(output).toContain('programme-history.yaml');
    expect(output).toMatch(/date/);
  }, 120_000);
});

describe('an open question without its check date fails the build, naming file and entry', () => {
  it('a not-known question whose checkedOn line is removed', () => {
    const { status, output } = buildWith('legal/open-questions.yaml', (t) =>
      t.replace(/(- id: reception-act\n[\s\S]*?)  checkedOn: "[^"]*"\n/, '$1'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('legal/open-questions.yaml');
    expect(output).toContain('legalOpenQuestions → reception-act');
    expect(output).toMatch(/checkedOn: status "not-known" needs checkedOn/);
  }, 180_000);
});
