import { t as translate, useTranslations, type Lang } from '../../i18n';
import { ruleYearSpan } from '../../lib/rates/load';
import { routeByKey, routesIn, sectionsIn } from '../../lib/routes';
import { themeIds } from '../../stores/theme';
import { exitTarget } from '../quick-exit/exit-target';
import type { PaletteCommand, PaletteData } from './commands';

/**
 * The palette's texts and commands for one language (at build time), from data and routes: the
 * themes, the other language, every documented rules year (and the undocumented years between
 * them, shown as such), a command per calculator page, the shortcuts and changes pages, safe mode
 * and the quick exit.
 */
export async function paletteData(lang: Lang): Promise<PaletteData> {
  const t = useTranslations(lang);
  const span = await ruleYearSpan();
  const routes = await routesIn(lang);
  const shortcutsPage = await routeByKey('shortcuts', lang);
  const changesPage = await routeByKey('changes', lang);
  const other: Lang = lang === 'sv' ? 'en' : 'sv';
  const commands: PaletteCommand[] = [
    ...themeIds.map((id): PaletteCommand => ({ label: t('wb.theme', { name: t(`theme.${id}`) }), run: 'theme', value: id })),
    { label: t('cmd.language', { name: translate(other, 'lang.name') }), run: 'language', value: '' },
    ...span.map(({ year, documented }): PaletteCommand =>
      documented
        ? { label: t('wb.rateYear', { year }), run: 'year', value: year }
        : { label: t('wb.rateYearMissingCommand', { year }), run: 'year', value: year, disabled: true },
    ),
    ...routes
      .filter((r) => r.section === 'calculators')
      .map((r): PaletteCommand => ({ label: t('cmd.calculator', { title: r.navTitle }), run: 'link', value: r.path })),
    ...(shortcutsPage ? [{ label: t('cmd.shortcuts'), run: 'link', value: shortcutsPage.path } satisfies PaletteCommand] : []),
    ...(changesPage ? [{ label: t('cmd.changes'), run: 'link', value: changesPage.path } satisfies PaletteCommand] : []),
    { label: t('cmd.safeMode'), run: 'safe-mode', value: '' },
    { label: t('wb.quickExit'), run: 'exit', value: exitTarget },
  ];
  return {
    dialog: {
      label: t('palette.label'),
      input: t('palette.input'),
      section: t('palette.section'),
      allSections: t('palette.allSections'),
      results: t('palette.results'),
      hint: t('palette.hint'),
    },
    strings: {
      pages: t('palette.pages'),
      text: t('palette.text'),
      commands: t('palette.commands'),
      none: t('palette.none'),
      count: t('palette.count'),
      searching: t('palette.searching'),
      failed: t('search.failed'),
    },
    sections: (await sectionsIn(lang)).map((g) => ({ id: g.id, name: t(`section.${g.id}`) })),
    commands,
  };
}
