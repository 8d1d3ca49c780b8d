import type { LiveDataAttribute } from '../../client/live-types.js';
import { IntercomApiError, UserError } from '../../errors.js';
import type { IgnoreCheck, ResourceKind } from '../kind.js';
import type { LiveFamily, LiveState } from '../live-families.js';
import { sameName } from '../../plan/same-name.js';
import { byName } from '../kit/match-by-name.js';
import { DATA_ATTRIBUTE_FIELDS } from './fields.js';
import { archiveRefusedMessage } from './messages.js';
import { isCustom, isShared, liveAttributes, MODELS, SHARED_MODELS } from './models.js';
import { planDataAttributes, type DataAttributeChange } from './plan.js';
import { checkDataAttributes, declaredDataAttributes } from './rules.js';
import {
  DATA_ATTRIBUTE_MODELS,
  dataAttributesSection,
  type DataAttributeModelName,
  type DesiredDataAttribute,
  type DesiredDataAttributes,
} from './schema.js';

/**
 * Contact and company data attributes (created, updated, archived, unarchived) and
 * conversation attributes (verified only), matched by model and name. Built-in attributes
 * are read, to refuse their names, but never planned, written or exported.
 */
export const dataAttributeKind: ResourceKind<typeof dataAttributesSection, DataAttributeChange> = {
  name: 'data_attribute',
  section: dataAttributesSection,
  children: [],
  identity: ['model'],

  rules: checkDataAttributes,
  declaredObjects: declaredDataAttributes,

  reads: (config) => readsFor(config.data_attributes),

  plan: (config, ctx) => (config.data_attributes === undefined ? [] : planDataAttributes(config.data_attributes, ctx)),

  export: (live, { ignore } = {}) => exportDataAttributes(live, ignore),

  count: (config) => ({
    data_attributes: DATA_ATTRIBUTE_MODELS.reduce((n, model) => n + (config.data_attributes?.[model]?.length ?? 0), 0),
  }),

  describe: (change) => `${change.model} data attribute "${change.name}"`,

  fields: DATA_ATTRIBUTE_FIELDS,
  whereInIntercom: (change) => `${MODELS[change.model].settings} → "${change.name}"`,
  namePath: (change) => [change.model, change.name],
  ignore: {
    key: 'data_attributes',
    noun: 'data attribute',
    patterns: 'model/name, e.g. "contact/legacy_*"',
    depth: 2,
    liveNames: (live) =>
      DATA_ATTRIBUTE_MODELS.flatMap((model) =>
        (liveAttributes(live, model) ?? []).filter(isCustom).map((a) => ({ id: a.id, path: [model, a.name] })),
      ),
  },

  writes: {
    create_data_attribute: async (op, ctx) => {
      const answer = await ctx.api.createDataAttribute(op.body);
      return { id: createdId(answer), answer };
    },
    update_data_attribute: async (op, ctx) => {
      try {
        const answer = await ctx.api.updateDataAttribute(op.attributeId, op.body);
        return { id: answer.id ?? op.attributeId, answer };
      } catch (error) {
        // Intercom answers 422 when an attribute it is asked to archive is still in use.
        if (op.body.archived === true && error instanceof IntercomApiError && error.status === 422) {
          throw new UserError(archiveRefusedMessage(error.message), { cause: error });
        }
        throw error;
      }
    },
  },

  created: {
    families: (change) => [MODELS[change.model].family],
    sameName: (change, live) => (liveAttributes(live, change.model) ?? []).filter(isCustom).filter((a) => sameName(a.name, change.name)),
    // Data attributes can neither be deleted nor renamed: a duplicate is archived, and the
    // plan matches the active one (Intercom refuses a second name anyway, so this is rare).
    undo: 'archive',
    async undoDuplicate(_change, object, ctx) {
      await ctx.api.updateDataAttribute(object.id, { archived: true });
      return { done: 'archived it (data attributes cannot be renamed; the plan matches the active one)', removed: [] };
    },
    undoRequest: (_change, object) => `PUT /data_attributes/${object.id} {"archived":true}`,
  },

  liveObjects: (live) =>
    DATA_ATTRIBUTE_MODELS.flatMap((model) =>
      (liveAttributes(live, model) ?? []).filter(isCustom).map(({ updated_at: _u, ...attribute }) => [attribute.id, attribute] as const),
    ),
};

/**
 * One listing per declared model. Contact and company are read together, since they share
 * one set of names and, perhaps, one count against Intercom's limit.
 */
function readsFor(section: DesiredDataAttributes | undefined): LiveFamily[] {
  if (section === undefined) return [];
  const declared = DATA_ATTRIBUTE_MODELS.filter((model) => section[model] !== undefined);
  const models = new Set<DataAttributeModelName>(declared.some(isShared) ? [...declared, ...SHARED_MODELS] : declared);
  return DATA_ATTRIBUTE_MODELS.filter((model) => models.has(model)).map((model) => MODELS[model].family);
}

/** Each model read, its custom attributes by name; a model not read is not exported. */
function exportDataAttributes(live: LiveState, ignore?: IgnoreCheck): { data_attributes?: DesiredDataAttributes } {
  const section: DesiredDataAttributes = {};
  for (const model of DATA_ATTRIBUTE_MODELS) {
    const attributes = liveAttributes(live, model);
    if (!attributes) continue;
    const kept = attributes.filter(isCustom).filter((a) => !ignore?.ignores('data_attribute', [model, a.name]));
    section[model] = kept.sort(byName((a) => a.name)).map(exportAttribute);
  }
  return Object.keys(section).length > 0 ? { data_attributes: section } : {};
}

function exportAttribute(attribute: LiveDataAttribute): DesiredDataAttribute {
  const out = DATA_ATTRIBUTE_FIELDS.exported(attribute) as DesiredDataAttribute;
  // Intercom leaves out a description never given; an empty one is not worth managing.
  if (out.description === '') delete out.description;
  if (attribute.archived) out.archived = true;
  return out;
}

function createdId(answer: LiveDataAttribute): string {
  if (answer.id !== null) return answer.id;
  throw new IntercomApiError({
    status: 200,
    code: 'unexpected_response',
    message: `the answer to creating data attribute "${answer.name}" has no id`,
    method: 'POST',
    path: '/data_attributes',
  });
}
