/** `/help_center/help_centers`: list and get. The API cannot create or change help centers. */
import { notFound } from '../api-error.js';
import { renderHelpCenter } from '../render/help-centers.js';
import { ok } from './route-types.js';
import type { Route } from './route-types.js';

function positiveInt(raw: string | null): number | undefined {
  return raw !== null && /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined;
}

export const helpCenterRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/help_center/help_centers',
    handle: ({ ws, version, query, settings }) => {
      const all = ws.state.help_centers.map((hc) => renderHelpCenter(ws, hc, version));
      if (settings.switches.help_center_pages === 'unpaged') return ok({ type: 'list', data: all });
      // Paged like collections (the 2.11 description declares page and per_page here too),
      // one per page whatever per_page asks, so even two help centers take two pages.
      const page = positiveInt(query.get('page')) ?? 1;
      const perPage = 1;
      const data = all.slice((page - 1) * perPage, page * perPage);
      const pages = { type: 'pages', page, per_page: perPage, total_pages: Math.ceil(all.length / perPage) };
      return ok({ type: 'list', data, total_count: all.length, pages });
    },
  },
  {
    method: 'GET',
    pattern: '/help_center/help_centers/:id',
    handle: ({ ws, params, version }) => {
      const hc = ws.helpCenter(params['id'] ?? '');
      if (!hc) throw notFound();
      return ok(renderHelpCenter(ws, hc, version));
    },
  },
];
