import { exitTarget } from '../quick-exit/exit-target';
import { shortcut } from '../../lib/shortcuts';

/**
 * Safe mode and the quick exit from the first moment a page exists: the safety part of the early
 * script (src/components/workbench/early-script.ts). The workbench's module
 * (src/components/workbench/workbench.ts) runs only after the whole page has been parsed, and
 * later still on a slow phone; a link clicked before then would add a history entry although
 * safe mode is on, and Shift ×3 would do nothing. This code, run from <head>, covers that gap:
 * while the session says safe mode is on, a click on a link of this site in this tab and a GET
 * form to it replace the current entry, under the same rules as src/lib/safe-navigation.ts
 * (no modifier key, main button, no `target`, no `download`, not already handled); Shift ×3
 * leaves as the quick exit does (src/components/quick-exit/quick-exit.ts). Once the module has
 * wired its own handlers it dispatches `nsp:enhanced` and this code steps aside.
 * It reads the session at each event and keeps nothing.
 */
const repeat = shortcut('quickExit').repeat;
if (!repeat) throw new Error('safe-mode-init: the quick exit shortcut has no repeat count');
const { times, withinMs } = repeat;
export const safeModeInitCode =
  '(function(d,exit,times,within){var s,n=0,t0=0;try{s=sessionStorage}catch(e){}' +
  "var on=function(){try{return!!s&&s.getItem('nsp:safe-mode')==='on'}catch(e){return false}};" +
  "var away=function(t){return!!t&&t.toLowerCase()!=='_self'};" +
  'var go=function(e,u){if(!/^https?:$/.test(u.protocol)||u.origin!==location.origin)return;e.preventDefault();location.replace(u.href)};' +
  'var click=function(e){if(!on()||e.defaultPrevented||e.button!==0||e.ctrlKey||e.metaKey||e.shiftKey||e.altKey||!(e.target instanceof Element))return;' +
  "var a=e.target.closest('a[href]');if(!(a instanceof HTMLAnchorElement)||a.hasAttribute('download')||away(a.target))return;go(e,new URL(a.href))};" +
  'var submit=function(e){var f=e.target,b=e.submitter;if(!on()||e.defaultPrevented||!(f instanceof HTMLFormElement))return;' +
  'if(!(b instanceof HTMLButtonElement||b instanceof HTMLInputElement))b=null;' +
  "if((b&&b.formMethod||f.method).toLowerCase()!=='get'||away(b&&b.formTarget||f.target))return;" +
  "var u=new URL(b&&b.hasAttribute('formaction')?b.formAction:f.action,location.href);" +
  "u.search=new URLSearchParams(Array.from(new FormData(f,b),function(p){return[p[0],typeof p[1]==='string'?p[1]:p[1].name]})).toString();go(e,u)};" +
  "var key=function(e){if(e.repeat)return;if(e.key!=='Shift'||e.ctrlKey||e.metaKey||e.altKey){n=0;return}" +
  'var now=Date.now();if(!n||now-t0>within){n=0;t0=now}if(++n<times)return;' +
  "d.documentElement.classList.add('leaving');d.title='';try{s&&s.clear()}finally{location.replace(exit)}};" +
  "d.addEventListener('click',click);d.addEventListener('submit',submit);d.addEventListener('keydown',key,true);" +
  "d.addEventListener('nsp:enhanced',function(){d.removeEventListener('click',click);d.removeEventListener('submit',submit);d.removeEventListener('keydown',key,true)},{once:true})" +
  `})(document,${JSON.stringify(exitTarget)},${times},${withinMs});`;
