/**
 * Components MDX pages may use without importing them, e.g. `<Figure ... />`. Keep page
 * files free of import lines so that editors only write text and tags.
 */
export const mdxComponents = {};
