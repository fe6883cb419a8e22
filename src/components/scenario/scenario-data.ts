import { getCollection } from 'astro:content';
import type { Programme, RuleSet } from '../../../calculators';
import type { Lang } from '../../i18n';
import { withBase } from '../../lib/paths';
import { oneLanguage } from '../calculator/one-language';
import { pageContext } from '../calculator/page-context';
import type { Props } from './ScenarioApp';

/**
 * The scenario's data in one language, from the validated rates and programme files: what its
 * island fetches as /tool-data/scenario/<lang>.json (src/pages/tool-data/). Fails the build if no
 * year has both.
 */
export async function scenarioData(lang: Lang): Promise<Props> {
  const ruleSets: RuleSet[] = (await getCollection('rates')).map((e) => oneLanguage(e.data, lang)).sort((a, b) => a.year - b.year);
  const programmes: Programme[] = (await getCollection('programme')).map((e) => oneLanguage(e.data, lang)).sort((a, b) => a.year - b.year);
  // Only years with both rules and programme figures can be costed.
  const years = ruleSets.filter((r) => programmes.some((p) => p.year === r.year)).map((r) => String(r.year));
  if (years.length === 0) throw new Error('Scenario: no year has both content/rates/<year>.yaml and content/programme/<year>.yaml');
  const ctx = await pageContext(lang, withBase(lang === 'sv' ? '/kallor/' : '/en/sources/'));
  return { ctx, ruleSets, programmes, years };
}
