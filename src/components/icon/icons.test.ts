import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconNames } from './names';

const css = readFileSync(new URL('./icons.css', import.meta.url), 'utf8');
// The sprite as the browser reads it: CSS drops a backslash and the line break after it.
const sprite = decodeURIComponent(/^  mask: url\("data:image\/svg\+xml,([^"]+)"\) no-repeat;$/m.exec(css)![1]!.replace(/\\\n/g, ''));
const cells = [...sprite.matchAll(/<path(?: transform='translate\((\d+)\)')? d='([^']+)'\/>/g)].map(([, x, d]) => ({ x: Number(x ?? 0), d }));
const classes = new Map([...css.matchAll(/^\.icon--([a-z]+) \{ --icon: (\d+); \}$/gm)].map(([, name, cell]) => [name!, Number(cell)]));

describe('icons.css', () => {
  it('gives a cell to every icon iconClass() can name, and to no other', () => {
    expect([...classes.keys()].sort()).toEqual([...iconNames].sort());
  });

  it('draws one 24 × 24 line drawing in each cell of the strip, left to right, one per icon', () => {
    expect(sprite).toMatch(new RegExp(`^<svg xmlns='http://www\\.w3\\.org/2000/svg' viewBox='0 0 ${24 * iconNames.length} 24' fill='none' stroke='#000'[^>]*>(<path[^>]*/>)+</svg>$`));
    expect(cells.map((c) => c.x)).toEqual(iconNames.map((_, i) => 24 * i));
    expect([...classes.values()].sort((a, b) => a - b)).toEqual(iconNames.map((_, i) => i));
  });

  it('shows exactly one cell in the box: the strip is as many boxes wide as it has cells', () => {
    const n = iconNames.length;
    expect(css).toContain(`mask-size: ${n}00% 100%;`);
    expect(css).toContain(`mask-position: calc(var(--icon) * 100% / ${n - 1}) 0;`);
  });
});
