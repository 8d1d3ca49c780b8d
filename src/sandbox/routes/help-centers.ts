/** `/help_center/help_centers`: list and get. The API cannot create or change help centers. */
import { notFound } from '../api-error.js';
import { renderHelpCenter } from '../render/help-centers.js';
import { ok } from './route-types.js';
import type { Route } from './route-types.js';

export const helpCenterRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/help_center/help_centers',
    handle: ({ ws, version }) =>
      ok({ type: 'list', data: ws.state.help_centers.map((hc) => renderHelpCenter(ws, hc, version)) }),
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
