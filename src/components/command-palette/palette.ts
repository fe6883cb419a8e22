import { loadPageList } from '../../lib/explorer/load-page-list';
import { fetchJson } from '../../lib/fetch-json';
import { fuzzyFilter } from '../../lib/fuzzy';
import { search } from '../../lib/search-client';
import { matches, paletteKeys } from '../../lib/shortcuts';
import { setRateYear } from '../../stores/rate-year';
import { toggleSafeMode } from '../../stores/safe-mode';
import { isThemeId, setTheme } from '../../stores/theme';
import { leave } from '../quick-exit/leave';
import { navigate } from '../safe-mode/navigate';
import type { PaletteCommand, PaletteData, PaletteStrings } from './commands';
// Its URL, not an import of the sheet: the build would link an imported sheet from every page
// whose script can load this module, that is every page.
import paletteStylesUrl from './palette.css?url';

/**
 * The palette, loaded on first open (with Pagefind) so that content pages carry none of it: its
 * behaviour, its styles, and its markup and commands, which it builds from /palette/<lang>.json.
 * Combobox pattern: focus stays in the input, aria-activedescendant points at the active option;
 * arrows move, Enter runs, Escape closes and focus goes back where it was.
 */
interface Option {
  label: string;
  /** Extra line: the section of a page or a text excerpt (our own indexed text with <mark>). */
  detail?: string;
  detailIsHtml?: boolean;
  disabled?: boolean;
  run: () => void;
}
interface Group {
  label: string;
  options: Option[];
}
const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const commandPrefix = paletteKeys.commands.combos[0].key;

// The dialog and its parts, built on first open from /palette/<lang>.json (buildDialog).
let dialog: HTMLDialogElement;
let input: HTMLInputElement;
let listbox: HTMLElement;
let sectionSelect: HTMLSelectElement;
let status: HTMLElement;
let strings: PaletteStrings;
let commands: PaletteCommand[];
let sectionNames: Map<string, string>;

// The pages: the explorer's links at once, then the full page list (the explorer lists at most
// a window of each long folder), which arrives while the palette opens.
// (The explorer's link text is the short title; the full one comes with the list.)
let pages = [...document.querySelectorAll<HTMLAnchorElement>('[data-explorer] .explorer__files a:not([data-explorer-more])')].map((a) => ({
  title: a.textContent?.trim() ?? '',
  navTitle: a.textContent?.trim() ?? '',
  section: a.closest<HTMLElement>('[data-section]')?.dataset['section'] ?? '',
  href: a.href,
}));
loadPageList()
  .then((list) => {
    const more = list.length > pages.length;
    pages = list.map((p) => ({ title: p.title ?? p.navTitle, navTitle: p.navTitle, section: p.section, href: base + p.path }));
    // Only a longer list can change what the visitor sees; redrawing would reset the selection.
    if (more && dialog?.open) update();
  })
  .catch(() => {
    // Offline: the explorer's pages are still there to search.
  });

let opener: HTMLElement | null = null;
let groups: Group[] = [];
let active = -1;
let generation = 0;
let textTimer: ReturnType<typeof setTimeout> | undefined;

const go = (href: string) => {
  close();
  navigate(href);
};

function commandOptions(query: string): Option[] {
  return fuzzyFilter(query, commands, (c) => c.label).map((c) => ({
    label: c.label,
    ...(c.disabled ? { disabled: true } : {}),
    run: () => {
      if (c.run === 'theme' && isThemeId(c.value)) setTheme(c.value);
      else if (c.run === 'year') setRateYear(c.value);
      else if (c.run === 'safe-mode') toggleSafeMode();
      else if (c.run === 'link') return go(base + c.value);
      else if (c.run === 'language') return go(c.value);
      else if (c.run === 'exit') return leave(document, c.value);
      close();
    },
  }));
}

function pageOptions(query: string, section: string): Option[] {
  const pool = pages.filter((p) => !section || p.section === section);
  const found = fuzzyFilter(query, pool, (p) => (p.title === p.navTitle ? p.title : `${p.navTitle} ${p.title}`));
  return found.slice(0, query ? 8 : 50).map((p) => ({
    label: p.navTitle,
    detail: sectionNames.get(p.section) ?? '',
    run: () => go(p.href),
  }));
}

