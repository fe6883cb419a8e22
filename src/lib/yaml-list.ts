import { parse } from 'yaml';

/**
 * Parser for Astro's `file()` loader: a YAML list becomes entries keyed by one of their fields,
 * so ids stay readable ("nsp-2024") and a duplicate or missing key fails the build by name.
 * With `seq`, each entry also gets its place in the list (0 = first) as `seq`: collections come
 * back sorted by id, and pages sort by `seq` where the editor's order matters.
 */
export function yamlListBy(idField: string, fileName: string, options: { seq?: boolean } = {}) {
  return (text: string): Record<string, Record<string, unknown>> => {
    const list: unknown = parse(text);
    if (!Array.isArray(list)) throw new Error(`${fileName}: expected a YAML list of entries`);
    const out: Record<string, Record<string, unknown>> = {};
    list.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new Error(`${fileName}: entry ${i + 1} is not a mapping`);
      }
      const id = (item as Record<string, unknown>)[idField];
      if (typeof id !== 'string' || id.length === 0) {
        throw new Error(`${fileName}: entry ${i + 1}: field "${idField}" is missing`);
      }
      if (id in out) throw new Error(`${fileName}: entry ${i + 1}: ${idField} "${id}" appears twice`);
      out[id] = { ...(item as Record<string, unknown>), id, ...(options.seq ? { seq: i } : {}) };
    });
    return out;
  };
}

/**
 * Parser for Astro's `file()` loader when a YAML file is one document (a mapping), not a list:
 * the whole file becomes a single entry with the given id.
 */
export function yamlSingle(id: string, fileName: string) {
  return (text: string): Record<string, Record<string, unknown>> => {
    const doc: unknown = parse(text);
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      throw new Error(`${fileName}: expected a YAML mapping at the top level`);
    }
    return { [id]: doc as Record<string, unknown> };
  };
}
