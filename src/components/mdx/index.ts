/**
 * Components MDX pages may use without importing them, e.g. `<Cite source="nsp-2024"
 * section="1.2" />`: each name with its file under src/components/. Keeping page files free of
 * import lines lets editors write only text and tags.
 *
 * The build adds the import lines itself, to each page for the components that page uses
 * (src/integrations/mdx-component-imports.ts). Imported by the page rather than passed to every
 * page by the route, a component's styles and scripts go to the pages that use it only: one
 * shared sheet with every component's CSS was most of each page's CSS (issue 22).
 */
export const mdxComponentFiles: Readonly<Record<string, string>> = {
  Calculator: 'calculator/Calculator.astro',
  Cite: 'cite/Cite.astro',
  Glossary: 'glossary/Glossary.astro',
  LegalAsOf: 'legal-as-of/LegalAsOf.astro',
  Timeline: 'legal-timeline/Timeline.astro',
  OpenQuestionList: 'open-questions/OpenQuestionList.astro',
  OpenQuestionNote: 'open-questions/OpenQuestionNote.astro',
  PageLink: 'page-link/PageLink.astro',
  Conditions: 'programme/Conditions.astro',
  Funding: 'programme/Funding.astro',
  History: 'programme/History.astro',
  ProvisionIndex: 'provision-index/ProvisionIndex.astro',
  ProvisionList: 'provision-list/ProvisionList.astro',
  Rate: 'rates/Rate.astro',
  RateComparison: 'rates/RateComparison.astro',
  ReformTable: 'reform-table/ReformTable.astro',
  RegionOverview: 'regions/RegionOverview.astro',
  RequirementList: 'requirements/RequirementList.astro',
  SafeModePanel: 'safe-mode/SafeModePanel.astro',
  Scenario: 'scenario/Scenario.astro',
  SelfAssessment: 'self-assessment/SelfAssessmentIsland.astro',
  SeriesDownloads: 'series-chart/SeriesDownloads.astro',
  SeriesGroup: 'series-chart/SeriesGroup.astro',
  SourceList: 'source-list/SourceList.astro',
  StatChart: 'stat-chart/StatChart.astro',
  StatMissing: 'stat-chart/StatMissing.astro',
  StatTable: 'stat-chart/StatTable.astro',
  StatCompare: 'stat-compare/StatCompare.astro',
  StatNotCompared: 'stat-compare/StatNotCompared.astro',
  StatDiscrepancies: 'stat-discrepancies/StatDiscrepancies.astro',
  StatDownloads: 'stat-downloads/StatDownloads.astro',
  StatKeyFigures: 'stat-value/StatKeyFigures.astro',
  StatValue: 'stat-value/StatValue.astro',
  Steps: 'steps/Steps.astro',
};
