/** @jsxImportSource preact */
/**
 * The self-assessment checklist: yes / partly / no and a note per requirement, progress, a summary
 * of gaps with what to prepare, print, and save to / open from a file. Before it hydrates (and
 * without JavaScript) it renders the requirements as a plain printable list.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { assessment, clearAssessment, loadAssessment, replaceAssessment, setAnswer, setNote } from '../../stores/self-assessment';
import type { BasisView } from '../../../calculators/basis';
import BasisMark from '../basis/BasisMark';
import { answers, changedSince, MAX_FILE_BYTES, readFile, summarise, toFile, type Answer } from './assessment';

export interface CiteLink { text: string; href: string; label: string }
export interface Item {
  id: string;
  requirement: string;
  evidence: string;
  /** How strong the requirement and the evidence texts are (shown with the site's one marker). */
  strength: BasisView;
  evidenceStrength: BasisView;
  /** Set for Sweden's obligations as a state: they are not NSP requirements. */
  kindLabel?: string;
  /** What changed about the item since earlier lists; told when an old file answering it opens. */
  changed?: string;
  /** The day it changed (ISO date): files saved before it are told. */
  changedOn?: string;
  cites: CiteLink[];
}
export interface Area { id: string; label: string; items: Item[] }
interface Props {
  lang: 'sv' | 'en';
  areas: Area[];
  /** UI strings (keys of `selfAssessment.*` without the prefix); `{name}` placeholders. */
  s: Record<string, string>;
  /** File name of a saved file, without extension. */
  fileName: string;
}

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function Cites({ cites }: { cites: CiteLink[] }) {
  return (
    <>
      {cites.map((c) => (
        <span class="cite" key={c.href + c.text}> <a href={c.href}>{c.text}<span class="visually-hidden"> – {c.label}</span></a></span>
      ))}
    </>
  );
}

