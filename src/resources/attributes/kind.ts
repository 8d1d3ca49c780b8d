import type { LiveTicketType } from '../../client/live-types.js';
import type { ChangeKindModule, IgnoreCheck } from '../kind.js';
import { BugError } from '../../errors.js';
import { sameName } from '../../plan/same-name.js';
import { byName } from '../kit/match-by-name.js';
import { ATTRIBUTE_FIELDS } from './fields.js';
import type { AttributeChange } from './plan.js';
import type { DesiredAttribute } from './schema.js';

/**
 * Ticket type attributes: a child kind. Their ticket type declares, reads, plans and
 * exports them (they live inside it, in the file and in the API); the registry knows them
 * through the ticket type kind's `children`.
 */
export const attributeKind: ChangeKindModule<AttributeChange> = {
  name: 'ticket_type_attribute',
  heldBy: 'ticket_type',
  identity: ['ticket_type'],

  describe: (change) => `attribute "${change.ticket_type}" › "${change.name}"`,

  fields: ATTRIBUTE_FIELDS,
  whereInIntercom: (change) => `Settings → Tickets → ticket types → "${change.ticket_type}" → attribute "${change.name}"`,
  namePath: (change) => [change.ticket_type, change.name],
  aliases: ['attribute'],
  ignore: {
    key: 'attributes',
    noun: 'attribute',
    patterns: 'Type/Attribute names or patterns, e.g. "Bug report/Internal*" or "*/Legacy*"',
    depth: 2,
    liveNames: (live) =>
      (live.ticketTypes ?? []).flatMap((type) => type.attributes.filter((a) => !a.default).map((a) => ({ id: a.id, path: [type.name, a.name] }))),
  },

  writes: {
    create_attribute: async (op, ctx) => {
      const answer = await ctx.api.createAttribute(ctx.resolve(op.ticketType), op.body);
      return { id: answer.id, answer };
    },
    update_attribute: async (op, ctx) => {
      const answer = await ctx.api.updateAttribute(op.ticketTypeId, op.attributeId, op.body);
      return { id: answer.id, answer };
    },
  },

  created: {
    // Attributes have no list endpoint: they come embedded in their ticket type.
    families: () => ['ticketTypes'],
    sameName: (change, live, ctx) => {
      const op = change.operation;
      if (op?.type !== 'create_attribute') return [];
      const typeId = ctx.resolve(op.ticketType);
      const type = (live.ticketTypes ?? []).find((t) => t.id === typeId);
      return (type?.attributes ?? []).filter((a) => !a.default && sameName(a.name, change.name));
    },
    // Attributes cannot be deleted: a duplicate is archived under a name that no longer matches.
    undo: 'archive',
    async undoDuplicate(change, object, ctx) {
      const op = change.operation;
      if (op?.type !== 'create_attribute') throw new BugError(`${change.address} is not an attribute create`);
      const name = ctx.renamed(object);
      await ctx.api.updateAttribute(ctx.resolve(op.ticketType), object.id, { archived: true, name });
      return { done: `archived it and renamed it "${name}"`, removed: [] };
    },
    undoRequest: (change, object, ctx) => {
      const op = change.operation;
      const typeId = op?.type === 'create_attribute' ? ctx.resolve(op.ticketType) : '{ticket_type_id}';
      return `PUT /ticket_types/${typeId}/attributes/${object.id} ${JSON.stringify({ archived: true, name: ctx.renamed(object) })}`;
    },
  },

  liveObjects: (live) => (live.ticketTypes ?? []).flatMap((type) => type.attributes.map((a) => [a.id, a] as const)),
};

/** A live type's custom attributes as config, by name; built-ins and ignored ones are never exported. */
export function exportAttributes(type: LiveTicketType, ignore?: IgnoreCheck): DesiredAttribute[] {
  return type.attributes
    .filter((a) => !a.default && !ignore?.ignores('ticket_type_attribute', [type.name, a.name]))
    .sort(byName((a) => a.name))
    .map((a) => {
      const out = ATTRIBUTE_FIELDS.exported(a) as DesiredAttribute;
      if (a.archived) out.archived = true;
      return out;
    });
}
