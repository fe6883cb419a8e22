import Calculator from '../calculator/Calculator.astro';
import Cite from '../cite/Cite.astro';
import Glossary from '../glossary/Glossary.astro';
import LegalAsOf from '../legal-as-of/LegalAsOf.astro';
import Timeline from '../legal-timeline/Timeline.astro';
import MdxLink from '../mdx-link/MdxLink.astro';
import OpenQuestionList from '../open-questions/OpenQuestionList.astro';
import OpenQuestionNote from '../open-questions/OpenQuestionNote.astro';
import PageLink from '../page-link/PageLink.astro';
import Conditions from '../programme/Conditions.astro';
import Funding from '../programme/Funding.astro';
import History from '../programme/History.astro';
import ProvisionIndex from '../provision-index/ProvisionIndex.astro';
import ProvisionList from '../provision-list/ProvisionList.astro';
import Rate from '../rates/Rate.astro';
import RateComparison from '../rates/RateComparison.astro';
import ReformTable from '../reform-table/ReformTable.astro';
import RegionOverview from '../regions/RegionOverview.astro';
import RequirementList from '../requirements/RequirementList.astro';
import SafeModePanel from '../safe-mode/SafeModePanel.astro';
import Scenario from '../scenario/Scenario.astro';
import SelfAssessment from '../self-assessment/SelfAssessmentIsland.astro';
import SeriesDownloads from '../series-chart/SeriesDownloads.astro';
import SeriesGroup from '../series-chart/SeriesGroup.astro';
import SourceList from '../source-list/SourceList.astro';
import StatChart from '../stat-chart/StatChart.astro';
import StatMissing from '../stat-chart/StatMissing.astro';
import StatTable from '../stat-chart/StatTable.astro';
import StatCompare from '../stat-compare/StatCompare.astro';
import StatNotCompared from '../stat-compare/StatNotCompared.astro';
import StatDiscrepancies from '../stat-discrepancies/StatDiscrepancies.astro';
import StatDownloads from '../stat-downloads/StatDownloads.astro';
import StatKeyFigures from '../stat-value/StatKeyFigures.astro';
import StatValue from '../stat-value/StatValue.astro';
import Steps from '../steps/Steps.astro';

/**
 * Components MDX pages may use without importing them, e.g. `<Cite source="nsp-2024"
 * section="1.2" />`. Keeping page files free of import lines lets editors write only text and tags.
 * `a` makes root-relative Markdown links respect the site's base path.
 */
export const mdxComponents = {
  a: MdxLink,
  Calculator,
  Cite,
  Conditions,
  Funding,
  Glossary,
  History,
  LegalAsOf,
  OpenQuestionList,
  OpenQuestionNote,
  PageLink,
  ProvisionIndex,
  ProvisionList,
  Rate,
  RateComparison,
  ReformTable,
  RegionOverview,
  RequirementList,
  SafeModePanel,
  Scenario,
  SelfAssessment,
  SeriesDownloads,
  SeriesGroup,
  SourceList,
  StatChart,
  StatCompare,
  StatDiscrepancies,
  StatDownloads,
  StatKeyFigures,
  StatMissing,
  StatNotCompared,
  StatTable,
  StatValue,
  Steps,
  Timeline,
};
