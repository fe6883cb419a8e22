import { beforeEach, describe, expect, it } from 'vitest';
import { initSafeMode, safeMode, setSafeMode, toggleSafeMode } from './safe-mode';
import { clearSession } from './session';
import { MemoryStorage } from '../../test/support/memory-storage';

describe('safe mode', () => {
  beforeEach(() => {
    Object.assign(globalThis, { sessionStorage: new MemoryStorage() });
    safeMode.set(false);
  });

  it('is off on a first visit', () => {
    initSafeMode();
    expect(safeMode.get()).toBe(false);
  });

  it('switched on, lasts to the next page of the session', () => {
    setSafeMode(true);
    safeMode.set(false); // a new page starts with the store's default
    initSafeMode();
    expect(safeMode.get()).toBe(true);
    expect(sessionStorage.getItem('nsp:safe-mode')).toBe('on');
  });

  it('switched off, leaves nothing in the session', () => {
    setSafeMode(true);
    setSafeMode(false);
    expect(sessionStorage.length).toBe(0);
    initSafeMode();
    expect(safeMode.get()).toBe(false);
  });

  it('toggles each way', () => {
    toggleSafeMode();
    expect(safeMode.get()).toBe(true);
    toggleSafeMode();
    expect(safeMode.get()).toBe(false);
  });

  it('is off again after the quick exit empties the session', () => {
    setSafeMode(true);
    clearSession();
    initSafeMode();
    expect(safeMode.get()).toBe(false);
  });

  it('ignores any other stored value', () => {
    sessionStorage.setItem('nsp:safe-mode', 'true');
    initSafeMode();
    expect(safeMode.get()).toBe(false);
  });

  it('still switches for this page when storage is blocked', () => {
    Object.defineProperty(globalThis, 'sessionStorage', { configurable: true, get: () => { throw new Error('blocked'); } });
    setSafeMode(true);
    expect(safeMode.get()).toBe(true);
    Object.defineProperty(globalThis, 'sessionStorage', { configurable: true, writable: true, value: new MemoryStorage() });
  });
});
