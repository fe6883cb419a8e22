import Calculator from '../calculator/Calculator.astro';
import Cite from '../cite/Cite.astro';
import Glossary from '../glossary/Glossary.astro';
import Timeline from '../legal-timeline/Timeline.astro';
import PageLink from '../page-link/PageLink.astro';
import ProvisionIndex from '../provision-index/ProvisionIndex.astro';
import ProvisionList from '../provision-list/ProvisionList.astro';
import ReformTable from '../reform-table/ReformTable.astro';
import Scenario from '../scenario/Scenario.astro';
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

/**
 * Components MDX pages may use without importing them, e.g. `<Cite source="nsp-2024"
 * section="1.2" />`. Keeping page files free of import lines lets editors write only text and tags.
 */
export const mdxComponents = {
  Calculator,
  Cite,
  Glossary,
  PageLink,
  ProvisionIndex,
  ProvisionList,
  ReformTable,
  Scenario,
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
  Timeline,
};
