import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { citationsInMdx, collectCitations, knownSourceKeys, unknownCitations } from '../../src/lib/citations';

/**
 * Every citation on the site (a `<Cite>` in MDX, a page's front-matter `sources`, a `{ key, section }`
 * in any data file) must point to an entry of content/sources.yaml. A broken key would send the
 * reader to a bibliography entry that does not exist.
 */
describe('every citation points to an entry in content/sources.yaml', () => {
  it('holds for the real content, and there are citations to check', () => {
    const citations = collectCitations('content');
    expect(citations.length).toBeGreaterThan(20);
    expect(unknownCitations(citations, knownSourceKeys('content'))).toEqual([]);
  });

  it('every citation names a section as well', () => {
    const missing = collectCitations('content').filter((c) => !c.section?.trim());
    expect(missing.map((c) => `content/${c.file} (${c.where}): "${c.key}" has no section`)).toEqual([]);
  });
});

describe('the check names the file and the key when a citation is wrong', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('in MDX, front matter and data files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsp-cite-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'pages/sv'), { recursive: true });
    mkdirSync(join(dir, 'rates'), { recursive: true });
    writeFileSync(join(dir, 'sources.yaml'), '- key: nsp-2024\n  title: x\n');
    writeFileSync(
      join(dir, 'pages/sv/a.mdx'),
      '---\ntitle: A\nsources:\n  - { key: nsp-2042, section: "1" }\n---\n\nText <Cite source="nsp-2024" section="1.2" /> och <Cite section="2" source="sou-1999" />.\n',
    );
    writeFileSync(join(dir, 'rates/2024.yaml'), 'interventions:\n  - id: a\n    source: { key: nsp-2024, section: "1.2" }\n  - id: b\n    source: { key: nsp-2023, section: "1.2" }\n');
    const problems = unknownCitations(collectCitations(dir), knownSourceKeys(dir));
    expect(problems).toEqual([
      'content/pages/sv/a.mdx (front matter sources.1): source "nsp-2042" is not in content/sources.yaml',
      'content/pages/sv/a.mdx (<Cite>): source "sou-1999" is not in content/sources.yaml',
      'content/rates/2024.yaml (interventions.2.source): source "nsp-2023" is not in content/sources.yaml',
    ]);
  });

  it('reads both attribute orders and expression values of <Cite>', () => {
    const found = citationsInMdx('<Cite section="3.1" source="nsp-2024" /> <Cite source={"nsp-2022"} section={"Mål 1"} />', 'x.mdx');
    expect(found.map((c) => [c.key, c.section])).toEqual([
      ['nsp-2024', '3.1'],
      ['nsp-2022', 'Mål 1'],
    ]);
  });
});
