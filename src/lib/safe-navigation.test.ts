import { describe, expect, it } from 'vitest';
import { replacementForClick, replacementForForm, type FormSubmission, type Click, type ClickedLink } from './safe-navigation';

const here = 'https://nsp.example/programmet/';
const click = (over: Partial<Click & ClickedLink> = {}): Click & ClickedLink => ({
  button: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
  target: '',
  download: false,
  href: 'https://nsp.example/kalkylator/',
  ...over,
});
/** The same made-up click as the event and the link it lands on. */
const asClick = (over: Partial<Click & ClickedLink> = {}) => [click(over), click(over)] as const;
const form = (over: Partial<FormSubmission> = {}): FormSubmission => ({
  defaultPrevented: false,
  method: 'get',
  target: '',
  action: 'https://nsp.example/sok/',
  fields: [['q', 'får']],
  ...over,
});

describe('safe mode: link clicks', () => {
  it('replaces a plain click on a page of the site, fragment included', () => {
    expect(replacementForClick(...asClick(), here)).toBe('https://nsp.example/kalkylator/');
    expect(replacementForClick(...asClick({ href: 'https://nsp.example/programmet/#stod' }), here)).toBe('https://nsp.example/programmet/#stod');
    expect(replacementForClick(...asClick({ target: '_self' }), here)).toBe('https://nsp.example/kalkylator/');
  });

  it('leaves clicks that open a new tab or window to the browser', () => {
    for (const key of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey'] as const) expect(replacementForClick(...asClick({ [key]: true }), here), key).toBeUndefined();
    expect(replacementForClick(...asClick({ button: 1 }), here)).toBeUndefined();
    expect(replacementForClick(...asClick({ target: '_blank' }), here)).toBeUndefined();
  });

  it('leaves downloads, other sites, other schemes and handled clicks alone', () => {
    expect(replacementForClick(...asClick({ download: true }), here)).toBeUndefined();
    expect(replacementForClick(...asClick({ href: 'blob:https://nsp.example/1234' }), here)).toBeUndefined();
    expect(replacementForClick(...asClick({ href: 'https://www.smhi.se/' }), here)).toBeUndefined();
    expect(replacementForClick(...asClick({ href: 'http://nsp.example/kalkylator/' }), here)).toBeUndefined();
    expect(replacementForClick(...asClick({ href: 'mailto:info@example.org' }), here)).toBeUndefined();
    expect(replacementForClick(...asClick({ defaultPrevented: true }), here)).toBeUndefined();
  });
});

describe('safe mode: forms', () => {
  it('replaces a GET form with the address the browser would open', () => {
    expect(replacementForForm(form(), here)).toBe('https://nsp.example/sok/?q=f%C3%A5r');
    expect(replacementForForm(form({ action: 'https://nsp.example/sok/?old=1#hits', fields: [['q', 'a b'], ['q', 'c']] }), here)).toBe('https://nsp.example/sok/?q=a+b&q=c#hits');
    expect(replacementForForm(form({ method: 'GET' }), here)).toBe('https://nsp.example/sok/?q=f%C3%A5r');
  });

  it('leaves forms a script handles, POSTs, dialogs, new windows and other sites alone', () => {
    expect(replacementForForm(form({ defaultPrevented: true }), here)).toBeUndefined();
    expect(replacementForForm(form({ method: 'post' }), here)).toBeUndefined();
    expect(replacementForForm(form({ method: 'dialog' }), here)).toBeUndefined();
    expect(replacementForForm(form({ target: '_blank' }), here)).toBeUndefined();
    expect(replacementForForm(form({ action: 'https://other.example/sok/' }), here)).toBeUndefined();
  });
});
