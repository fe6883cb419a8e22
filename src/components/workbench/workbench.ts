import { initCitePages } from '../cite-page/cite-page';
import { initPaletteTriggers } from '../command-palette/palette-open';
import { initEditorTabs, recordOpenTab } from '../editor-tabs/editor-tabs';
import { initExplorer } from '../explorer/explorer';
import { initOutline } from '../outline/outline';
import { initQuickExit } from '../quick-exit/quick-exit';
import { initSafeModeSwitches } from '../safe-mode/safe-mode';
import { initSidebar } from '../sidebar/sidebar';
import { initStatusBar } from '../status-bar/status-bar';
import { everywhereKeys, matches } from '../../lib/shortcuts';

/**
 * The workbench's one script on every page: plain modules, no framework runtime. Safe mode's
 * links and forms and the quick exit's keys are the early script's, from the page's first moment
 * (src/components/workbench/early.ts). The quick exit's button comes first here so that it works
 * even if something later fails, then safe mode's switches, then the palette's keys. The palette's own code loads on first open
 * (palette-open.ts).
 */
function start(): void {
  initQuickExit();
  initSafeModeSwitches();
  initPaletteTriggers();
  recordOpenTab();
  // What follows enhances parts that already work as links and plain content without JavaScript.
  // The JavaScript-only controls appear last, once everything they use is wired.
  inTurn([
    initExplorer,
    initSidebar,
    initEditorTabs,
    initOutline,
    initStatusBar,
    initCitePages,
    () => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
    },
  ]);
}

// As the page's module script this runs once the page is parsed. A tool's island imports the same
// file (it holds the stores they share: astro.config.mjs, fewerScriptChunks), and an island can
// start while the page is still arriving; the workbench then waits for the rest of the page.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();

/**
 * Runs each step in a task of its own, in order. Together the parts below are one long task on a
 * slow phone, during which a tap waits; one at a time, the page can answer between them. A step
 * that throws is reported as usual, and the steps after it still run.
 */
function inTurn(steps: readonly (() => void)[]): void {
  const [step, ...rest] = steps;
  if (!step) return;
  setTimeout(() => {
    try {
      step();
    } finally {
      inTurn(rest);
    }
  }, 0);
}

// Hover and focus tooltips can be dismissed with Escape without moving the pointer (WCAG 1.4.13).
const root = document.documentElement;
document.addEventListener('keydown', (event) => {
  if (matches(event, everywhereKeys.tooltipHide)) root.classList.add('tooltips-off');
});
for (const type of ['pointermove', 'focusin'] as const) {
  document.addEventListener(type, () => root.classList.remove('tooltips-off'), { passive: true });
}
