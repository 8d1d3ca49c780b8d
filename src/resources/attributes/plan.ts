import type { AttributeBody, LiveAttribute, LiveTicketType } from '../../client/live-types.js';
import { inWorkspace } from '../../config/parts/schema-parts.js';
import { newFields } from '../../plan/field-diff.js';
import type { ConfigPath, PlanIssues } from '../../plan/plan-issues.js';
import { address, type ChangeBase, type IdRef, type PlanNote, type PlanOptions } from '../../plan/plan-types.js';
import type { IgnoreCheck } from '../kind.js';
import { archivedAlsoNote, duplicateMessage, NameIndex, nameFormNote, pickActive } from '../kit/match-by-name.js';
import { ATTRIBUTE_FIELDS } from './fields.js';
import { formOrderNote, type PlacedAttribute } from './form-order.js';
import type { DesiredAttribute } from './schema.js';
import { withArticle } from '../../common/english.js';

export type AttributeOperation =
  | { type: 'create_attribute'; ticketType: IdRef; body: AttributeBody }
  | { type: 'update_attribute'; ticketTypeId: string; attributeId: string; body: AttributeBody };

export type AttributeChange = ChangeBase<'ticket_type_attribute', AttributeOperation> & {
  /** The owning ticket type's (desired) name. */
  ticket_type: string;
};

/** The ticket type whose attributes are planned. */
export interface OwningType {
  name: string;
  /** Position in `ticket_types:`. */
  index: number;
  attributes: readonly DesiredAttribute[] | undefined;
  /** Absent when the type is created by this plan. */
  current: LiveTicketType | undefined;
  address: string;
}

export interface AttributePlanContext {
  workspace: string;
  options: PlanOptions;
  issues: PlanIssues;
  notes: PlanNote[];
  ignore: IgnoreCheck;
}

