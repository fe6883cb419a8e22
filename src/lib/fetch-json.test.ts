import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from './fetch-json';

const isList = (value: unknown): value is unknown[] => Array.isArray(value);
const answer = (body: string, status = 200) => vi.fn(async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }));

describe('fetchJson', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the body when the answer is JSON of the expected shape', async () => {
    vi.stubGlobal('fetch', answer('[{"path":"/"}]'));
    await expect(fetchJson('/pages/sv.json', isList, 'page list')).resolves.toEqual([{ path: '/' }]);
  });

  it('names the file and the status when the server answers with an error', async () => {
    vi.stubGlobal('fetch', answer('<!doctype html><title>Not found</title>', 404));
    await expect(fetchJson('/palette/sv.json', isList, 'palette')).rejects.toThrow('palette: HTTP 404');
  });

  it('says the body is not JSON when a page comes back instead (a stale deploy)', async () => {
    vi.stubGlobal('fetch', answer('<!doctype html><title>NSP-guiden</title>'));
    await expect(fetchJson('/settings/sv.json', isList, 'settings')).rejects.toThrow('settings: not JSON');
  });

  it('refuses JSON of another shape', async () => {
    vi.stubGlobal('fetch', answer('{"pages":[]}'));
    await expect(fetchJson('/pages/sv.json', isList, 'page list')).rejects.toThrow('page list: not the expected data');
  });

  it('passes a failed request on (offline)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(fetchJson('/pages/sv.json', isList, 'page list')).rejects.toThrow('Failed to fetch');
  });
});
