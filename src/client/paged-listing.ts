/**
 * Reads every page of a paged listing (collections, articles; help centers when Intercom
 * pages them), whatever page size the server actually honours. The first page asks for the
 * largest size; its answer's `pages.per_page` says what was honoured, and every later page
 * asks for exactly that, so the pages line up with the `total_pages` the server counted.
 * With `pages.total_pages` known, the remaining pages are requested together (the
 * scheduler's read lane lets them all out within the rate-limit budget), which costs one
 * round trip of latency instead of one per page.
 *
 * A listing is only trusted when it is complete: the distinct objects read must reach
 * the `total_count` Intercom reports. Collections are listed newest `updated_at` first,
 * so one updated while the pages are read can slip past them; the listing is read once
 * more, and if it is still short that is an error — planning from it would create
 * duplicates of what was missed.
 */

/** A guard against a server that never stops paging, not a real-world limit. */
export const MAX_LISTING_PAGES = 2_000;

export interface WirePage<T> {
  data: T[];
  pages?: { page?: number | null | undefined; per_page?: number | null | undefined; total_pages?: number | null | undefined } | null | undefined;
  total_count?: number | null | undefined;
}

export interface PageReader<T> {
  /** Page size to ask for on the first page. */
  perPage: number;
  /** Told the page size a first answer honoured, when it says one (to ask for it next time). */
  learnPerPage?: (perPage: number) => void;
  fetchPage: (page: number, perPage: number) => Promise<WirePage<T>>;
  /** The error to throw when the listing does not end within MAX_LISTING_PAGES. */
  endless: (pages: number) => Error;
  /** The error to throw when the listing stays shorter than its total_count. */
  short: (read: number, total: number) => Error;
  /**
   * Read while this same run writes the family: objects it creates push others across page
   * boundaries between two page reads, so a short listing is expected. Both passes are
   * kept (together they miss less) instead of throwing `short`.
   */
  whileWriting?: boolean;
}

export async function readAllPages<T extends { id: string | number }>(reader: PageReader<T>): Promise<T[]> {
  const first = await readOnce(reader, reader.perPage);
  if (first.items.length >= first.total) return first.items;
  const second = await readOnce(reader, first.perPage);
  if (second.items.length >= second.total) return second.items;
  if (reader.whileWriting) return unionById(second.items, first.items);
  throw reader.short(second.items.length, second.total);
}

interface Pass<T> {
  items: T[];
  /** The largest total_count any page reported. */
  total: number;
  /** The page size the pass asked for after its first page. */
  perPage: number;
}

/** One pass over the pages. */
async function readOnce<T extends { id: string | number }>(reader: PageReader<T>, asked: number): Promise<Pass<T>> {
  const first = await reader.fetchPage(1, asked);
  const honoured = pageSize(first.pages?.per_page);
  if (honoured !== undefined && honoured !== asked) reader.learnPerPage?.(honoured);
  const perPage = honoured ?? asked;
  const pages = new Map<number, WirePage<T>>([[1, first]]);
  const total = () => Math.max(0, ...[...pages.values()].map((p) => p.total_count ?? 0));
  // `pages: null` comes with real single-page answers; total_count says whether more exist.
  const complete = first.data.length === 0 || (!first.pages && first.data.length >= total());
  if (!complete) {
    const paging = { reader, pages, perPage };
    if (first.pages?.total_pages != null) await readCountedPages(paging, first.pages.total_pages);
    else await readUntilExhausted(paging, total);
  }
  return { items: distinct(pages), total: total(), perPage };
}

/** Every object of `newer`, then those only `older` holds. */
function unionById<T extends { id: string | number }>(newer: T[], older: T[]): T[] {
  const seen = new Set(newer.map((item) => String(item.id)));
  return [...newer, ...older.filter((item) => !seen.has(String(item.id)))];
}

/** A page size worth asking for again: a positive whole number. */
function pageSize(value: number | null | undefined): number | undefined {
  return value != null && Number.isInteger(value) && value > 0 ? value : undefined;
}

interface Paging<T> {
  reader: PageReader<T>;
  pages: Map<number, WirePage<T>>;
  perPage: number;
}

async function readCountedPages<T>({ reader, pages, perPage }: Paging<T>, totalPages: number): Promise<void> {
  let total = totalPages;
  let fetched = 1;
  while (fetched < total) {
    if (total > MAX_LISTING_PAGES) throw reader.endless(total);
    const numbers = Array.from({ length: total - fetched }, (_, index) => fetched + 1 + index);
    const results = await Promise.all(numbers.map((page) => reader.fetchPage(page, perPage)));
    results.forEach((result, index) => pages.set(numbers[index] ?? 0, result));
    fetched = total;
    // Objects created while we read push others onto new pages: follow the largest total seen.
    total = Math.max(total, ...results.map((result) => result.pages?.total_pages ?? 0));
  }
}

/**
 * No page count given: walk on until a page is short of its page size, empty, or brings
 * nothing new, or the objects read reach total_count.
 */
async function readUntilExhausted<T extends { id: string | number }>({ reader, pages, perPage: asked }: Paging<T>, total: () => number): Promise<void> {
  const first = pages.get(1);
  const seen = new Set((first?.data ?? []).map((item) => item.id));
  let previous = first;
  for (let page = 2; ; page += 1) {
    const perPage = previous?.pages?.per_page;
    if (perPage != null && (previous?.data.length ?? 0) < perPage) return;
    if (total() > 0 && seen.size >= total()) return;
    if (page > MAX_LISTING_PAGES) throw reader.endless(page);
    const next = await reader.fetchPage(page, asked);
    // A page with only known ids means the server ignores `page` and repeats itself.
    if (!next.data.some((item) => !seen.has(item.id))) return;
    for (const item of next.data) seen.add(item.id);
    pages.set(page, next);
    previous = next;
  }
}

/** Pages in order; an object that moved between pages while we read is kept once. */
function distinct<T extends { id: string | number }>(pages: Map<number, WirePage<T>>): T[] {
  const seen = new Set<string | number>();
  const out: T[] = [];
  for (const page of [...pages.keys()].sort((a, b) => a - b)) {
    for (const item of pages.get(page)?.data ?? []) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}
