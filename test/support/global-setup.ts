import { clearFigures } from './page-figures';

/** Before any test: forget the page figures of an earlier run (see page-figures.ts). */
export default function globalSetup(): void {
  clearFigures();
}
