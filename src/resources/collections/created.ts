import type { LiveCollection } from '../../client/live-types.js';
import { UserError } from '../../errors.js';
import { sameName } from '../../plan/same-name.js';
import type { CreatedObjects, WriteContext } from '../kind.js';
import { placeCollections } from './help-centers.js';
import type { CollectionChange } from './plan.js';

/**
 * Where a new collection lives (its help center and parent), and how a duplicate this
 * apply made goes again: deleted, children first, with what this apply put in it — never
 * with anything it did not create.
 */
export const createdCollections: CreatedObjects<CollectionChange> = {
  // Help centers place children Intercom lists without one; they never change, so apply reads them once.
  families: () => ['collections', 'helpCenters'],

  sameName(change, live, ctx) {
    const op = change.operation;
    if (op?.type !== 'create_collection') return [];
    const parent = parentOf(op.parent, ctx);
    return placeCollections(live.collections ?? [], live.helpCenters ?? [])
      .filter((c) => c.parent_id === parent && c.help_center_id === op.helpCenterId && sameName(c.name, change.name))
      .map((c) => ({ id: c.id, name: c.name, archived: false }));
  },

  // Deleting is permanent, so it needs --allow-delete, as pruning does.
  undo: 'delete',

  async undoDuplicate(_change, object, ctx) {
    const inside = descendants(object.id, ctx.live.collections ?? []);
    const ids = new Set([object.id, ...inside.map((c) => c.id)]);
    const articles = (await ctx.api.listArticles()).filter((a) => a.parent_id !== null && ids.has(a.parent_id));
    const contents = [
      ...inside.map((c) => ({ id: c.id, what: `collection "${c.name}" (id ${c.id})` })),
      ...articles.map((a) => ({ id: a.id, what: `article "${a.title}" (id ${a.id})` })),
    ];
    const foreign = contents.filter((o) => !ctx.createdHere.has(o.id)).map((o) => o.what);
    if (foreign.length > 0) throw new UserError(`it holds ${foreign.join(', ')}, which this apply did not create`);
    for (const article of articles) await ctx.api.deleteArticle(article.id);
    // Deepest first: Intercom's API may refuse to delete a collection that still has children.
    for (const child of [...inside].reverse()) await ctx.api.deleteCollection(child.id);
    await ctx.api.deleteCollection(object.id);
    const removed = [...articles.map((a) => a.id), ...inside.map((c) => c.id)];
    return { done: removed.length > 0 ? `deleted it, with the ${removed.length} object(s) this apply had put in it` : 'deleted it', removed };
  },

  undoRequest: (_change, object) => `DELETE /help_center/collections/${object.id} (its sub-collections and articles first)`,
};

function parentOf(parent: { id: string } | { address: string } | null, ctx: WriteContext): string | null {
  return parent === null ? null : ctx.resolve(parent);
}

/** Every collection below `id`, parents before their children. */
function descendants(id: string, collections: readonly LiveCollection[]): LiveCollection[] {
  const out: LiveCollection[] = [];
  const seen = new Set([id]);
  for (let frontier = [id]; frontier.length > 0; ) {
    const next = collections.filter((c) => c.parent_id !== null && frontier.includes(c.parent_id) && !seen.has(c.id));
    for (const c of next) seen.add(c.id);
    out.push(...next);
    frontier = next.map((c) => c.id);
  }
  return out;
}
