/** `/ticket_types`: list (archived included), create, get and partial update. No delete. */
import { invalidParameter, notFound } from '../api-error.js';
import { createTicketType } from '../model/ticket-types.js';
import { renderTicketType } from '../render/ticket-types.js';
import { TICKET_TYPE_CATEGORIES } from '../state.js';
import type { TicketTypeCategory, TicketTypeRecord } from '../state.js';
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
  if (req.settings.switches.duplicate_names === 'allow') return;
  const wanted = name.trim().toLowerCase();
  const clash = req.ws.state.ticket_types.find((tt) => tt.id !== exceptId && tt.name.trim().toLowerCase() === wanted);
  if (clash) throw invalidParameter(`A ticket type named '${name}' already exists.`);
}

/** `icon_variation_selector: stripped` keeps emoji without U+FE0F, as some systems store them. */
function storedIcon(req: RouteRequest, icon: string): string {
  return req.settings.switches.icon_variation_selector === 'stripped' ? icon.replace(/\uFE0F/g, '') : icon;
}

/** `customer_is_internal: force-false`: a Customer type is never internal, whatever was sent. */
function honouredInternal(req: RouteRequest, category: TicketTypeCategory, isInternal: boolean | undefined): boolean | undefined {
  if (category === 'Customer' && req.settings.switches.customer_is_internal === 'force-false' && isInternal !== undefined) return false;
  return isInternal;
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
      const category = optionalEnum(body, 'category', TICKET_TYPE_CATEGORIES);
      const icon = optionalString(body, 'icon');
      const input = {
        name,
        description: optionalString(body, 'description'),
        ...(icon !== undefined ? { icon: storedIcon(req, icon) } : {}),
        category,
        is_internal: honouredInternal(req, category ?? 'Customer', optionalBoolean(body, 'is_internal')),
      };
      assertNameFree(req, name);
      const created = createTicketType(ws, input);
      if (icon === undefined) created.icon = storedIcon(req, created.icon);
      return ok(renderTicketType(ws, created, version));
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
      if (icon !== undefined) tt.icon = storedIcon(req, icon);
      if (category !== undefined && req.settings.switches.category_on_update === 'change') tt.category = category;
      if (isInternal !== undefined) tt.is_internal = isInternal;
      tt.is_internal = honouredInternal(req, tt.category, tt.is_internal) ?? tt.is_internal;
      if (tt.category === 'Tracker') tt.is_internal = true;
      if (archived !== undefined) tt.archived = archived;
      tt.updated_at = ws.nowSeconds();
      ws.markChanged();
      return ok(renderTicketType(ws, tt, version));
    },
  },
];
