/** `/ticket_types`: list (archived included), create, get and partial update. No delete. */
import { invalidParameter, notFound } from '../api-error.js';
import { createTicketType } from '../model/ticket-types.js';
import { renderTicketType } from '../render/ticket-types.js';
import { TICKET_TYPE_CATEGORIES } from '../state.js';
import type { TicketTypeRecord } from '../state.js';
import type { Workspace } from '../workspace.js';
import { optionalBoolean, optionalEnum, optionalNonEmptyString, optionalString, requiredString } from './body-fields.js';
import { ok } from './route-types.js';
import type { Route, RouteRequest } from './route-types.js';

const MIN_VERSION = '2.9';

export function findTicketType(ws: Workspace, id: string | undefined): TicketTypeRecord {
  const tt = id === undefined ? undefined : ws.ticketType(id);
  if (!tt) throw notFound();
  return tt;
}

function assertNameFree(req: RouteRequest, name: string, exceptId?: string): void {
  if (req.settings.duplicateNames === 'allow') return;
  const wanted = name.trim().toLowerCase();
  const clash = req.ws.state.ticket_types.find((tt) => tt.id !== exceptId && tt.name.trim().toLowerCase() === wanted);
  if (clash) throw invalidParameter(`A ticket type named '${name}' already exists.`);
}

export const ticketTypeRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/ticket_types',
    minVersion: MIN_VERSION,
    handle: ({ ws, version }) =>
      ok({ type: 'list', data: ws.state.ticket_types.map((tt) => renderTicketType(ws, tt, version)) }),
  },
  {
    method: 'POST',
    pattern: '/ticket_types',
    minVersion: MIN_VERSION,
    handle: (req) => {
      const { body, ws, version } = req;
      const name = requiredString(body, 'name', 'Name');
      const input = {
        name,
        description: optionalString(body, 'description'),
        icon: optionalString(body, 'icon'),
        category: optionalEnum(body, 'category', TICKET_TYPE_CATEGORIES),
        is_internal: optionalBoolean(body, 'is_internal'),
      };
      assertNameFree(req, name);
      return ok(renderTicketType(ws, createTicketType(ws, input), version));
    },
  },
  {
    method: 'GET',
    pattern: '/ticket_types/:id',
    minVersion: MIN_VERSION,
    handle: ({ ws, params, version }) => ok(renderTicketType(ws, findTicketType(ws, params['id']), version)),
  },
  {
    method: 'PUT',
    pattern: '/ticket_types/:id',
    minVersion: MIN_VERSION,
    handle: (req) => {
      const { body, ws, params, version } = req;
      const tt = findTicketType(ws, params['id']);
      const name = optionalNonEmptyString(body, 'name');
      const description = optionalString(body, 'description');
      const icon = optionalString(body, 'icon');
      const category = optionalEnum(body, 'category', TICKET_TYPE_CATEGORIES);
      const isInternal = optionalBoolean(body, 'is_internal');
      const archived = optionalBoolean(body, 'archived');
      if (name !== undefined) assertNameFree(req, name, tt.id);
      if (name !== undefined) tt.name = name;
      if (description !== undefined) tt.description = description;
      if (icon !== undefined) tt.icon = icon;
      if (category !== undefined) tt.category = category;
      if (isInternal !== undefined) tt.is_internal = isInternal;
      if (tt.category === 'Tracker') tt.is_internal = true;
      if (archived !== undefined) tt.archived = archived;
      tt.updated_at = ws.nowSeconds();
      ws.markChanged();
      return ok(renderTicketType(ws, tt, version));
    },
  },
];
