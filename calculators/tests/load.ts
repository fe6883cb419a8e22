// Test support: reads the real data files through the public parsers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseProgramme, parseRuleSet, type Programme, type RuleSet } from '../index';

const root = fileURLToPath(new URL('../../content/', import.meta.url));

/** The raw YAML of a data file, e.g. `rates/2024.yaml`. */
export function rawYaml(path: string): unknown {
  return parse(readFileSync(root + path, 'utf8'));
}

export const rules2022: RuleSet = parseRuleSet(rawYaml('rates/2022.yaml'), 'rates/2022.yaml');
export const rules2024: RuleSet = parseRuleSet(rawYaml('rates/2024.yaml'), 'rates/2024.yaml');
export const programme2022: Programme = parseProgramme(rawYaml('programme/2022.yaml'), 'programme/2022.yaml');
export const programme2024: Programme = parseProgramme(rawYaml('programme/2024.yaml'), 'programme/2024.yaml');
