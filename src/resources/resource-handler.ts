import type { IntercomApi } from '../client/live-types.js';
import type { Change, ChangeKind, IdRef } from '../plan/plan-types.js';

export interface ExecuteContext {
  api: IntercomApi;
  /** The id of a live object, or of an object created earlier in this apply. */
  resolve(ref: IdRef): string;
}

/**
 * How apply performs the changes of one resource kind. Planning is pure and lives beside
 * each handler; this is the only part that writes.
 */
export interface ResourceHandler {
  kind: ChangeKind;
  /** Sends the change's one write and returns the id of the object written. */
  execute(change: Change, ctx: ExecuteContext): Promise<string>;
  /**
   * After a create whose outcome is unknown, re-reads the workspace and returns the id of
   * the object if the create did happen (Intercom has no idempotency keys).
   */
  findCreated(change: Change, ctx: ExecuteContext): Promise<string | undefined>;
}
