/** An in-memory `Storage` (sessionStorage, localStorage) for unit tests that run in Node. */
export class MemoryStorage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(k: string) { return this.items.get(k) ?? null; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  removeItem(k: string) { this.items.delete(k); }
  setItem(k: string, v: string) { this.items.set(k, v); }
}
