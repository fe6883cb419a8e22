/** The support cost calculator island: CalculatorApp.tsx and its data, loaded once the island has hydrated. */
import type { Props } from './CalculatorApp';
import { loadLocaleData } from './locale-data';
import { fetchToolData, hasToolBasics, loadAfterHydration, type IslandShell } from './shared';
import './calculator.css';

/** The calculator's data is a page context and the rule sets, oldest first. */
const isCalculatorData = (value: unknown): value is Props => hasToolBasics(value);

// The code, the data (src/pages/tool-data/) and the language's number data load side by side; the
// form's first amounts are formatted once all three are there (locale-data.ts).
export default loadAfterHydration<IslandShell, Props>(
  'calc',
  (shell) => shell.loadFailed,
  (shell) =>
    Promise.all([import('./CalculatorApp'), fetchToolData(shell.data, isCalculatorData), loadLocaleData(shell.lang)]).then(([m, props]) => ({
      Component: m.CalculatorApp,
      props,
    })),
);
