/**
 * The explorer's top-level folders, in the order they are shown. A page names its folder
 * in front matter; the folder's label comes from the UI dictionary (`section.<id>`).
 */
export const sectionIds = [
  'start',
  'programme',
  'rates',
  'certification',
  'calculators',
  'legal',
  'statistics',
  'reference',
] as const;

export type SectionId = (typeof sectionIds)[number];
