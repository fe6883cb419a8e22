/** The programme scenario island: ScenarioApp.tsx and its data, loaded once the island has hydrated. */
import type { Props } from './ScenarioApp';
import { hasToolBasics, toolIsland } from '../calculator/shared';
import '../calculator/calculator.css';

/** The scenario's data also has the programme's figures and the years that have both. */
const isScenarioData = (value: unknown): value is Props =>
  hasToolBasics(value) && Array.isArray((value as Partial<Props>).programmes) && Array.isArray((value as Partial<Props>).years);

export default toolIsland<Props>('scen', () => import('./ScenarioApp').then((m) => m.ScenarioApp), isScenarioData);
