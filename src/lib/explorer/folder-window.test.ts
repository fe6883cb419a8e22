import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFolderLimit, folderLimitFrom, folderWindow } from './folder-window';

const folder = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `/p${i}/` }));

describe('folderWindow', () => {
  it('lists a folder that fits whole, in order', () => {
    expect(folderWindow(folder(3), '/p1/', 3)).toEqual({ shown: folder(3), hidden: 0 });
  });

  it('centres a long folder on the current page and says how many are left out', () => {
    const { shown, hidden } = folderWindow(folder(30), '/p15/', 5);
    expect(shown.map((p) => p.path)).toEqual(['/p13/', '/p14/', '/p15/', '/p16/', '/p17/']);
    expect(hidden).toBe(25);
  });

  it('starts at the top when the current page is elsewhere, and stops at the end near the last page', () => {
    expect(folderWindow(folder(30), '/other/', 4).shown.map((p) => p.path)).toEqual(['/p0/', '/p1/', '/p2/', '/p3/']);
    expect(folderWindow(folder(30), '/p29/', 4).shown.map((p) => p.path)).toEqual(['/p26/', '/p27/', '/p28/', '/p29/']);
  });

  it('always shows the current page, never more than the limit, and accounts for every page', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 50 }), fc.nat(), (size, limit, pick) => {
        const pages = folder(size);
        const current = size > 0 ? pages[pick % size]!.path : undefined;
        const { shown, hidden } = folderWindow(pages, current, limit);
        expect(shown.length).toBe(Math.min(size, limit));
        expect(shown.length + hidden).toBe(size);
        if (current) expect(shown.map((p) => p.path)).toContain(current);
        // Consecutive: the window is one run of the folder, not a selection.
        const first = pages.findIndex((p) => p.path === shown[0]?.path);
        expect(shown).toEqual(pages.slice(first, first + shown.length));
      }),
    );
  });
});

describe('folderLimitFrom', () => {
  it('defaults when unset and reads a whole number', () => {
    expect(folderLimitFrom(undefined)).toBe(defaultFolderLimit);
    expect(folderLimitFrom('3')).toBe(3);
  });

  it('refuses a value that is not a whole number of at least 1, naming the variable', () => {
    for (const bad of ['0', '-2', '2.5', 'many']) expect(() => folderLimitFrom(bad)).toThrow(/EXPLORER_FOLDER_LIMIT.*at least 1/);
  });
});