/** The plain list: server-rendered, printable, and what a visitor without JavaScript reads. */
function StaticList({ areas, s }: Pick<Props, 'areas' | 's'>) {
  return (
    <div class="sa-static">
      {areas.map((area) => (
        <section key={area.id} aria-labelledby={`sa-area-${area.id}`}>
          <h2 id={`sa-area-${area.id}`}>{area.label}</h2>
          <ol class="sa-static__list">
            {area.items.map((item) => (
              <li key={item.id}>
                {item.kindLabel && <p class="sa-kind">{item.kindLabel}</p>}
                <p class="sa-req">{item.requirement}<Cites cites={item.cites} /><BasisMark view={item.strength} /></p>
                <p class="sa-evidence"><strong>{s['evidence']}</strong> {item.evidence}<BasisMark view={item.evidenceStrength} /></p>
                <p class="sa-print-boxes" aria-hidden="true">☐ {s['answer.yes']}   ☐ {s['answer.partly']}   ☐ {s['answer.no']}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

export default function SelfAssessment({ lang, areas, s, fileName }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | undefined>();
  const entries = useStore(assessment);
  const fileInput = useRef<HTMLInputElement>(null);
  const order = areas.flatMap((a) => a.items.map((i) => i.id));
  const byId = new Map(areas.flatMap((a) => a.items.map((i) => [i.id, i] as const)));

  useEffect(() => {
    loadAssessment(order);
    setHydrated(true);
  }, []);

  if (!hydrated) return <StaticList areas={areas} s={s} />;

  const sum = summarise(order, entries);
  const answerLabel = (a: Answer) => s[`answer.${a}`] ?? a;

  function save() {
    const blob = new Blob([toFile(entries, order, lang)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ kind: 'ok', text: s['saved'] ?? '' });
  }

  async function open(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage({ kind: 'error', text: s['error.too-large'] ?? '' });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: s['error.not-json'] ?? '' });
      return;
    }
    const result = readFile(text, order);
    if (!result.ok) {
      setMessage({ kind: 'error', text: fill(s[`error.${result.reason}`] ?? '', { name: file.name, detail: result.detail ?? '' }) });
      return;
    }
    replaceAssessment(result.entries);
    const skipped = result.skipped.length ? ` ${fill(s['opened.skipped'] ?? '', { n: result.skipped.length })}` : '';
    const changes = new Map(areas.flatMap((a) => a.items.flatMap((i) => (i.changedOn ? [[i.id, i.changedOn] as const] : []))));
    const changed = changedSince(result.entries, changes, result.savedAt).map((id) => {
      const item = byId.get(id);
      return `${item?.requirement ?? id} (${item?.changed ?? ''})`;
    });
    const told = changed.length ? ` ${s['opened.changed'] ?? ''} ${changed.join(' ')}` : '';
    setMessage({ kind: 'ok', text: `${fill(s['opened'] ?? '', { name: file.name, n: result.count })}${skipped}${told}` });
  }

  function reset() {
    if (window.confirm(s['reset.confirm'] ?? '')) {
      clearAssessment();
      setMessage({ kind: 'ok', text: s['reset.done'] ?? '' });
    }
  }

  return (
    <div class="sa">
      <div class="sa-progress" data-pagefind-ignore>
        <label for="sa-progress-bar">{s['progress.label']}</label>
        <progress id="sa-progress-bar" max={sum.total} value={sum.answered}>{sum.answered}</progress>
        <p role="status" class="sa-progress__text">{fill(s['progress.text'] ?? '', { answered: sum.answered, total: sum.total })}</p>
      </div>

      <div class="sa-tools" data-pagefind-ignore>
        <button type="button" onClick={save}>{s['save']}</button>
        <button type="button" onClick={() => fileInput.current?.click()}>{s['open']}</button>
        <input ref={fileInput} type="file" accept=".json,application/json" class="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={open} />
        <button type="button" onClick={() => window.print()}>{s['print']}</button>
        <button type="button" onClick={reset}>{s['reset']}</button>
      </div>
      <div class="sa-message" role={message?.kind === 'error' ? 'alert' : 'status'} data-kind={message?.kind}>{message?.text}</div>

      {areas.map((area) => (
        <section key={area.id} aria-labelledby={`sa-area-${area.id}`}>
          <h2 id={`sa-area-${area.id}`}>{area.label}</h2>
          {area.items.map((item) => {
            const e = entries[item.id];
            return (
              <fieldset key={item.id} class="sa-item" data-answer={e?.answer ?? 'none'}>
                <legend>{item.requirement}</legend>
                {item.kindLabel && <p class="sa-kind">{item.kindLabel}</p>}
                <BasisMark view={item.strength} />
                <p class="sa-evidence"><strong>{s['evidence']}</strong> {item.evidence}<Cites cites={item.cites} /><BasisMark view={item.evidenceStrength} /></p>
                <div class="sa-answers">
                  {answers.map((a) => (
                    <label key={a} class="sa-answer">
                      <input type="radio" name={`sa-${item.id}`} value={a} checked={e?.answer === a} onChange={() => setAnswer(item.id, a)} />
                      {answerLabel(a)}
                    </label>
                  ))}
                </div>
                <label class="sa-note-label" for={`sa-note-${item.id}`}>{s['note']}</label>
                <textarea id={`sa-note-${item.id}`} class="sa-note" rows={2} maxLength={4000} value={e?.note ?? ''} onInput={(ev) => setNote(item.id, (ev.currentTarget as HTMLTextAreaElement).value)} />
              </fieldset>
            );
          })}
        </section>
      ))}

      <section class="sa-summary" aria-labelledby="sa-summary-heading">
        <h2 id="sa-summary-heading">{s['summary.heading']}</h2>
        <ul class="sa-counts">
          <li>{answerLabel('yes')}: {sum.yes.length}</li>
          <li>{answerLabel('partly')}: {sum.partly.length}</li>
          <li>{answerLabel('no')}: {sum.no.length}</li>
          <li>{s['summary.open']}: {sum.open.length}</li>
        </ul>
        <h3>{s['summary.gaps']}</h3>
        {sum.gaps.length === 0 ? <p>{sum.answered === 0 ? s['summary.nothingYet'] : s['summary.noGaps']}</p> : (
          <ul class="sa-gaps">
            {sum.gaps.map((id) => {
              const item = byId.get(id);
              const e = entries[id];
              if (!item || !e?.answer) return null;
              return (
                <li key={id}>
                  <strong>{item.requirement}</strong> ({answerLabel(e.answer)})
                  <br />{s['prepare']} {item.evidence}
                  {e.note.trim() && <><br />{s['yourNote']} {e.note}</>}
                </li>
              );
            })}
          </ul>
        )}
        {sum.open.length > 0 && (
          <>
            <h3>{s['summary.unanswered']}</h3>
            <ul>
              {sum.open.map((id) => <li key={id}>{byId.get(id)?.requirement}</li>)}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
