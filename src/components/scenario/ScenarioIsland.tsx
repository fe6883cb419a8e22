/** The programme scenario island: ScenarioApp.tsx and its data, loaded once the island has hydrated. */
import { loadLocaleData } from '../calculator/locale-data';
import type { Props } from './ScenarioApp';
import { fetchToolData, hasToolBasics, loadAfterHydration, type IslandShell } from '../calculator/shared';
import '../calculator/calculator.css';

/** The scenario's data also has the programme's figures and the years that have both. */
const isScenarioData = (value: unknown): value is Props =>
  hasToolBasics(value) && Array.isArray((value as Partial<Props>).programmes) && Array.isArray((value as Partial<Props>).years);

// The code, the data (src/pages/tool-data/) and the language's number data load side by side; the
// scenario's amounts are formatted once all three are there (locale-data.ts).
export default loadAfterHydration<IslandShell, Props>(
  'scen',
  (shell) => shell.loadFailed,
  (shell) =>
    Promise.all([import('./ScenarioApp'), fetchToolData(shell.data, isScenarioData), loadLocaleData(shell.lang)]).then(([m, props]) => ({
      Component: m.ScenarioApp,
      props,
    })),
);
