/**
 * Reads every page of a paged Intercom listing (`GET /help_center/collections`,
 * `GET /articles`), whatever page size the server actually honours. With
 * `pages.total_pages` known, the remaining pages are requested together (the scheduler
 * bounds how many run at once), which costs one round trip of latency instead of one per
 * page.
 */

/** A guard against a server that never stops paging, not a real-world limit. */
export const MAX_LIST_PAGES = 2_000;

export interface ListPage<T> {
  data: T[];
  /** `null` in real single-page collection answers. */
  pages?: { per_page?: number | null | undefined; total_pages?: number | null | undefined } | null | undefined;
}

export interface PageReader<T> {
  fetchPage: (page: number) => Promise<ListPage<T>>;
  /** The error to throw when the listing does not end within MAX_LIST_PAGES. */
  endless: (pages: number) => Error;
}

export async function readAllPages<T extends { id: string }>(reader: PageReader<T>): Promise<T[]> {
  const first = await reader.fetchPage(1);
  const pages = new Map<number, T[]>([[1, first.data]]);
  // `pages: null` comes with real single-page answers: everything is already here.
  if (!first.pages || first.data.length === 0) return first.data;
  if (first.pages.total_pages != null) {
    await readCountedPages(reader, pages, first.pages.total_pages);
  } else {
    await readUntilExhausted(reader, pages, first);
  }
  return distinct(pages);
}

async function readCountedPages<T>(reader: PageReader<T>, pages: Map<number, T[]>, totalPages: number): Promise<void> {
  let total = totalPages;
  let fetched = 1;
  while (fetched < total) {
    if (total > MAX_LIST_PAGES) throw reader.endless(total);
    const numbers = Array.from({ length: total - fetched }, (_, index) => fetched + 1 + index);
    const results = await Promise.all(numbers.map((page) => reader.fetchPage(page)));
    results.forEach((result, index) => pages.set(numbers[index] ?? 0, result.data));
    fetched = total;
    // Objects created while we read push others onto new pages: follow the largest total seen.
    total = Math.max(total, ...results.map((result) => result.pages?.total_pages ?? 0));
  }
}

/** No total given: walk on until a page is short, empty, or brings nothing new. */
async function readUntilExhausted<T extends { id: string }>(reader: PageReader<T>, pages: Map<number, T[]>, first: ListPage<T>): Promise<void> {
  const seen = new Set(first.data.map((item) => item.id));
  let previous = first;
  for (let page = 2; ; page += 1) {
    const perPage = previous.pages?.per_page;
    if (perPage != null && previous.data.length < perPage) return;
    if (page > MAX_LIST_PAGES) throw reader.endless(page);
    const next = await reader.fetchPage(page);
    // A page with only known ids means the server ignores `page` and repeats itself.
    if (!next.data.some((item) => !seen.has(item.id))) return;
    for (const item of next.data) seen.add(item.id);
    pages.set(page, next.data);
    previous = next;
  }
}

/** Pages in order; an object that moved between pages while we read is kept once. */
function distinct<T extends { id: string }>(pages: Map<number, T[]>): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const page of [...pages.keys()].sort((a, b) => a - b)) {
    for (const item of pages.get(page) ?? []) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}
