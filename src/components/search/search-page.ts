import { searchPaged, type SearchHit } from '../../lib/search-client';

interface Messages {
  loading: string;
  none: string;
  count: string;
  countOne: string;
  failed: string;
}

/**
 * Hits shown at first, and added by each press of "show more". Each hit's text is a fetch of its
 * own (a few kB): the first query stays light on a phone, and the best hits come first anyway.
 */
const firstHits = 5;
const moreHits = 10;

const fill = (text: string, query: string, count?: number) =>
  text.replace('{query}', query).replace('{count}', String(count ?? ''));

function item(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  const excerpt = document.createElement('p');
  // The excerpt is our own indexed text with Pagefind's <mark> tags around the matches.
  excerpt.innerHTML = hit.excerpt;
  li.append(link, excerpt);
  return li;
}

/** Runs the query in the page's URL (`?q=`) and shows the hits under the form. */
export async function enhanceSearchPage(root: HTMLElement): Promise<void> {
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Messages;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const list = root.querySelector<HTMLOListElement>('ol');
  const moreButton = root.querySelector<HTMLButtonElement>('.search-page__more');
  if (!input || !status || !list || !moreButton) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = messages.loading;
  try {
    const results = await searchPaged(query, firstHits);
    list.replaceChildren(...results.hits.map(item));
    status.textContent =
      results.total === 0
        ? fill(messages.none, query)
        : fill(results.total === 1 ? messages.countOne : messages.count, query, results.total);
    moreButton.hidden = results.hits.length >= results.total;
    moreButton.addEventListener('click', async () => {
      moreButton.disabled = true;
      try {
        const added = (await results.more(moreHits)).map(item);
        list.append(...added);
        // Keyboard and screen reader users go on where the new hits begin.
        added[0]?.querySelector('a')?.focus();
        moreButton.hidden = results.hits.length >= results.total;
      } catch {
        status.textContent = messages.failed;
      } finally {
        moreButton.disabled = false;
      }
    });
  } catch {
    status.textContent = messages.failed;
  }
}
