import { useTranslations, type Lang } from '../../i18n';
import { ruleYearSpan } from '../../lib/rates/load';
import { themeIds, type ThemeId } from '../../lib/theme-ids';

/**
 * The settings view's choices for one language (/settings/<lang>.json), fetched when the view
 * first opens: its radio buttons and list are of use only with JavaScript, so no page carries
 * them (about 0.2 kB of every page, gzip).
 */
export interface SettingsData {
  /** The colour theme: the group's name, and one choice per theme in the order of src/lib/theme-ids.ts. */
  theme: { legend: string; choices: { id: ThemeId; name: string }[] };
  /** The rules year, when any year has rules: the list's label, and every year from the first to the last, undocumented ones not choosable. */
  rateYear?: { label: string; options: { year: string; label: string; documented: boolean }[] };
}

export async function settingsData(lang: Lang): Promise<SettingsData> {
  const t = useTranslations(lang);
  const span = await ruleYearSpan();
  const options = span.map(({ year, documented }) => ({ year, documented, label: documented ? year : t('wb.rateYearMissing', { year }) }));
  return {
    theme: { legend: t('wb.colourTheme'), choices: themeIds.map((id) => ({ id, name: t(`theme.${id}`) })) },
    ...(span.length > 0 ? { rateYear: { label: t('wb.rateYearLabel'), options } } : {}),
  };
}
