import { BugError } from '../../errors.js';
import type { Change } from '../../plan/plan-types.js';
import type { ExecuteContext, ResourceHandler } from '../resource-handler.js';

export const ticketTypeHandler: ResourceHandler = {
  kind: 'ticket_type',

  async execute(change: Change, ctx: ExecuteContext): Promise<string> {
    const op = change.operation;
    if (op?.type === 'create_ticket_type') return (await ctx.api.createTicketType(op.body)).id;
    if (op?.type === 'update_ticket_type') return (await ctx.api.updateTicketType(op.ticketTypeId, op.body)).id;
    throw new BugError(`ticket type handler cannot run ${op?.type ?? 'a change without operation'}`);
  },

  async findCreated(change: Change, ctx: ExecuteContext): Promise<string | undefined> {
    const op = change.operation;
    if (op?.type !== 'create_ticket_type') return undefined;
    // The plan created this type because no live type had its name, so one that has it now is ours.
    const found = (await ctx.api.listTicketTypes()).filter((t) => t.name === op.body.name);
    return newest(found)?.id;
  },
};

export function newest<T extends { id: string }>(items: readonly T[]): T | undefined {
  return [...items].sort((a, b) => Number(b.id) - Number(a.id) || b.id.localeCompare(a.id))[0];
}