function update(): void {
  const value = input.value;
  const section = sectionSelect.value;
  const run = ++generation;
  clearTimeout(textTimer);
  if (value.trimStart().startsWith(commandPrefix)) {
    show([{ label: strings.commands, options: commandOptions(value.trimStart().slice(commandPrefix.length)) }], value);
    return;
  }
  const pageGroup = { label: strings.pages, options: pageOptions(value, section) };
  show([pageGroup], value);
  const query = value.trim();
  if (query.length < 2) return;
  status.textContent = strings.searching;
  textTimer = setTimeout(async () => {
    try {
      const hits = await search(query, { limit: 8, ...(section ? { filters: { section } } : {}) });
      if (run !== generation) return;
      const textGroup: Group = {
        label: strings.text,
        options: hits.map((hit) => ({ label: hit.title, detail: hit.excerpt, detailIsHtml: true, run: () => go(hit.url) })),
      };
      show([pageGroup, textGroup], value, true);
    } catch {
      if (run === generation) status.textContent = strings.failed;
    }
  }, 120);
}

function show(next: Group[], query: string, keepActive = false): void {
  const previous = keepActive ? active : -1;
  groups = next.filter((g) => g.options.length > 0);
  listbox.replaceChildren(
    ...groups.map((group, g) => {
      const wrap = document.createElement('div');
      wrap.setAttribute('role', 'group');
      wrap.setAttribute('aria-labelledby', `palette-group-${g}`);
      const heading = document.createElement('div');
      heading.id = `palette-group-${g}`;
      heading.className = 'palette__group-label';
      heading.setAttribute('role', 'presentation');
      heading.textContent = group.label;
      wrap.append(heading);
      group.options.forEach((option) => {
        const index = flat().indexOf(option);
        const el = document.createElement('div');
        el.setAttribute('role', 'option');
        el.id = `palette-option-${index}`;
        el.setAttribute('aria-selected', 'false');
        if (option.disabled) el.setAttribute('aria-disabled', 'true');
        const label = document.createElement('span');
        label.textContent = option.label;
        el.append(label);
        if (option.detail) {
          const detail = document.createElement('span');
          detail.className = option.detailIsHtml ? 'palette__detail' : 'palette__section';
          if (option.detailIsHtml) detail.innerHTML = option.detail;
          else detail.textContent = option.detail;
          el.append(detail);
        }
        el.addEventListener('click', () => runOption(index));
        wrap.append(el);
      });
      return wrap;
    }),
  );
  const total = flat().length;
  status.textContent = total === 0 ? strings.none.replace('{query}', query.trim()) : strings.count.replace('{count}', String(total));
  setActive(total === 0 ? -1 : Math.max(0, Math.min(previous, total - 1)));
}

const flat = () => groups.flatMap((g) => g.options);

function setActive(index: number): void {
  active = index;
  listbox.querySelectorAll('[role="option"]').forEach((el) => el.setAttribute('aria-selected', String(el.id === `palette-option-${index}`)));
  if (index < 0) {
    input.removeAttribute('aria-activedescendant');
    return;
  }
  input.setAttribute('aria-activedescendant', `palette-option-${index}`);
  document.getElementById(`palette-option-${index}`)?.scrollIntoView({ block: 'nearest' });
}

function runOption(index: number): void {
  const option = flat()[index];
  if (!option || option.disabled) return;
  option.run();
}

function close(): void {
  if (dialog.open) dialog.close();
}

/** The dialog's keys, clicks and closing. */
function wire(): void {
  input.addEventListener('input', update);
  sectionSelect.addEventListener('change', update);
  input.addEventListener('keydown', (event) => {
    const total = flat().length;
    if (matches(event, paletteKeys.paletteNext) && total) setActive((active + 1) % total);
    else if (matches(event, paletteKeys.palettePrevious) && total) setActive((active - 1 + total) % total);
    else if (matches(event, paletteKeys.paletteRun)) runOption(active);
    else return;
    event.preventDefault();
  });
  dialog.addEventListener('keydown', (event) => {
    if (matches(event, paletteKeys.paletteClose)) {
      event.preventDefault();
      close();
    }
  });
  // Clicking the backdrop (outside the dialog's box) closes it, as clicking away does in VS Code.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  dialog.addEventListener('close', () => {
    clearTimeout(textTimer);
    generation++;
    const back = opener;
    opener = null;
    if (back?.isConnected) back.focus();
  });
}

