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
      CONTENT_DIR: join(dir, 'content'),
      OUT_DIR: join(dir, 'dist'),
      ASTRO_CACHE_DIR: join(dir, 'cache'),
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
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
});

describe('a broken rates or programme file fails the build, naming file and field', () => {
  it('a rate that is not a whole number of kronor', () => {
    const { status, output } = buildWith('rates/2024.yaml', (t) => t.replace('amount: 1320', 'amount: 1320.5'));
    expect(status).not.toBe(0);
    expect(output).toContain('rates/2024.yaml');
    expect(output).toContain('interventions.reflection.rate.amount');
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
