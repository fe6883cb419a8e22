import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconNames } from './names';

const css = readFileSync(new URL('./icons.css', import.meta.url), 'utf8');
const drawn = [...css.matchAll(/^\.icon--([a-z]+) \{ --icon: url\("data:image\/svg\+xml,([^"]+)"\); \}$/gm)];

describe('icons.css', () => {
  it('draws every icon iconClass() can name, and no other', () => {
    expect(drawn.map(([, name]) => name).sort()).toEqual([...iconNames].sort());
  });

  it('draws each one as a 24 × 24 line drawing with one path', () => {
    for (const [, name, svg] of drawn) {
      const markup = decodeURIComponent(svg!);
      expect(markup, name).toMatch(/^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 24 24' fill='none' stroke='#000'[^>]*><path d='[^']+'\/><\/svg>$/);
    }
  });
});
