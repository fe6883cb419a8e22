/** The icons src/components/icon/icons.css draws, by name. */
export const iconNames = ['files', 'search', 'calculator', 'law', 'graph', 'gear', 'chevron', 'close', 'keyboard', 'history', 'shield', 'globe', 'theme', 'calendar'] as const;

export type IconName = (typeof iconNames)[number];

/**
 * The classes that draw an icon before an element's own content (icons.css): the element that
 * carries the accessible name carries the icon too, so a page names each icon with a class
 * rather than an element of its own. Size in CSS pixels: 16, or 24 for the activity bar.
 */
export function iconClass(name: IconName, size: 16 | 24 = 16): string {
  return `icon icon--${name}${size === 24 ? ' icon--24' : ''}`;
}