/** The address of this page in the other language: its hreflang link, on this origin. */
function otherLanguagePath(): string | undefined {
  const own = document.documentElement.lang;
  const link = [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].find((l) => !['x-default', own].includes(l.hreflang));
  return link ? new URL(link.href).pathname : undefined;
}

/** An element with attributes and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * The dialog, as the page used to carry it: a modal <dialog> holding a WAI-ARIA combobox (the
 * input) that controls a listbox of pages, text hits and commands, with a section filter.
 */
function buildDialog(data: PaletteData): void {
  const text = data.dialog;
  dialog = el('dialog', { class: 'palette', 'aria-labelledby': 'palette-title' });
  input = el('input', {
    id: 'palette-input',
    class: 'palette__input',
    type: 'text',
    role: 'combobox',
    'aria-expanded': 'true',
    'aria-controls': 'palette-list',
    'aria-autocomplete': 'list',
    'aria-label': text.input,
    'aria-describedby': 'palette-hint',
    placeholder: text.input,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  sectionSelect = el('select');
  sectionSelect.append(el('option', { value: '' }, text.allSections), ...data.sections.map((s) => el('option', { value: s.id }, s.name)));
  const filter = el('label', { class: 'palette__filter' });
  filter.append(el('span', {}, text.section), sectionSelect);
  const bar = el('div', { class: 'palette__bar' });
  bar.append(input, filter);
  listbox = el('div', { id: 'palette-list', class: 'palette__list', role: 'listbox', 'aria-label': text.results });
  status = el('span', { role: 'status' });
  const foot = el('p', { class: 'palette__foot' });
  foot.append(el('span', { id: 'palette-hint' }, text.hint), ' ', status);
  dialog.append(el('h2', { id: 'palette-title', class: 'visually-hidden' }, text.label), bar, listbox, foot);
  strings = data.strings;
  const twin = otherLanguagePath();
  commands = data.commands.flatMap((c) => (c.run !== 'language' ? [c] : twin ? [{ ...c, value: twin }] : []));
  sectionNames = new Map(data.sections.map((s) => [s.id, s.name]));
  wire();
  document.body.append(dialog);
}

/**
 * The palette's style sheet, linked on first open and then kept; a sheet that failed to load is
 * taken out again, to be linked anew next time.
 */
let styles: Promise<void> | undefined;
function stylesLoaded(): Promise<void> {
  styles ??= new Promise<void>((resolve, reject) => {
    const link = el('link', { rel: 'stylesheet', href: paletteStylesUrl });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => {
      link.remove();
      styles = undefined;
      reject(new Error('palette: its styles did not load'));
    }, { once: true });
    document.head.append(link);
  });
  return styles;
}

/** Whether `value` has what the dialog is built from. */
function isPaletteData(value: unknown): value is PaletteData {
  const data = value as Partial<PaletteData> | null;
  return Array.isArray(data?.commands) && Array.isArray(data.sections) && !!data.dialog && !!data.strings;
}

/** The palette's texts and commands in the page's language (src/pages/palette/[lang].json.ts). */
const fetchPaletteData = (): Promise<PaletteData> => fetchJson(`${base}/palette/${document.documentElement.lang}.json`, isPaletteData, 'palette');

/**
 * The palette's texts, commands and styles; the dialog is built once all have arrived, so that it
 * never shows unstyled. A failure is tried again next time.
 */
let loading: Promise<void> | undefined;
function ready(): Promise<void> {
  loading ??= Promise.all([fetchPaletteData(), stylesLoaded()])
    .then(([data]) => buildDialog(data))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/**
 * Opens the palette (building it the first time), with `query` typed in; focus goes back to
 * `from` when it closes.
 * @throws when its texts cannot be fetched (offline, a broken deploy): the search page still works.
 */
export async function openPalette(from: HTMLElement | null, query = ''): Promise<void> {
  await ready();
  if (!dialog.open) {
    opener = from;
    dialog.showModal();
  }
  input.value = query;
  input.focus();
  update();
}
