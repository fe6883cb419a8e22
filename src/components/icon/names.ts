/** The icons src/components/icon/icons.css draws, by the name Icon.astro takes. */
export const iconNames = ['files', 'search', 'calculator', 'law', 'graph', 'gear', 'chevron', 'close', 'keyboard', 'history', 'shield', 'globe', 'theme', 'calendar'] as const;

export type IconName = (typeof iconNames)[number];
