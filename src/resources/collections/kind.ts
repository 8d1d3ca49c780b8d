import type { IdRef } from '../../plan/plan-types.js';
import type { ResourceKind, WriteContext } from '../kind.js';
import { createdCollections } from './created.js';
import { exportCollections } from './export.js';
import { placeCollections } from './help-centers.js';
import { liveCollectionNames } from './ignored.js';
import { COLLECTION_FIELDS, planCollections, type CollectionChange } from './plan.js';
import { checkCollections, declaredCollections } from './rules.js';
import { collectionsSection, type DesiredCollection } from './schema.js';

/** Help-center collections: a tree per help center, matched by help center, parent path and name. */
export const collectionKind: ResourceKind<typeof collectionsSection, CollectionChange> = {
  name: 'collection',
  heldBy: 'collection',
  section: collectionsSection,
  children: [],
  identity: ['help_center', 'path'],

  rules: checkCollections,
  declaredObjects: declaredCollections,

  reads: (config) => (config.help_center?.collections !== undefined ? ['helpCenters', 'collections'] : []),

  plan: (config, ctx) => {
    const declared = config.help_center?.collections;
    return declared === undefined ? [] : planCollections(declared, ctx);
  },

  export: (live, { ignore } = {}) =>
    live.collections && live.helpCenters ? { help_center: { collections: exportCollections(live.helpCenters, live.collections, ignore) } } : {},

  count: (config) => ({ collections: countCollections(config.help_center?.collections) }),

  describe: (change) => `collection ${change.help_center ? `${change.help_center}: ` : ''}"${change.path.join(' / ')}"`,

  fields: COLLECTION_FIELDS,
  whereInIntercom: (change) => `Help Center → Collections (help center "${change.help_center}") → "${change.path.join(' / ')}"`,
  namePath: (change) => change.path,
  ignore: {
    key: 'collections',
    noun: 'collection',
    patterns: 'collection paths (names from the top level, joined by "/") or patterns, e.g. "Legacy/**" (Legacy and everything below it)',
    liveNames: (live) => liveCollectionNames(live),
  },

  writes: {
    create_collection: async (op, ctx) => {
      const answer = await ctx.api.createCollection({
        ...op.body,
        help_center_id: Number(op.helpCenterId),
        parent_id: parentId(op.parent, ctx),
      });
      return { id: answer.id, answer };
    },
    update_collection: async (op, ctx) => {
      const body = op.parent === undefined ? op.body : { ...op.body, parent_id: parentId(op.parent, ctx) };
      const answer = await ctx.api.updateCollection(op.collectionId, body);
      return { id: answer.id, answer };
    },
    delete_collection: async (op, ctx) => {
      await ctx.api.deleteCollection(op.collectionId);
      return { id: op.collectionId };
    },
  },

  created: createdCollections,

  liveObjects: (live) => (live.collections ?? []).map(({ updated_at: _u, ...collection }) => [collection.id, collection] as const),
};

function parentId(parent: IdRef | null, ctx: WriteContext): string | null {
  return parent === null ? null : ctx.resolve(parent);
}

function countCollections(list: readonly DesiredCollection[] | undefined): number {
  return (list ?? []).reduce((n, c) => n + 1 + countCollections(c.collections), 0);
}
