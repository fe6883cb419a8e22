import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/guarded';
import { parse } from 'yaml';
import { rel } from '../support/built-pages';

/**
 * The legal framework pages show every provision, every reform proposal and every timeline event
 * from content/legal/, in both languages, each with a citation that leads to an existing entry in
 * the bibliography; the timeline is in chronological order.
 */
type Lang = 'sv' | 'en';
interface Ref { key: string; section: string }
interface Text { sv: string; en: string }
interface Provision { id: string; level: 'international' | 'eu' | 'swedish'; title: Text; source: Ref; alsoSee?: Ref[]; quote?: { text: string } }
interface ReformRow { id: string; title: Text; position: string; souSource: Ref; remissvarSource?: Ref }
interface Dated { date: string; source: Ref }
interface Validity { status: string; inForceFrom?: Dated; inForceUntil?: Dated; transposeBy?: Dated }
type DateField = 'inForceFrom' | 'inForceUntil' | 'transposeBy';
interface TimelineEvent { id: string; date?: string; source?: Ref; validityOf?: { provision: string; date: DateField }; event: Text }

const load = <T>(file: string): T[] => parse(readFileSync(`content/legal/${file}`, 'utf8')) as T[];
const provisions = load<Provision & { validity: Validity }>('provisions.yaml');
const reform = load<ReformRow>('reform.yaml');
/** Timeline events with date and source resolved: an event about a provision's validity takes them from provisions.yaml. */
const timeline = load<TimelineEvent>('timeline.yaml').map((e) => {
  if (!e.validityOf) return { ...e, date: e.date!, source: e.source! };
  const fact = provisions.find((p) => p.id === e.validityOf!.provision)!.validity[e.validityOf.date]!;
  return { ...e, date: fact.date, source: fact.source };
});
const asOf = (parse(readFileSync('content/legal/as-of.yaml', 'utf8')) as { asOf: string }).asOf;
const longDate = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

const paths = {
  sv: { overview: '/rattslig-ram/', international: '/rattslig-ram/internationellt/', swedish: '/rattslig-ram/svensk-lag/', reform: '/rattslig-ram/reformer/', timeline: '/rattslig-ram/tidslinje/', sources: '/kallor/' },
  en: { overview: '/en/legal/', international: '/en/legal/international/', swedish: '/en/legal/swedish-law/', reform: '/en/legal/reform/', timeline: '/en/legal/timeline/', sources: '/en/sources/' },
} as const;
const positionLabel: Record<Lang, Record<string, string>> = {
  sv: { supports: 'Tillstyrker', 'supports-with-reservations': 'Tillstyrker med tillägg eller förbehåll', opposes: 'Avstyrker', 'no-position': 'Tar inte ställning' },
  en: { supports: 'Supports', 'supports-with-reservations': 'Supports with additions or reservations', opposes: 'Opposes', 'no-position': 'Takes no position' },
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asOfText: Record<Lang, (date: string) => string> = { sv: (d) => `Rättsläget per ${d}`, en: (d) => `The law as of ${d}` };
/** The visible citation text is "[key, section]". */
const citeName = (ref: Ref) => new RegExp(`^${escape(`[${ref.key}, ${ref.section}]`)}`);

/** A citation link inside `scope` for `ref`, pointing at the bibliography entry of its key. */
async function expectCitation(scope: Locator, ref: Ref, lang: Lang) {
  const link = scope.getByRole('link', { name: citeName(ref) }).first();
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href, `citation ${ref.key} ${ref.section}`).toMatch(new RegExp(`${escape(paths[lang].sources)}#${escape(ref.key)}$`));
}

