/**
 * Makes, once, every formatter the calculator will make on the page: see locale-data.ts for why.
 * Answers "ready" when done, or with the error if the browser could not make one.
 */
import { kronorOptions, localeTags, wholeNumberOptions, type Locale } from '../../../calculators/money';
import { sheetDateOptions } from './sheet-date';

addEventListener('message', (event: MessageEvent<Locale>) => {
  try {
    const tag = localeTags[event.data];
    new Intl.NumberFormat(tag, kronorOptions).format(0);
    new Intl.NumberFormat(tag, wholeNumberOptions).format(0);
    new Intl.DateTimeFormat(tag, sheetDateOptions).format(0);
    postMessage('ready');
  } catch (error) {
    postMessage(String(error));
  }
});
