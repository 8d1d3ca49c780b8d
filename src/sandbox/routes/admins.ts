/** `/admins`: list and get. Admins (teammates) are seeded; the API cannot create them. */
import { ApiError } from '../api-error.js';
import type { AdminRecord } from '../content-records.js';
import { ok } from './route-types.js';
import type { Route } from './route-types.js';

/** The 2.14 examples: string ids, `team_ids`, away flags; the single-admin answer adds `away_status_reason_id`. */
export function renderAdmin(admin: AdminRecord, detailed = false): Record<string, unknown> {
  const body: Record<string, unknown> = {
    type: 'admin',
    email: admin.email,
    id: admin.id,
    name: admin.name,
    away_mode_enabled: admin.away_mode_enabled,
    away_mode_reassign: admin.away_mode_reassign,
    has_inbox_seat: admin.has_inbox_seat,
    team_ids: [...admin.team_ids],
  };
  if (admin.job_title !== null) body['job_title'] = admin.job_title;
  if (detailed) body['away_status_reason_id'] = null;
  return body;
}

export const adminRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/admins',
    handle: ({ ws }) => ok({ type: 'admin.list', admins: ws.state.admins.map((admin) => renderAdmin(admin)) }),
  },
  {
    method: 'GET',
    pattern: '/admins/:id',
    handle: ({ ws, params }) => {
      const admin = ws.state.admins.find((a) => a.id === params['id']);
      if (!admin) throw new ApiError(404, 'admin_not_found', 'Admin not found');
      return ok(renderAdmin(admin, true));
    },
  },
];
