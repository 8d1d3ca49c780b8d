import type { LiveTicketType } from '../../client/live-types.js';
import { duplicateTexts } from '../../config/parts/duplicate-texts.js';
import { at } from '../../config/parts/findings.js';
import { records, text, type Loose } from '../../config/parts/loose.js';
import { findNameClashes } from '../../config/parts/name-clashes.js';
import { attributeKind, exportAttributes } from '../attributes/kind.js';
import type { AttributeChange } from '../attributes/plan.js';
import { checkAttributes } from '../attributes/rules.js';
import type { DeclaredObject, IgnoreCheck, ResourceKind } from '../kind.js';
import type { LiveFamily } from '../live-families.js';
import { sameName } from '../../plan/same-name.js';
import { byName } from '../kit/match-by-name.js';
import { internalConflict } from './internal-rule.js';
import { planTicketTypes, TICKET_TYPE_FIELDS, type TicketTypeChange } from './plan.js';
import { ticketTypesSection, type DesiredTicketType } from './schema.js';

/** Ticket types, with their attributes as a child kind and their `states:` verified only. */
export const ticketTypeKind: ResourceKind<typeof ticketTypesSection, TicketTypeChange, AttributeChange> = {
  name: 'ticket_type',
  section: ticketTypesSection,
  children: [attributeKind],
  identity: [],

  rules(data, context) {
    const types = records(data['ticket_types']);
    const findings = findNameClashes(types, ['ticket_types'], { noun: 'ticket type', key: 'name', previousKey: 'previous_names' }, context);
    for (const [index, type] of types) {
      const path = ['ticket_types', index];
      findings.push(...checkAttributes(type, path, context), ...duplicateTexts(type['states'], [...path, 'states'], 'state'));
      const isInternal = typeof type['is_internal'] === 'boolean' ? type['is_internal'] : undefined;
      const conflict = internalConflict(text(type['name']) ?? '', text(type['category']), isInternal);
      if (conflict) findings.push(at([...path, 'is_internal'], conflict));
    }
    return findings;
  },

  declaredObjects(data: Loose) {
    return records(data['ticket_types']).flatMap(([i, value]): DeclaredObject[] => {
      const type: DeclaredObject = { kind: 'ticket_type', path: ['ticket_types', i], value };
      const attributes = records(value['attributes']).map(([j, attribute]) => ({
        kind: 'ticket_type_attribute',
        path: ['ticket_types', i, 'attributes', j],
        value: attribute,
        parent: { object: type, noun: 'ticket type' },
      }));
      return [type, ...attributes];
    });
  },

  reads(config) {
    if (config.ticket_types === undefined) return [];
    const families: LiveFamily[] = ['ticketTypes'];
    // A type's `states:` is checked against the states a new type would be given.
    if (config.ticket_types.some((t) => t.states !== undefined)) families.push('ticketStates');
    return families;
  },

  plan: (config, ctx) => (config.ticket_types === undefined ? [] : planTicketTypes(config.ticket_types, ctx)),

  export: (live, { ignore } = {}) =>
    live.ticketTypes
      ? {
          ticket_types: [...live.ticketTypes]
            .filter((t) => !ignore?.ignores('ticket_type', [t.name]))
            .sort(byName((t) => t.name))
            .map((t) => exportType(t, ignore)),
        }
      : {},

  count: (config) => ({
    ticket_types: config.ticket_types?.length ?? 0,
    attributes: (config.ticket_types ?? []).reduce((n, t) => n + (t.attributes?.length ?? 0), 0),
  }),

  describe: (change) => `ticket type "${change.name}"`,

  fields: TICKET_TYPE_FIELDS,
  whereInIntercom: (change) => `Settings → Tickets → ticket types → "${change.name}"`,
  namePath: (change) => [change.name],
  ignore: {
    key: 'ticket_types',
    noun: 'ticket type',
    patterns: 'ticket type names or patterns, e.g. "Customer Request*"',
    depth: 1,
    liveNames: (live) => (live.ticketTypes ?? []).map((t) => ({ id: t.id, path: [t.name] })),
  },

  writes: {
    create_ticket_type: async (op, ctx) => {
      const answer = await ctx.api.createTicketType(op.body);
      return { id: answer.id, answer };
    },
    update_ticket_type: async (op, ctx) => {
      const answer = await ctx.api.updateTicketType(op.ticketTypeId, op.body);
      return { id: answer.id, answer };
    },
  },

  created: {
    families: () => ['ticketTypes'],
    sameName: (change, live) => (live.ticketTypes ?? []).filter((t) => sameName(t.name, change.name)),
    // Ticket types cannot be deleted: a duplicate is archived under a name that no longer matches.
    undo: 'archive',
    async undoDuplicate(_change, object, ctx) {
      const name = ctx.renamed(object);
      await ctx.api.updateTicketType(object.id, { archived: true, name });
      return { done: `archived it and renamed it "${name}"`, removed: [] };
    },
    undoRequest: (_change, object, ctx) => `PUT /ticket_types/${object.id} ${JSON.stringify({ archived: true, name: ctx.renamed(object) })}`,
  },

  // A type's hash covers its own fields only, so an unrelated attribute edit does not make
  // a plan that only renames the type stale.
  liveObjects: (live) => (live.ticketTypes ?? []).map(({ attributes: _a, updated_at: _u, ...type }) => [type.id, type] as const),
};

function exportType(type: LiveTicketType, ignore: IgnoreCheck | undefined): DesiredTicketType {
  const out = TICKET_TYPE_FIELDS.exported(type) as DesiredTicketType;
  if (type.archived) out.archived = true;
  out.states = type.states.map((s) => s.internal_label);
  const attributes = exportAttributes(type, ignore);
  if (attributes.length > 0) out.attributes = attributes;
  return out;
}
