import { beforeEach, describe, expect, it } from 'vitest';
import { closeTab, maxTabs, openTab, tabs, withoutTab, withTab } from './tabs';
import { MemoryStorage } from '../../test/support/memory-storage';

const a = { path: '/a/', title: 'A' };
const b = { path: '/b/', title: 'B' };
const c = { path: '/c/', title: 'C' };

describe('editor tabs', () => {
  beforeEach(() => {
    Object.assign(globalThis, { sessionStorage: new MemoryStorage() });
    tabs.set([]);
  });

  it('open each page once, in the order opened, and survive a page load in the session', () => {
    openTab(a);
    openTab(b);
    openTab(a);
    expect(tabs.get()).toEqual([a, b]);
    tabs.set([]);
    openTab(c);
    expect(tabs.get()).toEqual([a, b, c]);
    expect(sessionStorage.getItem('nsp:tabs')).toContain('/c/');
  });

  it('closing a tab shows its right neighbour, or the left one at the end', () => {
    expect(withoutTab([a, b, c], '/b/')).toEqual({ list: [a, c], next: c });
    expect(withoutTab([a, b, c], '/c/')).toEqual({ list: [a, b], next: b });
    expect(withoutTab([a], '/a/')).toEqual({ list: [], next: undefined });
  });

  it('closeTab updates the session', () => {
    openTab(a);
    openTab(b);
    expect(closeTab('/a/')).toEqual(b);
    expect(JSON.parse(sessionStorage.getItem('nsp:tabs') ?? '')).toEqual([b]);
  });

  it('drop the oldest tab beyond the limit, never the one being opened', () => {
    let list = [a];
    for (let i = 0; i < maxTabs + 3; i++) list = withTab(list, { path: `/p${i}/`, title: `P${i}` });
    expect(list).toHaveLength(maxTabs);
    expect(list.at(-1)?.path).toBe(`/p${maxTabs + 2}/`);
    expect(list.some((t) => t.path === '/a/')).toBe(false);
  });

  it('ignore garbage in storage instead of failing', () => {
    sessionStorage.setItem('nsp:tabs', '{not json');
    openTab(a);
    expect(tabs.get()).toEqual([a]);
    sessionStorage.setItem('nsp:tabs', JSON.stringify([{ path: 42 }, b]));
    openTab(a);
    expect(tabs.get()).toEqual([b, a]);
  });
});
