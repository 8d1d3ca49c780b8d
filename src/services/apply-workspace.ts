/**
 * `apply` as a service: the policy (who may be asked, what a saved plan must match), the
 * plan shown before anything is written, the confirmation, and the writes. The caller
 * supplies how to show and ask through `ApplyHost`; nothing here prints.
 */
import type { ApplyEvent, ApplyResult } from '../apply/apply-plan.js';
import { FileReadError, MAX_PLAN_BYTES, readRegularFile } from '../common/read-regular-file.js';
import type { Plan } from '../engine/create-plan.js';
import { parseSavedPlan, type SavedPlan } from '../engine/saved-plans.js';
import { UserError } from '../errors.js';
import { WorkspaceSession, type SessionRequest } from './workspace-session.js';

export interface ApplyRequest extends SessionRequest {
  /** A plan saved with `plan --out`, as the user named it: applied exactly, or refused when stale. */
  planFile?: string | undefined;
  /** Apply without asking. */
  autoApprove: boolean;
  /** The result is wanted as JSON, so nobody can be asked. */
  json: boolean;
  /** Someone can answer a question (stdin is a terminal). */
  interactive: boolean;
  /** Writes in flight at once (apply and client alike). */
  concurrency: number;
  /** Stops the writes early (Ctrl-C): no new one starts, and the rest are not attempted. */
  signal?: AbortSignal | undefined;
}

export interface ApplyHost {
  /** The plan about to be applied, before the question and before any write. */
  showPlan(plan: Plan): void;
  /** Asks whether to write; only called without --auto-approve, and only when someone can answer. */
  confirm(question: { writes: number; workspace: string }): Promise<boolean>;
  /**
   * Asked after a yes when the plan archives or deletes while `ignore:` keeps objects out of
   * reach: is the list of ignored objects (shown with the plan) complete?
   */
  confirmIgnored(question: { ignored: number }): Promise<boolean>;
  /** Writes are about to start. */
  starting(writes: number): void;
  progress(event: ApplyEvent): void;
}

export type ApplyOutcome =
  | { status: 'no-changes'; plan: Plan }
  /** `declined`: the answer to the first question; `ignored-incomplete`: to the one about `ignore:`. */
  | { status: 'cancelled'; plan: Plan; reason: 'declined' | 'ignored-incomplete' }
  | { status: 'applied'; plan: Plan; result: ApplyResult };

export async function applyWorkspace(request: ApplyRequest, host: ApplyHost): Promise<ApplyOutcome> {
  checkApproval(request);
  const saved = request.planFile === undefined ? undefined : parseSavedPlan(await readPlanFile(request.planFile), request.planFile);
  if (saved) checkSavedPlanRequest(saved, request);
  const session = await WorkspaceSession.open({
    ...request,
    workspace: saved?.workspace ?? request.workspace,
    // A saved plan keeps its own selection and source unless others are given (then refused).
    from: request.from ?? saved?.source?.workspace,
    client: { ...request.client, concurrency: request.concurrency },
  });
  try {
    const plan = saved ? await session.verifySavedPlan(saved) : (await session.plan()).plan;
    host.showPlan(plan);
    if (plan.changes.length === 0) return { status: 'no-changes', plan };
    const writes = plan.changes.filter((c) => c.operation !== undefined).length;
    if (writes > 0 && !request.autoApprove) {
      if (!(await host.confirm({ writes, workspace: plan.workspace }))) return { status: 'cancelled', plan, reason: 'declined' };
      // Archives and deletes next to objects kept out of reach: asked once more, so a pattern
      // that missed what it was meant to protect is caught before anything goes.
      if (plan.ignored?.length && !(await host.confirmIgnored({ ignored: plan.ignored.length }))) {
        return { status: 'cancelled', plan, reason: 'ignored-incomplete' };
      }
    }
    if (writes > 0) host.starting(writes);
    const result = await session.apply(plan, {
      concurrency: request.concurrency,
      onEvent: (event) => host.progress(event),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    return { status: 'applied', plan, result };
  } finally {
    await session.close();
  }
}

/** Checked before anything is read: a run that cannot be confirmed is refused up front. */
function checkApproval(request: ApplyRequest): void {
  if (request.json && !request.autoApprove) {
    throw new UserError('--json cannot ask for confirmation, so it needs --auto-approve.', {
      hint: 'Review the changes first with `intercom-config plan --out FILE`, then run `intercom-config apply FILE --auto-approve --json`.',
    });
  }
  if (!request.autoApprove && !request.interactive) {
    throw new UserError('apply needs a confirmation, but stdin is not a terminal.', {
      hint: 'Review the changes with `intercom-config plan`, then run `intercom-config apply --auto-approve`.',
    });
  }
}

/** A saved plan is applied as saved: no other workspace, no other prune options. */
function checkSavedPlanRequest(saved: SavedPlan, request: ApplyRequest): void {
  if (request.workspace && request.workspace !== saved.workspace) {
    throw new UserError(`${request.planFile} was made for workspace "${saved.workspace}", not "${request.workspace}".`);
  }
  if (request.prune || request.allowDelete) {
    throw new UserError('--prune and --allow-delete cannot change a saved plan; pass them to `plan --out` instead.');
  }
}

async function readPlanFile(file: string): Promise<string> {
  try {
    return (await readRegularFile(file, MAX_PLAN_BYTES)).toString('utf8');
  } catch (error) {
    throw new UserError(`Cannot read the plan file ${file}: ${error instanceof FileReadError ? error.reason : String(error)}.`, {
      hint: 'Pass the file written by `intercom-config plan --out FILE`.',
    });
  }
}
