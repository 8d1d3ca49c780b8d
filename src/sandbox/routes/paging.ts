/** `?page` (1-based) and `?per_page` of the paged lists, within the sandbox's cap. */
import type { ApiSettings } from './route-types.js';

export interface PageWindow {
  page: number;
  perPage: number;
}

export function pageWindow(query: URLSearchParams, settings: ApiSettings): PageWindow {
  const page = positiveInt(query.get('page')) ?? 1;
  const perPage = Math.min(positiveInt(query.get('per_page')) ?? settings.perPageDefault, settings.perPageMax);
  return { page, perPage };
}

/** The items of one page; pages beyond the last are empty. */
export function pageOf<T>(sorted: readonly T[], { page, perPage }: PageWindow): T[] {
  return sorted.slice((page - 1) * perPage, page * perPage);
}

function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? n : undefined;
}
