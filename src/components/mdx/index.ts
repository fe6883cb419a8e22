import Cite from '../cite/Cite.astro';
import MdxLink from '../mdx-link/MdxLink.astro';
import Conditions from '../programme/Conditions.astro';
import Funding from '../programme/Funding.astro';
import History from '../programme/History.astro';
import Rate from '../rates/Rate.astro';
import RateComparison from '../rates/RateComparison.astro';
import RegionOverview from '../regions/RegionOverview.astro';
import RequirementList from '../requirements/RequirementList.astro';
import SelfAssessment from '../self-assessment/SelfAssessmentIsland.astro';
import SourceList from '../source-list/SourceList.astro';
import Steps from '../steps/Steps.astro';

/**
 * Components MDX pages may use without importing them, e.g. `<Cite source="nsp-2024"
 * section="1.2" />`. Keeping page files free of import lines lets editors write only text and tags.
 * `a` makes root-relative Markdown links respect the site's base path.
 */
export const mdxComponents = { a: MdxLink, Cite, Conditions, Funding, History, Rate, RateComparison, RegionOverview, RequirementList, SelfAssessment, SourceList, Steps };
