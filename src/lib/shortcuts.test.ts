import { describe, expect, it } from 'vitest';
import { comboKeys, everywhereKeys, listShortcuts, matches, paletteKeys, quickExitKey, repeatCounter } from './shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
});

describe('keyboard shortcuts', () => {
  it('open the palette with Ctrl+K, ⌘K and F1, never with the browser’s Ctrl+P or Ctrl+Shift+P', () => {
    expect(matches(key('k', { ctrlKey: true }), everywhereKeys.palette)).toBe(true);
    expect(matches(key('K', { metaKey: true }), everywhereKeys.palette)).toBe(true);
    expect(matches(key('F1'), everywhereKeys.palette)).toBe(true);
    expect(matches(key('k'), everywhereKeys.palette)).toBe(false);
    expect(matches(key('k', { ctrlKey: true, shiftKey: true }), everywhereKeys.palette)).toBe(false);
    for (const s of listShortcuts()) {
      expect(matches(key('p', { ctrlKey: true }), s)).toBe(false);
      expect(matches(key('P', { ctrlKey: true, shiftKey: true }), s)).toBe(false);
    }
  });

  it('accept ">" whether or not the layout needs Shift for it', () => {
    expect(matches(key('>', { shiftKey: true }), paletteKeys.commands)).toBe(true);
    expect(matches(key('>'), paletteKeys.commands)).toBe(true);
  });

  it('count three Shift presses within five seconds, and start over after a pause', () => {
    let now = 0;
    const counter = repeatCounter(quickExitKey.repeat, () => now);
    expect(counter.press()).toBe(1);
    now = 2000;
    expect(counter.press()).toBe(2);
    now = 6000; // the first press is now more than 5 s old
    expect(counter.press()).toBe(2);
    now = 6500;
    expect(counter.press()).toBe(3);
    now = 6600;
    expect(counter.press()).toBe(1);
  });

  it('print keys as on the keyboard, in the page language', () => {
    expect(everywhereKeys.palette.combos.map((c) => comboKeys(c, 'sv').join('+'))).toEqual(['Ctrl+K', '⌘+K', 'F1']);
    expect(comboKeys({ key: ' ' }, 'sv')).toEqual(['Mellanslag']);
    expect(comboKeys({ key: ' ' }, 'en')).toEqual(['Space']);
  });
});
