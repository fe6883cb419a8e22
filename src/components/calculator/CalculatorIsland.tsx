/** The support cost calculator island: CalculatorApp.tsx, loaded once the island has hydrated. */
import type { Props } from './CalculatorApp';
import { loadLocaleData } from './locale-data';
import { afterTask, loadAfterHydration } from './shared';
import './calculator.css';

// The engine with its stores, then the form: each module's first run is a task of its own, and
// the form's first amounts are formatted once the language's data is loaded (locale-data.ts).
export default loadAfterHydration<Props>('calc', ({ ctx }) =>
  Promise.all([import('../../stores/calculator'), loadLocaleData(ctx.lang)])
    .then(afterTask)
    .then(() => import('./CalculatorApp'))
    .then((m) => m.CalculatorApp),
);
