/**
 * `/ticket_types/{id}/attributes`: create and partial update only (Intercom has no list,
 * get or delete for attributes). `data_type` is fixed at creation: an update ignores it.
 */
import { invalidParameter, missingParameter, notFound } from '../api-error.js';
import { parseListItems } from '../model/input-options.js';
import { addAttribute, updateAttribute } from '../model/ticket-types.js';
import type { AttributeFlags } from '../model/ticket-types.js';
import { renderAttribute } from '../render/ticket-types.js';
import { ATTRIBUTE_DATA_TYPES } from '../state.js';
import type { AttributeDataType, TicketTypeRecord } from '../state.js';
import {
  optionalBoolean,
  optionalListItems,
  optionalNonEmptyString,
  optionalString,
  requiredString,
} from './body-fields.js';
import { ok } from './route-types.js';
import type { Route, RouteRequest } from './route-types.js';
import { findTicketType } from './ticket-types.js';

function readFlags(body: Record<string, unknown>): AttributeFlags & { multiline?: boolean; allow_multiple_values?: boolean } {
  return {
    required_to_create: optionalBoolean(body, 'required_to_create'),
    required_to_create_for_contacts: optionalBoolean(body, 'required_to_create_for_contacts'),
    visible_on_create: optionalBoolean(body, 'visible_on_create'),
    visible_to_contacts: optionalBoolean(body, 'visible_to_contacts'),
    multiline: optionalBoolean(body, 'multiline'),
    allow_multiple_values: optionalBoolean(body, 'allow_multiple_values'),
  };
}

function readDataType(body: Record<string, unknown>): AttributeDataType {
  const value = body['data_type'];
  if (value === undefined || value === null || value === '') throw missingParameter('Data type');
  if (typeof value !== 'string' || !(ATTRIBUTE_DATA_TYPES as readonly string[]).includes(value)) {
    throw invalidParameter(`data_type must be one of: ${ATTRIBUTE_DATA_TYPES.join(', ')}.`);
  }
  return value as AttributeDataType;
}

/** `empty_attribute_description: reject` refuses a blank description on create and update. */
function checkDescription(req: RouteRequest, description: string | undefined): void {
  if (description !== undefined && description.trim() === '' && req.settings.switches.empty_attribute_description === 'reject') {
    throw invalidParameter('Description cannot be blank.');
  }
}

function assertNameFree(req: RouteRequest, tt: TicketTypeRecord, name: string, exceptId?: string): void {
  if (req.settings.switches.duplicate_names === 'allow') return;
  const wanted = name.trim().toLowerCase();
  if (tt.attributes.some((a) => a.id !== exceptId && a.name.trim().toLowerCase() === wanted)) {
    throw invalidParameter(`The ticket type already has an attribute named '${name}'.`);
  }
}

export const ticketTypeAttributeRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/ticket_types/:id/attributes',
    minVersion: '2.9',
    handle: (req) => {
      const { body, ws, params } = req;
      const tt = findTicketType(ws, params['id']);
      const name = requiredString(body, 'name', 'Name');
      const description = optionalString(body, 'description');
      if (description === undefined) throw missingParameter('Description');
      checkDescription(req, description);
      const dataType = readDataType(body);
      const listItems = optionalListItems(body, 'list_items');
      assertNameFree(req, tt, name);
      const attribute = addAttribute(ws, tt, {
        name,
        description,
        data_type: dataType,
        ...readFlags(body),
        list_items: listItems === undefined ? undefined : parseListItems(listItems),
      });
      return ok(renderAttribute(ws, tt, attribute));
    },
  },
  {
    method: 'PUT',
    pattern: '/ticket_types/:id/attributes/:attributeId',
    minVersion: '2.9',
    handle: (req) => {
      const { body, ws, params } = req;
      const tt = findTicketType(ws, params['id']);
      const attribute = tt.attributes.find((a) => a.id === params['attributeId']);
      if (!attribute) throw notFound();
      const name = optionalNonEmptyString(body, 'name');
      if (name !== undefined) assertNameFree(req, tt, name, attribute.id);
      const listItems = optionalListItems(body, 'list_items');
      const description = optionalString(body, 'description');
      checkDescription(req, description);
      updateAttribute(ws, attribute, {
        name,
        description,
        archived: optionalBoolean(body, 'archived'),
        ...readFlags(body),
        list_items: listItems === undefined ? undefined : parseListItems(listItems),
      }, req.settings.switches.list_items_on_update);
      return ok(renderAttribute(ws, tt, attribute));
    },
  },
];
