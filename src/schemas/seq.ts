import { z } from 'astro/zod';

/**
 * An entry's place in its YAML list (0 = first), set by the loader (`yamlListBy(…, { seq: true })`),
 * never written in the file: pages sort by it to keep the order the editor wrote.
 */
export const seqSchema = z.number().int().nonnegative();