/** Declared attributes of one ticket type, then (with prune, when the type lists its attributes) archives of unlisted ones. */
export function planAttributes(ctx: AttributePlanContext, owner: OwningType): AttributeChange[] {
  // Built-in _default_title_/_default_description_ are never touched, so never matched;
  // nor are ignored ones (by the type's name in the config or in Intercom, while it is renamed).
  const typeNames = [owner.name, ...(owner.current ? [owner.current.name] : [])];
  const live = (owner.current?.attributes ?? []).filter(
    (a) => !a.default && !typeNames.some((type) => ctx.ignore.ignores('ticket_type_attribute', [type, a.name])),
  );
  const byName = new NameIndex(live);
  const claimed = new Set<LiveAttribute>();
  const changes: AttributeChange[] = [];
  const typeRef: IdRef = owner.current ? { id: owner.current.id } : { address: owner.address };
  // Intercom orders a type's attributes by creation and cannot reorder them: each create
  // waits for the one before it (and a new type), so the form shows the config's order.
  let previousCreate: string | undefined;
  const placed: PlacedAttribute[] = [];

  (owner.attributes ?? []).forEach((attribute, index) => {
    if (!inWorkspace(attribute, ctx.workspace)) return;
    const { match: current, ambiguous, archivedAlso } = pickActive(byName.match(attribute.name, attribute.previous_names, claimed));
    if (ambiguous) {
      ctx.issues.add(configPath(owner, index, 'name'), duplicateMessage(`${owner.name} › ${attribute.name}`, ambiguous));
      return;
    }
    const what = `attribute "${owner.name}" › "${attribute.name}"`;
    const attributeAddress = address('ticket_type_attribute', owner.name, attribute.name);
    if (current && archivedAlso.length > 0) ctx.notes.push({ address: attributeAddress, message: archivedAlsoNote(what, current, archivedAlso) });
    const formNote = current && nameFormNote(what, attribute.name, current);
    if (formNote) ctx.notes.push({ address: attributeAddress, message: formNote });
    if (attribute.archived !== true) placed.push({ declared: attribute, live: current });
    if (!current) {
      if (attribute.archived === true) return;
      if (!checkDescription(ctx, owner, attribute, index, 'create')) return;
      const change: AttributeChange = {
        address: address('ticket_type_attribute', owner.name, attribute.name),
        kind: 'ticket_type_attribute',
        name: attribute.name,
        ticket_type: owner.name,
        action: 'create',
        fields: newFields(ATTRIBUTE_FIELDS.desired(attribute)),
        operation: { type: 'create_attribute', ticketType: typeRef, body: ATTRIBUTE_FIELDS.body(ATTRIBUTE_FIELDS.desired(attribute)) },
        source: configPath(owner, index),
      };
      const dependsOn = [...(owner.current ? [] : [owner.address]), ...(previousCreate ? [previousCreate] : [])];
      if (dependsOn.length > 0) change.dependsOn = dependsOn;
      previousCreate = change.address;
      changes.push(change);
      return;
    }
    claimed.add(current);
    if (current.data_type !== attribute.data_type) {
      ctx.issues.add(configPath(owner, index, 'data_type'), dataTypeMessage(owner.name, attribute, current));
      return;
    }
    const fields = ATTRIBUTE_FIELDS.changes(ATTRIBUTE_FIELDS.live(current), ATTRIBUTE_FIELDS.desired(attribute));
    const wantArchived = attribute.archived ?? false;
    if (current.archived !== wantArchived) fields.push({ path: 'archived', before: current.archived, after: wantArchived });
    if (fields.some((f) => f.path === 'description') && !checkDescription(ctx, owner, attribute, index, 'update')) return;
    if (fields.length === 0 || !owner.current) return;
    changes.push({
      address: address('ticket_type_attribute', owner.name, attribute.name),
      kind: 'ticket_type_attribute',
      name: attribute.name,
      ticket_type: owner.name,
      action: current.archived === wantArchived ? 'update' : wantArchived ? 'archive' : 'unarchive',
      id: current.id,
      fields,
      operation: {
        type: 'update_attribute',
        ticketTypeId: owner.current.id,
        attributeId: current.id,
        // Only the changed fields.
        body: ATTRIBUTE_FIELDS.bodyOf(fields),
      },
      source: configPath(owner, index),
    });
  });

  const note = formOrderNote(owner.name, placed, live);
  if (note) ctx.notes.push({ address: owner.address, message: note });

  // What is not written is not managed: a type without `attributes:` leaves its attributes
  // alone even with prune, while `attributes: []` manages them (and prunes every one).
  if (ctx.options.prune && owner.current && owner.attributes !== undefined) {
    for (const attribute of live) {
      if (claimed.has(attribute) || attribute.archived) continue;
      changes.push({
        address: address('ticket_type_attribute', owner.name, attribute.name),
        kind: 'ticket_type_attribute',
        action: 'archive',
        name: attribute.name,
        ticket_type: owner.name,
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

function configPath(owner: OwningType, index: number, field?: string): ConfigPath {
  const path: ConfigPath = ['ticket_types', owner.index, 'attributes', index];
  return field === undefined ? path : [...path, field];
}

/**
 * `create_ticket_type_attribute_request` requires a description, and whether Intercom
 * takes an empty one no public source says: an attribute is never created without one,
 * nor has it cleared. False (with a located issue) when the write must not be planned.
 */
function checkDescription(ctx: AttributePlanContext, owner: OwningType, attribute: DesiredAttribute, index: number, write: 'create' | 'update'): boolean {
  if (attribute.description !== undefined && attribute.description.trim() !== '') return true;
  const where = attribute.description === undefined ? 'name' : 'description';
  const what = `attribute "${attribute.name}" of ticket type "${owner.name}"`;
  ctx.issues.add(
    configPath(owner, index, where),
    write === 'create'
      ? `${what} would be created without a description, and Intercom requires one; add \`description:\` with a short help text`
      : `${what} would have its description cleared, and Intercom requires one; write a description, or leave \`description:\` out to keep the current one`,
  );
  return false;
}

function dataTypeMessage(typeName: string, wanted: DesiredAttribute, current: LiveAttribute): string {
  return (
    `attribute "${wanted.name}" of ticket type "${typeName}" is ${withArticle(current.data_type)} attribute in Intercom; ` +
    `it cannot become ${wanted.data_type} because the API cannot change data_type. To migrate: declare the new ` +
    `attribute under a new name (for example "${wanted.name} (${wanted.data_type})"), and archive the old one ` +
    `(keep it in the file with its old data_type and archived: true, or remove it and plan with --prune).`
  );
}
