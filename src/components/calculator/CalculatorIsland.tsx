/** The support cost calculator island: CalculatorApp.tsx, loaded once the island has hydrated. */
import { loadAfterHydration } from './shared';
import './calculator.css';

export default loadAfterHydration('calc', () => import('./CalculatorApp').then((m) => m.CalculatorApp));
