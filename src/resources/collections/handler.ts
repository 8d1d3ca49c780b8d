import { BugError } from '../../errors.js';
import type { Change, IdRef } from '../../plan/plan-types.js';
import type { ExecuteContext, ResourceHandler } from '../resource-handler.js';
import { newest } from '../ticket-types/handler.js';

export const collectionHandler: ResourceHandler = {
  kind: 'collection',

  async execute(change: Change, ctx: ExecuteContext): Promise<string> {
    const op = change.operation;
    if (op?.type === 'create_collection') {
      const created = await ctx.api.createCollection({
        ...op.body,
        help_center_id: Number(op.helpCenterId),
        parent_id: parentId(op.parent, ctx),
      });
      return created.id;
    }
    if (op?.type === 'update_collection') {
      const body = op.parent === undefined ? op.body : { ...op.body, parent_id: parentId(op.parent, ctx) };
      return (await ctx.api.updateCollection(op.collectionId, body)).id;
    }
    if (op?.type === 'delete_collection') {
      await ctx.api.deleteCollection(op.collectionId);
      return op.collectionId;
    }
    throw new BugError(`collection handler cannot run ${op?.type ?? 'a change without operation'}`);
  },

  async findCreated(change: Change, ctx: ExecuteContext): Promise<string | undefined> {
    const op = change.operation;
    if (op?.type !== 'create_collection') return undefined;
    const parent = parentId(op.parent, ctx);
    const found = (await ctx.api.listCollections()).filter(
      (c) => c.name === op.body.name && c.parent_id === parent && c.help_center_id === op.helpCenterId,
    );
    return newest(found)?.id;
  },
};

function parentId(parent: IdRef | null, ctx: ExecuteContext): string | null {
  return parent === null ? null : ctx.resolve(parent);
}
