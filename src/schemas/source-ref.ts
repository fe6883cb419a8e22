import { z } from 'astro/zod';

/** The citation keys of ../shared/sources/README.md; `content/sources.yaml` describes each. */
export const sourceKeys = [
  'nsp-2022',
  'nsp-2024',
  'nsp-webb',
  'plattformen-2024',
  'remissvar-sou-2023-97',
  'sou-2023-97',
  // statistics over time (content/series/): yearly statistics pages of Plattformen, NMT and Jämställdhetsmyndigheten
  'plattformen-statistik-2019-2020',
  'plattformen-statistik-2021',
  'plattformen-statistik-2022',
  'nmt-statistik-2016',
  'nmt-statistik-2017',
  'jamy-statistik-2018',
  'nmt-statistik-2019',
  'jamy-kanda-fall-2021',
  'jamy-regionkoordinatorer-2022',
  'jamy-regionkoordinatorer-2023',
  // Legal sources on the law as of 1 December 2026 (legal area, issue 11), read 2026-12-01.
  'ivo-2023-tillstandsplikt',
  'ivo-tillstand-skyddat-boende',
  'socialstyrelsen-2024-skyddat-boende',
  'prop-2024-25-89',
  'regeringen-2025-socialtjanstlag',
  'sfs-2025-400',
  'eu-2024-1712',
  'ec-2024-anti-trafficking-in-force',
  'regeringen-2025-manniskohandelsdirektivet',
  'dir-2025-8',
  'sou-2025-119',
  'regeringen-2025-exitprogram',
  'lagradsremiss-2026-mottagandelag',
  // trust (issue 11): the licensing requirement, for the certification pages.
  'prop-2023-24-31',
  // Second reading (issue 19), read 2026-12-02: the 2025 asylum accommodation rule, the 2025
  // regulations on protected accommodation, IVO's fee, EU 2024/1712, the Penal Code's preparatory works, dates.
  'prop-2024-25-49',
  'migrationsverket-2025-boende-tva-steg',
  'migrationsverket-2025-09-boende',
  'socialstyrelsen-skyddat-boende',
  'socialstyrelsen-om-foreskrifter',
  'statsbidrag-skyddat-boende',
  'prop-2025-26-15',
  'ec-2024-05-anti-trafficking-adopted',
  'coe-sweden',
  'prop-2009-10-152',
  'prop-2017-18-123',
  'prop-2003-04-111',
  'sou-2024-68',
] as const;

export type SourceKey = (typeof sourceKeys)[number];

/** Where a fact stands: a source key plus the document's own section or page (never a line number of the text copies). */
export const sourceRefSchema = z.object({
  /** Citation key of the document, one of `sourceKeys`. */
  key: z.enum(sourceKeys),
  /** The document's own section title or number, or page, e.g. "1.2" or "Ärendehantering 2022". */
  section: z.string().trim().min(1),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