for (const lang of ['sv', 'en'] as const) {
  test.describe(`legal framework (${lang})`, () => {
    test('every provision has its section with its title and a working citation, on the right page', async ({ page }) => {
      for (const level of ['international', 'swedish'] as const) {
        await page.goto(rel(paths[lang][level]));
        const here = provisions.filter((p) => (level === 'swedish' ? p.level === 'swedish' : p.level !== 'swedish'));
        expect(here.length).toBeGreaterThan(0);
        for (const p of here) {
          const section = page.getByRole('region', { name: new RegExp(`${escape(p.title[lang])}$`) });
          await expect(section, p.id).toHaveAttribute('id', p.id);
          await expect(section.getByRole('heading', { level: 3 })).toContainText(p.title[lang]);
          await expectCitation(section, p.source, lang);
          for (const ref of p.alsoSee ?? []) await expectCitation(section, ref, lang);
          if (p.quote) {
            const quote = section.locator('blockquote');
            await expect(quote).toHaveAttribute('lang', 'sv');
            await expect(quote).toContainText(p.quote.text.replace(/\s+/g, ' ').slice(0, 60));
          }
        }
      }
    });

    test('a printout of the Swedish-law page has every provision, also those the screen has not reached', async ({ page }) => {
      await page.goto(rel(paths[lang].swedish));
      const last = provisions.filter((p) => p.level === 'swedish').at(-1)!;
      const rendered = () => page.locator(`section#${last.id} h3`).evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
      // On screen, the browser lays out a provision only as it comes near (content-visibility in
      // src/styles/base.css); paper must get all of them.
      expect(await rendered()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await rendered()).toBe(true);
    });

    test('the overview links to every provision, and each link lands on it', async ({ page }) => {
      await page.goto(rel(paths[lang].overview));
      for (const p of provisions) {
        const link = page.getByRole('link', { name: new RegExp(`– ${escape(p.title[lang])}$`) });
        await expect(link, p.id).toHaveCount(1);
        const target = paths[lang][p.level === 'swedish' ? 'swedish' : 'international'];
        expect(await link.getAttribute('href')).toMatch(new RegExp(`${escape(target)}#${p.id}$`));
      }
      const last = provisions.at(-1)!;
      await page.getByRole('link', { name: new RegExp(`– ${escape(last.title[lang])}$`) }).click();
      // The Swedish-law page is long; let it finish loading before judging where it scrolled to.
      await page.waitForURL(new RegExp(`#${last.id}$`));
      await expect(page.getByRole('region', { name: new RegExp(`${escape(last.title[lang])}$`) })).toBeInViewport();
    });

    test('every reform proposal is a table row with its position and both citations', async ({ page }) => {
      await page.goto(rel(paths[lang].reform));
      const table = page.getByRole('table');
      await expect(table.getByRole('row')).toHaveCount(reform.length + 1);
      for (const r of reform) {
        const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escape(r.id)} `) }) });
        await expect(row, r.id).toHaveCount(1);
        await expect(row.getByRole('rowheader')).toContainText(r.title[lang]);
        await expect(row.getByRole('cell').nth(1)).toHaveText(positionLabel[lang][r.position]!);
        await expectCitation(row, r.souSource, lang);
        if (r.remissvarSource) await expectCitation(row, r.remissvarSource, lang);
      }
      const supports = reform.filter((r) => r.position === 'supports').length;
      await expect(page.getByRole('listitem').filter({ hasText: new RegExp(`^${escape(positionLabel[lang].supports!)}: ${supports}$`) })).toHaveCount(1);
    });

    test('the timeline lists every event once, oldest first, each with a date and a working citation', async ({ page }) => {
      await page.goto(rel(paths[lang].timeline));
      const list = page.getByRole('list', { name: lang === 'sv' ? 'Händelser, äldst först' : 'Events, oldest first' });
      const items = list.getByRole('listitem');
      await expect(items).toHaveCount(timeline.length);
      const dates = await list.locator('li > p > time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
      expect(dates).toHaveLength(timeline.length);
      const earliestDay = (d: string) => `${d}-01-01`.slice(0, 10);
      const sorted = [...dates].sort((a, b) => earliestDay(a).localeCompare(earliestDay(b)) || a.length - b.length);
      expect(dates).toEqual(sorted);
      for (const e of timeline) {
        const item = items.filter({ hasText: e.event[lang] });
        await expect(item, e.id).toHaveCount(1);
        await expect(item.locator('time')).toHaveAttribute('datetime', e.date);
        await expectCitation(item, e.source, lang);
      }
    });

    // Two facets of the same five pages, from one visit to each.
    test('every legal page shows the date the law was checked, and every citation key on it has an entry in the bibliography', async ({ page }) => {
      const expected = asOfText[lang](longDate(asOf, lang));
      const keys = new Set<string>();
      for (const path of [paths[lang].overview, paths[lang].international, paths[lang].swedish, paths[lang].reform, paths[lang].timeline]) {
        await page.goto(rel(path));
        await test.step(`${path} shows the as-of date from content/legal/as-of.yaml`, async () => {
          const stamp = page.getByRole('main').locator('time', { hasText: expected });
          await expect(stamp, path).toHaveCount(1);
          await expect(stamp, path).toHaveAttribute('datetime', asOf);
        });
        const hrefs = await page.locator('.cite a').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
        for (const href of hrefs) keys.add(href.split('#')[1] ?? '');
      }
      await test.step('every citation key has an entry in the bibliography', async () => {
        expect(keys.size).toBeGreaterThan(3);
        await gotoSources(page, lang);
        for (const key of keys) await expect(page.locator(`[id="${key}"]`), key).toHaveCount(1);
      });
    });
  });
}


for (const lang of ['sv', 'en'] as const) {
  test.describe(`the law as of the as-of date (${lang})`, () => {
    test('the Swedish-law page cites the new Social Services Act by SFS number and bill, and shows the old act ended and replaced', async ({ page }) => {
      await page.goto(rel(paths[lang].swedish));
      const main = page.getByRole('main');
      await expect(main).toContainText(lang === 'sv' ? 'socialtjänstlagen (2025:400)' : 'Social Services Act (2025:400)');
      await expect(main).toContainText('2024/25:89');
      await expect(page.locator('#instrument-socialtjanstlagen-heading')).toContainText('(2001:453)');
      const old = page.locator('section#sol-5-11');
      await expect(old).toContainText(lang === 'sv' ? 'upphävd' : 'repealed');
      await expect(old).toContainText(lang === 'sv' ? 'Gällde till 30 juni 2025, ersatt av' : 'In force until 30 June 2025, replaced by');
      await old.getByRole('link', { name: lang === 'sv' ? 'socialtjänstlagen (2025:400)' : 'the Social Services Act (2025:400)', exact: true }).click();
      await expect(page).toHaveURL(/#sol-2025-400$/);
      await expect(page.locator('section#sol-2025-400')).toBeInViewport();
      await expect(page.locator('section#sol-2025-400')).toContainText(lang === 'sv' ? 'Gäller från 1 juli 2025.' : 'In force from 1 July 2025.');
    });

    test('the IVO licence for protected accommodation has its own anchored entry, dated 1 April 2024', async ({ page }) => {
      await page.goto(`${rel(paths[lang].swedish)}#skyddat-boende-tillstandsplikt`);
      const entry = page.locator('section#skyddat-boende-tillstandsplikt');
      await expect(entry).toBeInViewport();
      await expect(entry.getByRole('heading', { level: 3 })).toContainText('IVO');
      await expect(entry).toContainText(lang === 'sv' ? 'Gäller från 1 april 2024.' : 'In force from 1 April 2024.');
      await expect(entry).toContainText(lang === 'sv' ? '1 augusti 2024' : '1 August 2024');
    });

    test('the international page and the timeline carry Directive (EU) 2024/1712 with its dates', async ({ page }) => {
      await page.goto(rel(paths[lang].international));
      const directive = page.locator('section#eu-2024-1712');
      await expect(page.getByRole('heading', { level: 2, name: /\(EU\) 2024\/1712/ })).toBeVisible();
      await expect(directive).toContainText(lang === 'sv' ? 'Gäller från 14 juli 2024.' : 'In force from 14 July 2024.');
      await expect(directive).toContainText(longDate('2026-07-15', lang));
      await page.goto(rel(paths[lang].timeline));
      const list = page.getByRole('list', { name: lang === 'sv' ? 'Händelser, äldst först' : 'Events, oldest first' });
      await expect(list.getByRole('listitem').filter({ hasText: '2024/1712' }).locator('time[datetime="2024-07-14"]')).toHaveCount(1);
      await expect(list.getByRole('listitem').filter({ hasText: '2024/1712' }).locator('time[datetime="2026-07-15"]')).toHaveCount(1);
    });

    test('the bibliography shows when a legal source was published and the day it was read', async ({ page }) => {
      const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as { key: string; published?: string; read?: string }[];
      const directive = sources.find((s) => s.key === 'eu-2024-1712')!;
      expect(directive.read, 'eu-2024-1712 has a read date').toBe(asOf);
      await gotoSources(page, lang);
      const dates = page.locator('[id="eu-2024-1712"] .source-list__dates');
      const read = lang === 'sv' ? `Läst ${longDate(asOf, lang)}.` : `Read ${longDate(asOf, lang)}.`;
      const published = lang === 'sv' ? `Publicerad ${longDate(directive.published!, lang)}.` : `Published ${longDate(directive.published!, lang)}.`;
      await expect(dates).toHaveText(`${published} ${read}`);
      await expect(dates.locator(`time[datetime="${asOf}"]`)).toHaveCount(1);
      // A source the editors have no read date for shows no empty date line.
      const undated = sources.find((s) => !s.read && !s.published)!;
      await expect(page.locator(`[id="${undated.key}"] .source-list__dates`)).toHaveCount(0);
    });

    test('the reform page carries SOU 2025:119 and says what became of SOU 2023:97', async ({ page }) => {
      await page.goto(rel(paths[lang].reform));
      await expect(page.getByRole('heading', { level: 2, name: /SOU 2025:119/ })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(lang === 'sv' ? '1 januari 2025' : '1 January 2025');
    });

    test('a provision heading reads with a space between article and title, as the page shows it', async ({ page }) => {
      await page.goto(rel(paths[lang].swedish));
      const heading = page.locator('#brb-4-1a-title');
      const text = (await heading.textContent()) ?? '';
      expect(text).toBe(lang === 'sv' ? '4 kap. 1 a § Brottet människohandel' : 'Chapter 4, Section 1 a The crime of trafficking in human beings');
    });
  });
}

interface OpenQuestion {
  id: string;
  status: string;
  question: Text;
  checkedOn: string;
  finding: Text;
  sources?: Ref[];
  qualifies: { provisions?: string[]; pages?: string[] };
}
const openQuestions = load<OpenQuestion>('open-questions.yaml');
const openPath = { sv: '/rattslig-ram/oppna-fragor/', en: '/en/legal/open-questions/' } as const;
const checkedText: Record<Lang, (date: string) => string> = {
  sv: (d) => `(senast kontrollerad ${d})`,
  en: (d) => `(last checked ${d})`,
};

for (const lang of ['sv', 'en'] as const) {
  test.describe(`open questions (${lang})`, () => {
    test('the open-questions page lists every question with its check date and working source links', async ({ page }) => {
      await page.goto(rel(openPath[lang]));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'sv' ? 'Öppna frågor' : 'Open questions');
      const sections = page.locator('section.open-question');
      await expect(sections).toHaveCount(openQuestions.length);
      for (const q of openQuestions) {
        const section = page.locator(`section#${q.id}`);
        await expect(section.getByRole('heading', { level: 2 })).toHaveText(q.question[lang]);
        await expect(section.locator(`time[datetime="${q.checkedOn}"]`)).toHaveText(longDate(q.checkedOn, lang));
        for (const ref of q.sources ?? []) {
          const href = await section.locator(`a[href$="#${ref.key}"]`).first().getAttribute('href');
          expect(href, `${q.id} cites ${ref.key}`).toBeTruthy();
        }
      }
      // A citation leads to its entry in the bibliography.
      const first = openQuestions.find((q) => (q.sources ?? []).length > 0)!;
      await page.locator(`section#${first.id} a[href$="#${first.sources![0]!.key}"]`).first().click();
      await expect(page.locator(`[id="${first.sources![0]!.key}"]`)).toBeVisible();
    });

    test('the legal overview and the "as of" note both lead to the open-questions page', async ({ page }) => {
      await page.goto(rel(paths[lang].overview));
      const linkName = lang === 'sv' ? 'Öppna frågor' : 'Open questions';
      await expect(page.locator('.legal-as-of').getByRole('link', { name: linkName })).toHaveAttribute('href', new RegExp(`${openPath[lang]}$`));
      await page.getByRole('main').locator('ul').getByRole('link', { name: linkName }).click();
      await expect(page).toHaveURL(new RegExp(`${openPath[lang]}$`));
    });

    test('each question shows beside every provision it qualifies, with its check date and a link to it', async ({ page }) => {
      // Grouped by the page the provision is on, so that each page is loaded once.
      const byPage = new Map<string, { q: OpenQuestion; id: string }[]>();
      for (const q of openQuestions) {
        for (const id of q.qualifies.provisions ?? []) {
          const provision = provisions.find((p) => p.id === id)!;
          const path = provision.level === 'swedish' ? paths[lang].swedish : paths[lang].international;
          byPage.set(path, [...(byPage.get(path) ?? []), { q, id }]);
        }
      }
      for (const [path, notes] of byPage) {
        await page.goto(rel(path));
        for (const { q, id } of notes) {
          const note = page.locator(`section#${id}`).getByRole('note').filter({ hasText: q.question[lang] });
          await expect(note, `${q.id} beside ${id}`).toContainText(checkedText[lang](longDate(q.checkedOn, lang)));
          await expect(note.getByRole('link', { name: q.question[lang] }), `${q.id} beside ${id} links to it`).toHaveAttribute('href', new RegExp(`${openPath[lang]}#${q.id}$`));
        }
      }
    });

    test('before you apply warns about the asylum accommodation rule, gives the IVO fee and points to the 2025 regulations', async ({ page }) => {
      await page.goto(rel(lang === 'sv' ? '/certifiering/processen/' : '/en/certification/process/'));
      const main = page.getByRole('main');
      await expect(main).toContainText(lang === 'sv' ? '77 500 kronor' : 'SEK 77,500');
      await expect(main).toContainText(lang === 'sv' ? '1 juni 2025' : '1 June 2025');
      await expect(main).toContainText(lang === 'sv' ? 'asylansökan får betraktas som återkallad' : 'may be treated as withdrawn');
      await expect(main.locator('a[href$="#prop-2024-25-49"]').first()).toBeVisible();
      await expect(main.locator('a[href$="#socialstyrelsen-skyddat-boende"]').first()).toBeVisible();
      await expect(main.locator('a[href$="#ivo-tillstand-skyddat-boende"]').first()).toBeVisible();
      const note = main.locator('.open-question-note').filter({ has: page.locator(`a[href$="#lma-protected-accommodation"]`) });
      await expect(note).toHaveCount(1);
      await main.getByRole('link', { name: lang === 'sv' ? 'bestämmelsen' : 'the provision' }).click();
      await expect(page.locator('section#socialstyrelsen-skyddat-boende-foreskrifter')).toBeInViewport();
      await expect(page.locator('section#socialstyrelsen-skyddat-boende-foreskrifter')).toContainText(lang === 'sv' ? 'Gäller från 1 juni 2025.' : 'In force from 1 June 2025.');
    });

    test('a transposition deadline before the "as of" date is told in the past tense', async ({ page }) => {
      const directive = provisions.find((p) => p.id === 'eu-2024-1712')!;
      const deadline = directive.validity.transposeBy!.date;
      await page.goto(rel(paths[lang].international));
      const past = lang === 'sv' ? 'Skulle ha varit genomfört i medlemsstaterna senast' : 'Member states were to have transposed it by';
      const future = lang === 'sv' ? 'Ska vara genomfört i medlemsstaterna senast' : 'Member states must have transposed it by';
      await expect(page.locator('section#eu-2024-1712')).toContainText(`${deadline < asOf ? past : future} ${longDate(deadline, lang)}.`);
    });
  });
}

async function gotoSources(page: Page, lang: Lang) {
  await page.goto(rel(paths[lang].sources));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
