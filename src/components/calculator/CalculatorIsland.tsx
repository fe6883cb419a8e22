/** The support cost calculator island: CalculatorApp.tsx and its data, loaded once the island has hydrated. */
import type { Props } from './CalculatorApp';
import { hasToolBasics, toolIsland } from './shared';
import './calculator.css';

/** The calculator's data is a page context and the rule sets, oldest first. */
const isCalculatorData = (value: unknown): value is Props => hasToolBasics(value);

export default toolIsland<Props>('calc', () => import('./CalculatorApp').then((m) => m.CalculatorApp), isCalculatorData);
