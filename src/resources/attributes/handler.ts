import { BugError } from '../../errors.js';
import type { Change } from '../../plan/plan-types.js';
import type { ExecuteContext, ResourceHandler } from '../resource-handler.js';
import { newest } from '../ticket-types/handler.js';

export const attributeHandler: ResourceHandler = {
  kind: 'ticket_type_attribute',

  async execute(change: Change, ctx: ExecuteContext): Promise<string> {
    const op = change.operation;
    if (op?.type === 'create_attribute') {
      return (await ctx.api.createAttribute(ctx.resolve(op.ticketType), op.body)).id;
    }
    if (op?.type === 'update_attribute') {
      return (await ctx.api.updateAttribute(op.ticketTypeId, op.attributeId, op.body)).id;
    }
    throw new BugError(`attribute handler cannot run ${op?.type ?? 'a change without operation'}`);
  },

  async findCreated(change: Change, ctx: ExecuteContext): Promise<string | undefined> {
    const op = change.operation;
    if (op?.type !== 'create_attribute') return undefined;
    // Attributes have no list endpoint: they come embedded in their ticket type.
    const type = await ctx.api.getTicketType(ctx.resolve(op.ticketType));
    return newest(type.attributes.filter((a) => a.name === op.body.name && !a.default))?.id;
  },
};
