import type { LiveTicketType, TicketTypeBody } from '../../client/live-types.js';
import { inWorkspace } from '../../config/parts/schema-parts.js';
import { newFields } from '../../plan/field-diff.js';
import { address, type ChangeBase, type FieldChange } from '../../plan/plan-types.js';
import { planAttributes, type AttributeChange } from '../attributes/plan.js';
import type { KindPlanContext } from '../kind.js';
import { managedFields } from '../kit/managed-fields.js';
import { archivedAlsoNote, duplicateMessage, NameIndex, nameFormNote, pickActive } from '../kit/match-by-name.js';
import { internalConflict } from './internal-rule.js';
import { planTypeStates } from './plan-states.js';
import type { DesiredTicketType } from './schema.js';

export type TicketTypeOperation =
  | { type: 'create_ticket_type'; body: TicketTypeBody }
  | { type: 'update_ticket_type'; ticketTypeId: string; body: TicketTypeBody };

export type TicketTypeChange = ChangeBase<'ticket_type', TicketTypeOperation>;

export const TICKET_TYPE_FIELDS = managedFields<DesiredTicketType, LiveTicketType, TicketTypeBody>()({
  name: {},
  description: {},
  category: {},
  // Emoji are written with and without the variation selector U+FE0F; both are one icon.
  icon: { comparable: (icon) => (typeof icon === 'string' ? icon.replace(/\uFE0F/g, '') : icon) },
  is_internal: {},
});

/** Ticket types in config order, each followed by its attribute and state changes; then prunes. */
export function planTicketTypes(
  declared: readonly DesiredTicketType[],
  ctx: KindPlanContext,
): (TicketTypeChange | AttributeChange)[] {
  // Ignored types are out of reach: never matched (so never renamed), changed or pruned.
  const live = (ctx.live.ticketTypes ?? []).filter((t) => !ctx.ignore.ignores('ticket_type', [t.name]));
  const byName = new NameIndex(live);
  const claimed = new Set<LiveTicketType>();
  const changes: (TicketTypeChange | AttributeChange)[] = [];

  declared.forEach((type, index) => {
    if (!inWorkspace(type, ctx.workspace)) return;
    const { match: current, ambiguous, archivedAlso } = pickActive(byName.match(type.name, type.previous_names, claimed));
    if (ambiguous) {
      ctx.issues.add(['ticket_types', index, 'name'], duplicateMessage(type.name, ambiguous));
      return;
    }
    if (current) claimed.add(current);
    const what = `ticket type "${type.name}"`;
    if (current && archivedAlso.length > 0) {
      ctx.notes.push({ address: address('ticket_type', type.name), message: archivedAlsoNote(what, current, archivedAlso) });
    }
    const formNote = current && nameFormNote(what, type.name, current);
    if (formNote) ctx.notes.push({ address: address('ticket_type', type.name), message: formNote });
    changes.push(...planOneType(ctx, type, index, current));
  });

  if (ctx.options.prune) {
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
  ctx: KindPlanContext,
  type: DesiredTicketType,
  index: number,
  current: LiveTicketType | undefined,
): (TicketTypeChange | AttributeChange)[] {
  const typeAddress = address('ticket_type', type.name);
  const wanted = TICKET_TYPE_FIELDS.desired(type);
  // A new type without a category is a Customer type (Intercom's default).
  const conflict = internalConflict(type.name, type.category ?? current?.category ?? (current ? undefined : 'Customer'), type.is_internal);
  if (conflict) {
    ctx.issues.add(['ticket_types', index, 'is_internal'], conflict);
    return [];
  }
  const owner = { name: type.name, index, attributes: type.attributes, current, address: typeAddress };
  const children = () => [...planAttributes(ctx, owner), ...planTypeStates(ctx.live.ticketStates ?? [], type, current)];

  if (!current) {
    // Creating something only to archive it would be noise: an absent archived type is as wanted.
    if (type.archived === true) return [];
    const body = TICKET_TYPE_FIELDS.body(wanted);
    const create: TicketTypeChange = {
      address: typeAddress,
      kind: 'ticket_type',
      action: 'create',
      name: type.name,
      fields: newFields({ ...body }),
      operation: { type: 'create_ticket_type', body },
      source: ['ticket_types', index],
    };
    return [create, ...children()];
  }

  const fields: FieldChange[] = TICKET_TYPE_FIELDS.changes(TICKET_TYPE_FIELDS.live(current), wanted);
  const wantArchived = type.archived ?? false;
  if (current.archived !== wantArchived) fields.push({ path: 'archived', before: current.archived, after: wantArchived });
  const typeChanges: TicketTypeChange[] = [];
  if (fields.length > 0) {
    const action = current.archived === wantArchived ? 'update' : wantArchived ? 'archive' : 'unarchive';
    typeChanges.push({
      address: typeAddress,
      kind: 'ticket_type',
      action,
      name: type.name,
      id: current.id,
      fields,
      // The PUT body: only the fields that change.
      operation: { type: 'update_ticket_type', ticketTypeId: current.id, body: TICKET_TYPE_FIELDS.bodyOf(fields) },
      source: ['ticket_types', index],
    });
  }
  return [...typeChanges, ...children()];
}
