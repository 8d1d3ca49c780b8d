import type { LiveTicketType, TicketTypeBody } from '../../client/live-types.js';
import type { DesiredTicketType } from '../../config/config-types.js';
import { diffFields } from '../../plan/field-diff.js';
import {
  address,
  duplicateMessage,
  inWorkspace,
  NameIndex,
  stripUndefined,
  type PlanInput,
  type PlanIssues,
} from '../../plan/plan-context.js';
import type { Change, FieldChange } from '../../plan/plan-types.js';
import { planAttributes } from '../attributes/plan.js';
import { planTypeStates } from './plan-states.js';

const MANAGED_FIELDS = ['name', 'description', 'category', 'icon', 'is_internal'] as const;

/** Ticket types in config order, each followed by its attribute and state changes; then prunes. */
export function planTicketTypes(input: PlanInput, issues: PlanIssues): Change[] {
  const declared = input.config.ticket_types;
  if (declared === undefined) return [];
  const live = input.live.ticketTypes ?? [];
  const byName = new NameIndex(live);
  const claimed = new Set<LiveTicketType>();
  const changes: Change[] = [];

  declared.forEach((type, index) => {
    if (!inWorkspace(type, input.workspace)) return;
    const matches = byName.match(type.name, type.previous_names, claimed);
    if (matches.length > 1) {
      issues.add(['ticket_types', index, 'name'], duplicateMessage(type.name, matches));
      return;
    }
    const current = matches[0];
    if (current) claimed.add(current);
    changes.push(...planOneType(input, issues, type, index, current));
  });

  if (input.options.prune) {
    for (const type of live) {
      if (claimed.has(type) || type.archived) continue;
      changes.push({
        address: address('ticket_type', type.name),
        kind: 'ticket_type',
        action: 'archive',
        name: type.name,
        id: type.id,
        fields: [{ path: 'archived', before: false, after: true }],
        reason: 'not in the config (prune)',
        operation: { type: 'update_ticket_type', ticketTypeId: type.id, body: { archived: true } },
      });
    }
  }
  return changes;
}

function planOneType(
  input: PlanInput,
  issues: PlanIssues,
  type: DesiredTicketType,
  index: number,
  current: LiveTicketType | undefined,
): Change[] {
  const typeAddress = address('ticket_type', type.name);
  const wanted = desiredFields(type);
  // Intercom keeps trackers internal whatever is sent, so the plan would never settle.
  if (type.is_internal === false && (type.category ?? current?.category) === 'Tracker') {
    issues.add(
      ['ticket_types', index, 'is_internal'],
      `ticket type "${type.name}" is a Tracker, and Intercom keeps Tracker ticket types internal; is_internal: false would never take effect. Remove is_internal (or set it to true), or choose another category`,
    );
    return [];
  }

  if (!current) {
    // Creating something only to archive it would be noise: an absent archived type is as wanted.
    if (type.archived === true) return [];
    const body: TicketTypeBody = stripUndefined(wanted);
    const create: Change = {
      address: typeAddress,
      kind: 'ticket_type',
      action: 'create',
      name: type.name,
      fields: Object.entries(body).map(([path, after]) => ({ path, after })),
      operation: { type: 'create_ticket_type', body },
    };
    return [
      create,
      ...planAttributes(input, issues, { type, index, current: undefined, address: typeAddress }),
      ...planTypeStates(input, type, undefined),
    ];
  }

  const fields: FieldChange[] = diffFields(liveFields(current), wanted);
  const wantArchived = type.archived ?? false;
  if (current.archived !== wantArchived) fields.push({ path: 'archived', before: current.archived, after: wantArchived });
  const typeChanges: Change[] = [];
  if (fields.length > 0) {
    const action = current.archived === wantArchived ? 'update' : wantArchived ? 'archive' : 'unarchive';
    typeChanges.push({
      address: typeAddress,
      kind: 'ticket_type',
      action,
      name: type.name,
      id: current.id,
      fields,
      operation: { type: 'update_ticket_type', ticketTypeId: current.id, body: bodyOf(fields) },
    });
  }
  return [
    ...typeChanges,
    ...planAttributes(input, issues, { type, index, current, address: typeAddress }),
    ...planTypeStates(input, type, current),
  ];
}

function desiredFields(type: DesiredTicketType): { [K in (typeof MANAGED_FIELDS)[number]]: TicketTypeBody[K] } {
  return {
    name: type.name,
    description: type.description,
    category: type.category,
    icon: type.icon,
    is_internal: type.is_internal,
  };
}

function liveFields(type: LiveTicketType): Record<string, unknown> {
  return {
    name: type.name,
    description: type.description,
    category: type.category,
    icon: type.icon,
    is_internal: type.is_internal,
  };
}

/** The PUT body: only the fields that change. */
function bodyOf(fields: readonly FieldChange[]): TicketTypeBody {
  return Object.fromEntries(fields.map((f) => [f.path, f.after])) as TicketTypeBody;
}
