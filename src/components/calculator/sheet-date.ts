/** How the printed cost sheet writes the day it was made ("2 december 2026" / "2 December 2026"). */
export const sheetDateOptions: Readonly<Intl.DateTimeFormatOptions> = { dateStyle: 'long' };
