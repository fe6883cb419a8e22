/** The programme scenario island: ScenarioApp.tsx, loaded once the island has hydrated. */
import { loadAfterHydration } from '../calculator/shared';
import '../calculator/calculator.css';

export default loadAfterHydration('scen', () => import('./ScenarioApp').then((m) => m.ScenarioApp));
