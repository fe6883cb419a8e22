import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryEntrySchema, type GlossaryEntry } from '../../schemas/glossary';
import { yamlListBy } from '../yaml-list';

/**
 * Reads `glossary.yaml` outside the content layer, for the rehype plugin, which runs while MDX is
 * compiled (before any collection can be queried). It validates with the same schema as the
 * collection, so a broken file fails with the same file and field names.
 */
export function loadGlossaryFile(contentDir: string): GlossaryEntry[] {
  const fileName = 'content/glossary.yaml';
  const raw = yamlListBy('id', fileName)(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8'));
  return Object.entries(raw).map(([id, data]) => {
    const parsed = glossaryEntrySchema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`${fileName}: entry "${id}": ${issues}`);
    }
    return parsed.data;
  });
}
