/** @jsxImportSource preact */
/**
 * How strong a figure or rule is, shown the same way everywhere: nothing for a stated figure (its
 * citation says enough), a "härlett"/"derived" marker with how and from what, or an "ej
 * dokumenterat"/"not documented" marker with what is missing. One component for the Astro pages
 * (rendered to static HTML, no JavaScript) and the self-assessment island; the words come from
 * calculators/basis.ts, which the calculator's lines, print sheet and CSV use too.
 */
import type { BasisView } from '../../../calculators/basis';
// Its styles (basis.css) are in the base style sheet: the layout imports them for every page.

interface Props {
  /** The strength, from `describeBasis` / `describeNotDocumented`. */
  view: BasisView;
  /** Leave out the how/from sentence (only where the same sentence stands right next to it). */
  markerOnly?: boolean;
}

export default function BasisMark({ view, markerOnly = false }: Props) {
  if (view.kind === 'stated' || !view.marker) return null;
  return (
    <span class={`basis basis--${view.kind}`} data-basis={view.kind}>
      {' '}
      <span class="basis__marker">{view.marker}</span>
      {!markerOnly && view.detail && <span class="basis__detail">: {view.detail}</span>}
    </span>
  );
}
