import type { DataAttributeBody, LiveDataAttribute } from '../../client/live-types.js';
import { inWorkspace } from '../../config/parts/schema-parts.js';
import { newFields } from '../../plan/field-diff.js';
import type { ConfigPath } from '../../plan/plan-issues.js';
import { address, type ChangeBase, type FieldChange } from '../../plan/plan-types.js';
import type { KindPlanContext } from '../kind.js';
import { nameKey } from '../../plan/same-name.js';
import { archivedAlsoNote, duplicateMessage, NameIndex, pickActive } from '../kit/match-by-name.js';
import { DATA_ATTRIBUTE_FIELDS } from './fields.js';
import { checkCustomAttributeLimit } from './limit.js';
import {
  builtInMessage,
  caseOnlyMessage,
  optionsRemovedNote,
  renameMessage,
  takenByOtherModelMessage,
  typeChangeMessage,
} from './messages.js';
import { isCustom, isWritable, liveAttributes, SHARED_MODELS, type CustomAttribute } from './models.js';
import { DATA_ATTRIBUTE_MODELS, type DataAttributeModelName, type DesiredDataAttribute, type DesiredDataAttributes } from './schema.js';
import { verifyModel } from './verify.js';

export type DataAttributeOperation =
  | { type: 'create_data_attribute'; body: DataAttributeBody }
  | { type: 'update_data_attribute'; attributeId: string; body: DataAttributeBody };

export type DataAttributeChange = ChangeBase<'data_attribute', DataAttributeOperation> & {
  /** contact, company or conversation: names are unique per model. */
  model: DataAttributeModelName;
};

/** Where each create or unarchive was declared, for a located refusal when it would pass the limit. */
export type Sources = Map<DataAttributeChange, ConfigPath>;

/**
 * Every declared model in order: contact and company attributes are created, updated,
 * archived and unarchived (then, with prune, unlisted ones archived); conversation
 * attributes are verified. Last, the plan is held against Intercom's limit on custom
 * attributes.
 */
export function planDataAttributes(section: DesiredDataAttributes, ctx: KindPlanContext): DataAttributeChange[] {
  const changes: DataAttributeChange[] = [];
  const sources: Sources = new Map();
  for (const model of DATA_ATTRIBUTE_MODELS) {
    const declared = section[model];
    if (declared === undefined) continue;
    changes.push(...(isWritable(model) ? planModel(model, declared, ctx, sources) : verifyModel(model, declared, ctx)));
  }
  checkCustomAttributeLimit(changes, sources, ctx);
  return changes;
}

function planModel(model: DataAttributeModelName, declared: readonly DesiredDataAttribute[], ctx: KindPlanContext, sources: Sources): DataAttributeChange[] {
  const live = liveAttributes(ctx.live, model) ?? [];
  // Ignored attributes are out of reach: never matched, changed or pruned (they still count against the limit).
  const custom = live.filter(isCustom).filter((a) => !ctx.ignore.ignores('data_attribute', [model, a.name]));
  const byName = new NameIndex(custom);
  const claimed = new Set<CustomAttribute>();
  const changes: DataAttributeChange[] = [];

  declared.forEach((attribute, index) => {
    if (!inWorkspace(attribute, ctx.workspace)) return;
    const path: ConfigPath = ['data_attributes', model, index];
    if (refusedName(model, attribute, path, ctx)) return;
    const { match: current, ambiguous, archivedAlso } = pickActive(byName.match(attribute.name, undefined, claimed));
    if (ambiguous) {
      ctx.issues.add([...path, 'name'], duplicateMessage(`${model} attribute ${attribute.name}`, ambiguous));
      return;
    }
    if (current) {
      claimed.add(current);
      // One name to Intercom, but the API cannot rename an attribute to the declared spelling.
      if (current.name !== attribute.name) {
        ctx.issues.add([...path, 'name'], caseOnlyMessage(model, attribute, current));
        return;
      }
      const changeAddress = address('data_attribute', model, attribute.name);
      if (archivedAlso.length > 0) ctx.notes.push({ address: changeAddress, message: archivedAlsoNote(`${model} attribute "${attribute.name}"`, current, archivedAlso) });
      const change = planExisting(model, attribute, current, path, ctx);
      if (change) changes.push(change);
      if (change?.action === 'unarchive') sources.set(change, [...path, 'archived']);
      return;
    }
    if (refusedCreate(model, attribute, path, custom, ctx)) return;
    // Creating something only to archive it would be noise: an absent archived attribute is as wanted.
    if (attribute.archived === true) return;
    const change = planCreate(model, attribute);
    changes.push(change);
    sources.set(change, [...path, 'name']);
  });

  if (ctx.options.prune) {
    for (const attribute of custom) {
      if (claimed.has(attribute) || attribute.archived) continue;
      changes.push({
        address: address('data_attribute', model, attribute.name),
        kind: 'data_attribute',
        action: 'archive',
        name: attribute.name,
        model,
        id: attribute.id,
        fields: [{ path: 'archived', before: false, after: true }],
        reason: 'not in the config (prune)',
        operation: { type: 'update_data_attribute', attributeId: attribute.id, body: { archived: true } },
      });
    }
  }
  return changes;
}

