import { fetchJson } from '../../lib/fetch-json';
import { isThemeId } from '../../lib/theme-ids';
import { rateYear, setRateYear } from '../../stores/rate-year';
import { setTheme, theme } from '../../stores/theme';
import type { SettingsData } from './settings-data';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Whether `value` has the theme's choices and, if any year has rules, the years' list. */
function isSettingsData(value: unknown): value is SettingsData {
  const data = value as Partial<SettingsData> | null;
  return Array.isArray(data?.theme?.choices) && (data.rateYear === undefined || Array.isArray(data.rateYear.options));
}

/** The choices in the page's language (src/pages/settings/[lang].json.ts). */
const fetchSettings = (): Promise<SettingsData> => fetchJson(`${base}/settings/${document.documentElement.lang}.json`, isSettingsData, 'settings');

let building: Promise<void> | undefined;

/**
 * Shows the settings view's choices, building them the first time (sidebar.ts calls this each
 * time the view opens). Focus, when asked for, waits for them, unless the view has closed
 * meanwhile; it goes to the safe-mode switch if they could not load.
 * @throws when the choices cannot be fetched (sidebar.ts then shows the view's note).
 */
export async function openSettingsView(sidebar: HTMLElement, focusIf?: () => boolean): Promise<void> {
  const container = sidebar.querySelector<HTMLElement>('[data-settings-controls]');
  try {
    if (container) await buildSettings(container);
  } finally {
    if (focusIf?.()) {
      const first = ['[data-settings] input:checked', '[data-settings] input', '[data-settings] button:not([hidden])'];
      first.map((selector) => sidebar.querySelector<HTMLElement>(selector)).find(Boolean)?.focus();
    }
  }
}

/**
 * Builds the theme and rules-year choices into `container` once, and keeps them in step with the
 * stores (the palette and the rate tables change the same ones).
 * @throws when the choices cannot be fetched (offline, a broken deploy); the next call tries again.
 */
export function buildSettings(container: HTMLElement): Promise<void> {
  building ??= fetchSettings()
    .then((data) => {
      container.replaceChildren(themeGroup(data.theme), ...(data.rateYear ? [yearGroup(data.rateYear)] : []));
    })
    .catch((error: unknown) => {
      building = undefined;
      throw error;
    });
  return building;
}

function themeGroup({ legend, choices }: SettingsData['theme']): HTMLFieldSetElement {
  const group = document.createElement('fieldset');
  group.className = 'settings__group';
  const name = document.createElement('legend');
  name.textContent = legend;
  const radios = choices.map(({ id, name: text }) => {
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'theme';
    input.value = id;
    input.addEventListener('change', () => {
      if (input.checked && isThemeId(input.value)) setTheme(input.value);
    });
    const label = document.createElement('label');
    label.className = 'settings__choice';
    label.append(input, text);
    return { input, label };
  });
  group.append(name, ...radios.map((r) => r.label));
  theme.subscribe((id) => {
    for (const { input } of radios) input.checked = input.value === id;
  });
  return group;
}

function yearGroup({ label, options }: NonNullable<SettingsData['rateYear']>): HTMLDivElement {
  const group = document.createElement('div');
  group.className = 'settings__group';
  const name = document.createElement('label');
  name.htmlFor = 'settings-rate-year';
  name.textContent = label;
  const select = document.createElement('select');
  select.id = 'settings-rate-year';
  for (const { year, label: text, documented } of options) {
    const option = new Option(text, year);
    option.disabled = !documented;
    select.append(option);
  }
  select.addEventListener('change', () => setRateYear(select.value));
  rateYear.subscribe((year) => {
    if (year) select.value = year;
  });
  group.append(name, select);
  return group;
}
