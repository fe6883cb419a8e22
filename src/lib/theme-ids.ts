/**
 * The colour themes, in the order the settings and the palette offer them. A module of its own
 * (no store, no state) so that the early script in <head> can check a session's choice without
 * carrying the theme store.
 */
export const themeIds = ['dark', 'light', 'hc-dark', 'hc-light'] as const;
export type ThemeId = (typeof themeIds)[number];

export const isThemeId = (value: unknown): value is ThemeId => themeIds.includes(value as ThemeId);
