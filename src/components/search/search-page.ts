import { search } from '../../lib/search-client';

interface Messages {
  loading: string;
  none: string;
  count: string;
  countOne: string;
  failed: string;
}

const fill = (text: string, query: string, count?: number) =>
  text.replace('{query}', query).replace('{count}', String(count ?? ''));

/** Runs the query in the page's URL (`?q=`) and shows the hits under the form. */
export async function enhanceSearchPage(root: HTMLElement): Promise<void> {
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Messages;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const list = root.querySelector<HTMLOListElement>('ol');
  if (!input || !status || !list) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = messages.loading;
  try {
    const hits = await search(query);
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = hit.url;
        link.textContent = hit.title;
        const excerpt = document.createElement('p');
        // The excerpt is our own indexed text with Pagefind's <mark> tags around the matches.
        excerpt.innerHTML = hit.excerpt;
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent =
      hits.length === 0
        ? fill(messages.none, query)
        : fill(hits.length === 1 ? messages.countOne : messages.count, query, hits.length);
  } catch {
    status.textContent = messages.failed;
  }
}
