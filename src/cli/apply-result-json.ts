import type { ApplyResult } from '../apply/apply-plan.js';
import { NotAppliedError, type UnappliedField } from '../apply/verify-answer.js';
import type { Change } from '../resources/registry.js';
import { changeIdentity } from '../render/render-json.js';

/** How `apply --json` names one change: the identity fields of plan JSON, no field diffs. */
export interface AppliedChangeJson {
  kind: Change['kind'];
  action: Change['action'];
  name: string;
  ticket_type?: string;
  help_center?: string;
  path?: string[];
  /** The object's id: the new id for a create. */
  id?: string;
}

/** `apply --json` output (format_version 1). Every change of the plan is in exactly one list. */
export interface ApplyResultJson {
  format_version: 1;
  workspace: string;
  applied: AppliedChangeJson[];
  /** A write Intercom answered without applying every field also carries `not_applied`. */
  failed: (AppliedChangeJson & { error: string; not_applied?: UnappliedField[] })[];
  not_attempted: AppliedChangeJson[];
  /** Manual and blocked changes, which apply never sends, with the reason. */
  remaining: (AppliedChangeJson & { reason?: string })[];
  /** Ctrl-C stopped the writes: what had not started is in `not_attempted`. */
  interrupted?: true;
}

export function applyResultToJson(workspace: string, result: ApplyResult): ApplyResultJson {
  return {
    format_version: 1,
    workspace,
    applied: result.applied.map(({ change, id }) => ({ ...identity(change), id })),
    failed: result.failed.map(({ change, error }) =>
      error instanceof NotAppliedError
        ? { ...identity(change), id: error.id, error: error.message, not_applied: [...error.fields] }
        : { ...identity(change), error: error.message },
    ),
    not_attempted: result.notAttempted.map(identity),
    remaining: result.remaining.map((change) => ({ ...identity(change), ...(change.reason !== undefined ? { reason: change.reason } : {}) })),
    ...(result.interrupted ? { interrupted: true as const } : {}),
  };
}

const identity: (change: Change) => AppliedChangeJson = changeIdentity;
