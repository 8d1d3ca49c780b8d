import type { LiveDataAttribute } from '../../client/live-types.js';
import { inWorkspace } from '../../config/parts/schema-parts.js';
import { newFields } from '../../plan/field-diff.js';
import { address, type FieldChange } from '../../plan/plan-types.js';
import { sameName } from '../../plan/same-name.js';
import type { KindPlanContext } from '../kind.js';
import { preferExact } from '../kit/match-by-name.js';
import { DATA_ATTRIBUTE_FIELDS } from './fields.js';
import { liveAttributes, MODELS } from './models.js';
import type { DataAttributeChange } from './plan.js';
import type { DataAttributeModelName, DesiredDataAttribute } from './schema.js';
import { withArticle } from '../../common/english.js';

/**
 * A model the API cannot write (conversation attributes): declared attributes are
 * verified, and each difference is a manual change saying what to do in Intercom's
 * settings, like ticket states. Nothing is ever sent, and prune leaves the model alone.
 */
export function verifyModel(model: DataAttributeModelName, declared: readonly DesiredDataAttribute[], ctx: KindPlanContext): DataAttributeChange[] {
  const live = liveAttributes(ctx.live, model) ?? [];
  const changes: DataAttributeChange[] = [];
  for (const attribute of declared) {
    if (!inWorkspace(attribute, ctx.workspace)) continue;
    const change = verifyOne(model, attribute, findAttribute(live, attribute.name));
    if (change) changes.push(change);
  }
  return changes;
}

function verifyOne(model: DataAttributeModelName, attribute: DesiredDataAttribute, current: LiveDataAttribute | undefined): DataAttributeChange | undefined {
  const where = `Intercom (${MODELS[model].settings})`;
  const cannot = `the API cannot create or change ${model} attributes before version 2.16.`;
  const base = {
    address: address('data_attribute', model, attribute.name),
    kind: 'data_attribute' as const,
    action: 'manual' as const,
    name: attribute.name,
    model,
  };
  const wanted = DATA_ATTRIBUTE_FIELDS.desired(attribute);
  if (!current) {
    if (attribute.archived === true) return undefined;
    const options = attribute.options ? ` with options ${attribute.options.map((o) => `"${o}"`).join(', ')}` : '';
    return {
      ...base,
      fields: newFields(wanted),
      reason: `missing: create it in ${where} as ${withArticle(attribute.data_type)} attribute${options}; ${cannot}`,
    };
  }
  const fields = DATA_ATTRIBUTE_FIELDS.changes(DATA_ATTRIBUTE_FIELDS.live(current), wanted);
  const wantArchived = attribute.archived ?? false;
  if (current.archived !== wantArchived) fields.push({ path: 'archived', before: current.archived, after: wantArchived });
  if (fields.length === 0) return undefined;
  return {
    ...base,
    ...(current.id !== null ? { id: current.id } : {}),
    fields,
    reason: `differs: in ${where}, ${fields.map(step).join('; ')}; ${cannot}`,
  };
}

function step(field: FieldChange): string {
  if (field.path === 'archived') return field.after ? 'archive it' : 'unarchive it';
  if (field.path === 'data_type') {
    return `it is of type ${String(field.before)}, not ${String(field.after)}, and a type cannot change: create an attribute of the new type under a new name`;
  }
  return `change its ${field.path.replace(/_/g, ' ')} from ${JSON.stringify(field.before ?? null)} to ${JSON.stringify(field.after)}`;
}

/** By name as Intercom compares names (the exact spelling first); an active attribute wins over an archived one. */
function findAttribute(live: readonly LiveDataAttribute[], name: string): LiveDataAttribute | undefined {
  const matches = preferExact(name, live.filter((a) => sameName(a.name, name)), (a) => a.name);
  return matches.find((a) => !a.archived) ?? matches[0];
}
