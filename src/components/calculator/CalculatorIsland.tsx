/** The support cost calculator island: CalculatorApp.tsx, loaded once the island has hydrated. */
import type { Props } from './CalculatorApp';
import { loadLocaleData } from './locale-data';
import { loadAfterHydration } from './shared';
import './calculator.css';

// The form's first amounts are formatted once the language's data is loaded (locale-data.ts).
export default loadAfterHydration<Props>('calc', ({ ctx }) =>
  Promise.all([import('./CalculatorApp'), loadLocaleData(ctx.lang)]).then(([m]) => m.CalculatorApp),
);
