/** The programme scenario island: ScenarioApp.tsx, loaded once the island has hydrated. */
import { loadLocaleData } from '../calculator/locale-data';
import type { Props } from './ScenarioApp';
import { loadAfterHydration } from '../calculator/shared';
import '../calculator/calculator.css';

// The scenario's amounts are formatted once the language's data is loaded (locale-data.ts).
export default loadAfterHydration<Props>('scen', ({ ctx }) =>
  Promise.all([import('./ScenarioApp'), loadLocaleData(ctx.lang)]).then(([m]) => m.ScenarioApp),
);
