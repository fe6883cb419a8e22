import type { Locale } from '../../../calculators/money';

/** How long the calculator waits for the worker before it starts anyway. */
const patience = 1500;

/**
 * Loads the language's number and date data on a worker thread and resolves when it is loaded, or
 * at once where there are no workers, or after `patience` ms whatever happens: it never fails.
 *
 * The first number or date a page formats makes the browser load that language's data. In
 * Chromium (Chrome, Edge, Samsung Internet, most Android phones) that takes the thread that asks
 * for it tens of milliseconds on a fast computer and several times that on a slow phone, and the
 * loaded data serves every thread of the page afterwards. Loaded by a worker, it no longer holds up
 * the page's own thread, where a tap would have to wait for it. Other browsers format the same
 * either way; for them the worker only costs its start.
 */
export function loadLocaleData(locale: Locale): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    const done = () => {
      clearTimeout(timer);
      worker?.terminate();
      resolve();
    };
    const timer = setTimeout(done, patience);
    try {
      worker = new Worker(new URL('./locale-data.worker.ts', import.meta.url));
      worker.addEventListener('message', done);
      worker.addEventListener('error', done);
      worker.postMessage(locale);
    } catch {
      done();
    }
  });
}
