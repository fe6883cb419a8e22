/**
 * The theme part of the early script (src/components/workbench/early-script.ts), which runs in
 * <head> before the first paint, so a theme chosen earlier in the session shows without a flash.
 * It reads the `nsp:theme` key that src/stores/theme.ts writes through src/stores/session.ts (it
 * cannot import modules: a module script would run after the first paint). With no choice it sets
 * nothing unless the system asks for more contrast; CSS then follows the system's light or dark
 * live. The `js` class lets CSS lay out the parts that only work with JavaScript (the drawer).
 */
export const themeInitCode =
  "(function(){var r=document.documentElement,t,m=function(q){return matchMedia(q).matches};r.classList.add('js');" +
  "try{t=sessionStorage.getItem('nsp:theme')}catch(e){}" +
  "if(!/^(dark|light|hc-dark|hc-light)$/.test(t||''))t=m('(prefers-contrast: more)')?(m('(prefers-color-scheme: dark)')?'hc-dark':'hc-light'):'';" +
  "if(t)r.setAttribute('data-theme',t)})();";
