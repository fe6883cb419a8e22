/** The citation keys content/sources.yaml defines, read before any schema checks a key. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Keys of every entry of `<contentDir>/sources.yaml` (an unreadable file gives none: the check reports it). */
export function readSourceKeys(contentDir: string): string[] {
  const path = join(contentDir, 'sources.yaml');
  if (!existsSync(path)) return [];
  try {
    const list: unknown = parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(list)) return [];
    return list.flatMap((e) => (e && typeof e === 'object' && typeof e.key === 'string' ? [e.key] : []));
  } catch {
    return [];
  }
}
