/**
 * Reads every page of `GET /help_center/collections`, whatever page size the server
 * actually honours. With `pages.total_pages` known, the remaining pages are requested
 * together (the scheduler bounds how many run at once), which costs one round trip of
 * latency instead of one per page.
 */
import type { WireCollection, WireCollectionPage } from './response-schemas.js';

/** A guard against a server that never stops paging, not a real-world limit. */
export const MAX_COLLECTION_PAGES = 2_000;

export interface PageReader {
  fetchPage: (page: number) => Promise<WireCollectionPage>;
  /** The error to throw when the listing does not end within MAX_COLLECTION_PAGES. */
  endless: (pages: number) => Error;
}

export async function readAllCollections(reader: PageReader): Promise<WireCollection[]> {
  const first = await reader.fetchPage(1);
  const pages = new Map<number, WireCollection[]>([[1, first.data]]);
  // `pages: null` comes with real single-page answers: everything is already here.
  if (!first.pages || first.data.length === 0) return first.data;
  if (first.pages.total_pages != null) {
    await readCountedPages(reader, pages, first.pages.total_pages);
  } else {
    await readUntilExhausted(reader, pages, first);
  }
  return distinct(pages);
}

async function readCountedPages(reader: PageReader, pages: Map<number, WireCollection[]>, totalPages: number): Promise<void> {
  let total = totalPages;
  let fetched = 1;
  while (fetched < total) {
    if (total > MAX_COLLECTION_PAGES) throw reader.endless(total);
    const numbers = Array.from({ length: total - fetched }, (_, index) => fetched + 1 + index);
    const results = await Promise.all(numbers.map((page) => reader.fetchPage(page)));
    results.forEach((result, index) => pages.set(numbers[index] ?? 0, result.data));
    fetched = total;
    // Collections created while we read push others onto new pages: follow the largest total seen.
    total = Math.max(total, ...results.map((result) => result.pages?.total_pages ?? 0));
  }
}

/** No total given: walk on until a page is short, empty, or brings nothing new. */
async function readUntilExhausted(
  reader: PageReader,
  pages: Map<number, WireCollection[]>,
  first: WireCollectionPage,
): Promise<void> {
  const seen = new Set(first.data.map((collection) => collection.id));
  let previous = first;
  for (let page = 2; ; page += 1) {
    const perPage = previous.pages?.per_page;
    if (perPage != null && previous.data.length < perPage) return;
    if (page > MAX_COLLECTION_PAGES) throw reader.endless(page);
    const next = await reader.fetchPage(page);
    // A page with only known ids means the server ignores `page` and repeats itself.
    if (!next.data.some((collection) => !seen.has(collection.id))) return;
    for (const collection of next.data) seen.add(collection.id);
    pages.set(page, next.data);
    previous = next;
  }
}

/** Pages in order; an object that moved between pages while we read is kept once. */
function distinct(pages: Map<number, WireCollection[]>): WireCollection[] {
  const seen = new Set<string>();
  const out: WireCollection[] = [];
  for (const page of [...pages.keys()].sort((a, b) => a - b)) {
    for (const collection of pages.get(page) ?? []) {
      if (seen.has(collection.id)) continue;
      seen.add(collection.id);
      out.push(collection);
    }
  }
  return out;
}
