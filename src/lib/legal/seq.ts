/**
 * Adds each entry's position in its YAML list as `seq`, so pages can keep the order the editor
 * chose (a keyed collection does not promise to keep it). Wraps a `yamlListBy` parser.
 */
export function withSeq(parse: (text: string) => Record<string, Record<string, unknown>>) {
  return (text: string): Record<string, Record<string, unknown>> => {
    const entries = parse(text);
    return Object.fromEntries(Object.entries(entries).map(([id, entry], seq) => [id, { ...entry, seq }]));
  };
}
