/**
 * Where the quick exit goes: SMHI's weather service. A weather page is something anyone opens
 * many times a day, so it draws no attention on screen or in history; it is a Swedish public
 * agency with no login, and unlike a search engine it leaves no query in an account's history.
 */
export const exitTarget = 'https://www.smhi.se/';