function planCreate(model: DataAttributeModelName, attribute: DesiredDataAttribute): DataAttributeChange {
  const wanted = DATA_ATTRIBUTE_FIELDS.desired(attribute);
  const body: DataAttributeBody = { name: attribute.name, model: model as 'contact' | 'company', ...DATA_ATTRIBUTE_FIELDS.body(wanted) };
  return {
    address: address('data_attribute', model, attribute.name),
    kind: 'data_attribute',
    action: 'create',
    name: attribute.name,
    model,
    fields: newFields(wanted),
    operation: { type: 'create_data_attribute', body },
  };
}

function planExisting(
  model: DataAttributeModelName,
  attribute: DesiredDataAttribute,
  current: CustomAttribute,
  path: ConfigPath,
  ctx: KindPlanContext,
): DataAttributeChange | undefined {
  const fields = DATA_ATTRIBUTE_FIELDS.changes(DATA_ATTRIBUTE_FIELDS.live(current), DATA_ATTRIBUTE_FIELDS.desired(attribute));
  const typeChange = fields.find((f) => f.path === 'data_type');
  if (typeChange) {
    ctx.issues.add([...path, 'data_type'], typeChangeMessage(model, attribute, String(typeChange.before)));
    return undefined;
  }
  const wantArchived = attribute.archived ?? false;
  if (current.archived !== wantArchived) fields.push({ path: 'archived', before: current.archived, after: wantArchived });
  if (fields.length === 0) return undefined;
  const changeAddress = address('data_attribute', model, attribute.name);
  noteRemovedOptions(model, attribute.name, changeAddress, fields, ctx);
  return {
    address: changeAddress,
    kind: 'data_attribute',
    action: current.archived === wantArchived ? 'update' : wantArchived ? 'archive' : 'unarchive',
    name: attribute.name,
    model,
    id: current.id,
    fields,
    // The PUT body: only the fields that change.
    operation: { type: 'update_data_attribute', attributeId: current.id, body: DATA_ATTRIBUTE_FIELDS.bodyOf(fields) },
  };
}

/** Removing an option does not clear it where it is held: the plan says so. */
function noteRemovedOptions(model: DataAttributeModelName, name: string, changeAddress: string, fields: readonly FieldChange[], ctx: KindPlanContext): void {
  const options = fields.find((f) => f.path === 'options');
  if (!options || !Array.isArray(options.before) || !Array.isArray(options.after)) return;
  const kept = new Set(options.after as unknown[]);
  const removed = (options.before as unknown[]).filter((o) => !kept.has(o)).map(String);
  if (removed.length > 0) ctx.notes.push({ address: changeAddress, message: optionsRemovedNote(model, name, removed) });
}

/**
 * A name Intercom has given one of its own attributes, in this model or (names being
 * shared) the other one, can never be declared.
 */
function refusedName(model: DataAttributeModelName, attribute: DesiredDataAttribute, path: ConfigPath, ctx: KindPlanContext): boolean {
  const wanted = nameKey(attribute.name);
  const models = [model, ...SHARED_MODELS.filter((m) => m !== model)];
  const builtIn = models.flatMap((m) => liveAttributes(ctx.live, m) ?? []).find((a) => !isCustom(a) && nameKey(a.name) === wanted);
  if (builtIn) ctx.issues.add([...path, 'name'], builtInMessage(attribute, builtIn));
  return builtIn !== undefined;
}

/**
 * What stops a create before it is sent: a rename asked for through previous_names, or the
 * name taken in the other model. (A live name that differs only in case or Unicode form
 * is matched, and refused there.)
 */
function refusedCreate(
  model: DataAttributeModelName,
  attribute: DesiredDataAttribute,
  path: ConfigPath,
  custom: readonly CustomAttribute[],
  ctx: KindPlanContext,
): boolean {
  let refused = false;
  (attribute.previous_names ?? []).forEach((previous, i) => {
    const old = custom.find((a) => nameKey(a.name) === nameKey(previous));
    if (!old) return;
    ctx.issues.add([...path, 'previous_names', i], renameMessage(model, attribute, old));
    refused = true;
  });
  if (refused) return true;
  const wanted = nameKey(attribute.name);
  const other = SHARED_MODELS.filter((m) => m !== model)
    .flatMap((m) => liveAttributes(ctx.live, m) ?? [])
    .find((a) => isCustom(a) && nameKey(a.name) === wanted);
  if (other) {
    ctx.issues.add([...path, 'name'], takenByOtherModelMessage(model, attribute, other));
    return true;
  }
  return false;
}
