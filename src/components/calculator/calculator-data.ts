import { getCollection } from 'astro:content';
import type { RuleSet } from '../../../calculators';
import type { Lang } from '../../i18n';
import { withBase } from '../../lib/paths';
import type { Props } from './CalculatorApp';
import { oneLanguage } from './one-language';
import { pageContext } from './page-context';

/**
 * The calculator's data in one language, from the validated rates files: what its island fetches
 * as /tool-data/calculator/<lang>.json (src/pages/tool-data/). Fails the build if there is no
 * rates file at all.
 */
export async function calculatorData(lang: Lang): Promise<Props> {
  const ruleSets: RuleSet[] = (await getCollection('rates')).map((e) => oneLanguage(e.data, lang)).sort((a, b) => a.year - b.year);
  if (ruleSets.length === 0) throw new Error('Calculator: no rates files in content/rates/');
  // The scenario's strings are the scenario island's; this one never shows them.
  const ctx = await pageContext(lang, withBase(lang === 'sv' ? '/kallor/' : '/en/sources/'), 'calc.scen.');
  return { ctx, ruleSets };
}
