import type { AttributeBody, LiveAttribute, LiveTicketType } from '../../client/live-types.js';
import type { DesiredAttribute, DesiredTicketType } from '../../config/config-types.js';
import { diffFields, newFields } from '../../plan/field-diff.js';
import {
  address,
  duplicateMessage,
  inWorkspace,
  NameIndex,
  type PlanInput,
  type PlanIssues,
} from '../../plan/plan-context.js';
import type { Change, FieldChange, IdRef } from '../../plan/plan-types.js';

export interface OwningType {
  type: DesiredTicketType;
  index: number;
  /** Absent when the type is created by this plan. */
  current: LiveTicketType | undefined;
  address: string;
}

/** Declared attributes of one ticket type, then (with prune) archives of unlisted ones. */
export function planAttributes(input: PlanInput, issues: PlanIssues, owner: OwningType): Change[] {
  // Built-in _default_title_/_default_description_ are never touched, so never matched.
  const live = (owner.current?.attributes ?? []).filter((a) => !a.default);
  const byName = new NameIndex(live);
  const claimed = new Set<LiveAttribute>();
  const changes: Change[] = [];
  const typeRef: IdRef = owner.current ? { id: owner.current.id } : { address: owner.address };
  const dependsOn = owner.current ? undefined : [owner.address];

  (owner.type.attributes ?? []).forEach((attribute, index) => {
    if (!inWorkspace(attribute, input.workspace)) return;
    const matches = byName.match(attribute.name, attribute.previous_names, claimed);
    if (matches.length > 1) {
      issues.add(configPath(owner, index, 'name'), duplicateMessage(`${owner.type.name} › ${attribute.name}`, matches));
      return;
    }
    const current = matches[0];
    if (!current) {
      if (attribute.archived === true) return;
      const change: Change = {
        address: address('ticket_type_attribute', owner.type.name, attribute.name),
        kind: 'ticket_type_attribute',
        name: attribute.name,
        ticket_type: owner.type.name,
        action: 'create',
        fields: newFields(wantedFields(attribute)),
        operation: { type: 'create_attribute', ticketType: typeRef, body: createBody(attribute) },
      };
      if (dependsOn) change.dependsOn = dependsOn;
      changes.push(change);
      return;
    }
    claimed.add(current);
    if (current.data_type !== attribute.data_type) {
      issues.add(configPath(owner, index, 'data_type'), dataTypeMessage(owner.type.name, attribute, current));
      return;
    }
    const fields = diffFields(liveFields(current), wantedFields(attribute));
    const wantArchived = attribute.archived ?? false;
    if (current.archived !== wantArchived) fields.push({ path: 'archived', before: current.archived, after: wantArchived });
    if (fields.length === 0 || !owner.current) return;
    changes.push({
      address: address('ticket_type_attribute', owner.type.name, attribute.name),
      kind: 'ticket_type_attribute',
      name: attribute.name,
      ticket_type: owner.type.name,
      action: current.archived === wantArchived ? 'update' : wantArchived ? 'archive' : 'unarchive',
      id: current.id,
      fields,
      operation: {
        type: 'update_attribute',
        ticketTypeId: owner.current.id,
        attributeId: current.id,
        body: updateBody(fields),
      },
    });
  });

  if (input.options.prune && owner.current) {
    for (const attribute of live) {
      if (claimed.has(attribute) || attribute.archived) continue;
      changes.push({
        address: address('ticket_type_attribute', owner.type.name, attribute.name),
        kind: 'ticket_type_attribute',
        action: 'archive',
        name: attribute.name,
        ticket_type: owner.type.name,
        id: attribute.id,
        fields: [{ path: 'archived', before: false, after: true }],
        reason: 'not in the config (prune)',
        operation: {
          type: 'update_attribute',
          ticketTypeId: owner.current.id,
          attributeId: attribute.id,
          body: { archived: true },
        },
      });
    }
  }
  return changes;
}

function configPath(owner: OwningType, index: number, field: string): (string | number)[] {
  return ['ticket_types', owner.index, 'attributes', index, field];
}

function wantedFields(a: DesiredAttribute): Record<string, unknown> {
  return {
    name: a.name,
    description: a.description,
    data_type: a.data_type,
    required_to_create: a.required_to_create,
    required_to_create_for_contacts: a.required_to_create_for_contacts,
    visible_on_create: a.visible_on_create,
    visible_to_contacts: a.visible_to_contacts,
    multiline: a.multiline,
    list_items: a.list_items,
    allow_multiple_values: a.allow_multiple_values,
  };
}

function liveFields(a: LiveAttribute): Record<string, unknown> {
  return {
    name: a.name,
    description: a.description,
    data_type: a.data_type,
    required_to_create: a.required_to_create,
    required_to_create_for_contacts: a.required_to_create_for_contacts,
    visible_on_create: a.visible_on_create,
    visible_to_contacts: a.visible_to_contacts,
    // Intercom omits input_options for some attributes; absent means the default.
    multiline: a.multiline ?? (a.data_type === 'string' ? false : undefined),
    list_items: a.list_items ?? [],
    allow_multiple_values: a.allow_multiple_values ?? (a.data_type === 'files' ? false : undefined),
  };
}

function createBody(a: DesiredAttribute): AttributeBody {
  const body: AttributeBody = {
    name: a.name,
    // The API requires a description on create, even an empty one.
    description: a.description ?? '',
    data_type: a.data_type,
  };
  if (a.required_to_create !== undefined) body.required_to_create = a.required_to_create;
  if (a.required_to_create_for_contacts !== undefined) body.required_to_create_for_contacts = a.required_to_create_for_contacts;
  if (a.visible_on_create !== undefined) body.visible_on_create = a.visible_on_create;
  if (a.visible_to_contacts !== undefined) body.visible_to_contacts = a.visible_to_contacts;
  if (a.multiline !== undefined) body.multiline = a.multiline;
  if (a.list_items !== undefined) body.list_items = a.list_items.join(',');
  if (a.allow_multiple_values !== undefined) body.allow_multiple_values = a.allow_multiple_values;
  return body;
}

/** Only the changed fields; list items travel as the comma-separated string the API takes. */
function updateBody(fields: readonly FieldChange[]): AttributeBody {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    body[field.path] = field.path === 'list_items' ? (field.after as string[]).join(',') : field.after;
  }
  return body as AttributeBody;
}

function dataTypeMessage(typeName: string, wanted: DesiredAttribute, current: LiveAttribute): string {
  return (
    `attribute "${wanted.name}" of ticket type "${typeName}" is a ${current.data_type} attribute in Intercom; ` +
    `it cannot become ${wanted.data_type} because the API cannot change data_type. To migrate: declare the new ` +
    `attribute under a new name (for example "${wanted.name} (${wanted.data_type})"), and archive the old one ` +
    `(keep it in the file with its old data_type and archived: true, or remove it and plan with --prune).`
  );
}
