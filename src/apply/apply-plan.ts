import type { IntercomApi } from '../client/live-types.js';
import type { ConfigPath } from '../config/parts/findings.js';
import type { Plan } from '../engine/create-plan.js';
import { BugError, type SourceLocation } from '../errors.js';
import type { IdRef } from '../plan/plan-types.js';
import type { LiveNamed, WriteContext, Written } from '../resources/kind.js';
import { writeOf, type Change } from '../resources/registry.js';
import { afterFailedCreate, CreateConflictError, FamilyReader, strangersNamedLike, type CreateAttempts, type FamilyWave } from './create-checks.js';
import { settleDuplicates, type DuplicateReport } from './duplicates.js';
import { NotAppliedError, unappliedFields } from './verify-answer.js';

export type ApplyEvent =
  | { type: 'start'; change: Change }
  | { type: 'done'; change: Change; id: string }
  /** The write's answer was lost, but re-reading showed it happened. */
  | { type: 'recovered'; change: Change; id: string }
  | { type: 'failed'; change: Change; error: Error }
  /** Started, but interrupted (`signal`) before its write was sent: it is not attempted. */
  | { type: 'skipped'; change: Change };

export interface ApplyOptions {
  /** Writes in flight at once; the client's scheduler still enforces its own limits. */
  concurrency?: number;
  /**
   * Deleting was allowed (`--allow-delete`): a duplicate collection or article this apply
   * made at the same moment as another run is then deleted; otherwise the report says how.
   */
  allowDelete?: boolean;
  onEvent?: (event: ApplyEvent) => void;
  /**
   * Stops the apply early (Ctrl-C in the CLI): no new write starts once it is aborted,
   * writes in flight finish, and what had not started is reported as not attempted.
   */
  signal?: AbortSignal;
  /** Where a change's config path is in the file, so a field Intercom did not apply is located. */
  locate?: (path: ConfigPath) => SourceLocation | undefined;
}

export interface ApplyResult {
  applied: { change: Change; id: string }[];
  /**
   * Writes refused or not known to have happened, and writes Intercom answered without
   * applying every field (a `NotAppliedError`, which names each field).
   */
  failed: { change: Change; error: Error }[];
  /** Not started because an earlier write failed or a dependency did not succeed. */
  notAttempted: Change[];
  /** Manual and blocked changes: shown in the plan, never sent. */
  remaining: Change[];
  /**
   * Objects this apply created that share their name with another live object made at the
   * same moment (another apply running at once); each is also in `failed`, with what was
   * done about it. Absent when there were none.
   */
  duplicates?: DuplicateReport[];
  /** `signal` was aborted while the writes ran: what had not started is in `notAttempted`. */
  interrupted?: true;
}

/**
 * Executes the plan's writes in dependency order with bounded parallelism. On the first
 * failure no new write starts; writes in flight finish; everything else is reported as
 * not attempted, so a re-run (which re-plans from live state) converges. A write whose
 * answer shows a field not applied is a failure too, but it happened, and nothing is in
 * doubt: what depends on it goes on.
 */
export async function applyPlan(plan: Plan, api: IntercomApi, options: ApplyOptions = {}): Promise<ApplyResult> {
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const emit = options.onEvent ?? (() => {});
  const writes = plan.changes.filter((c) => c.operation !== undefined);
  const inPlan = new Set(writes.map((c) => c.address));
  const ids = new Map<string, string>();
  const answers = new Map<string, object>();
  const result: ApplyResult = {
    applied: [],
    failed: [],
    notAttempted: [],
    remaining: plan.changes.filter((c) => c.operation === undefined),
  };
  const ctx: WriteContext = { api, resolve: (ref) => resolveRef(ref, ids), answerOf: (address) => answers.get(address) };
  // Objects the plan names, or this apply made, are never another run's.
  const planIds = new Set(plan.changes.flatMap((c) => (c.id === undefined ? [] : [c.id])));
  const createdHere = new Set<string>();
  const checks: CreateAttempts = { ctx, reader: new FamilyReader(api), known: (id) => planIds.has(id) || createdHere.has(id) };

  const pending = [...writes];
  const finished = new Set<string>();
  let stopping = false;
  let running = 0;
  const interrupted = () => options.signal?.aborted === true;

  await new Promise<void>((resolveAll) => {
    const settle = (change: Change, outcome: Outcome): void => {
      running -= 1;
      if ('skipped' in outcome) {
        result.notAttempted.push(change);
      } else if ('id' in outcome) {
        ids.set(change.address, outcome.id);
        if (change.action === 'create') createdHere.add(outcome.id);
        if (outcome.answer !== undefined) answers.set(change.address, outcome.answer);
        finished.add(change.address);
        if (outcome.notApplied) result.failed.push({ change, error: outcome.notApplied });
        else result.applied.push({ change, id: outcome.id });
      } else {
        stopping = true;
        result.failed.push({ change, error: outcome.error });
      }
      pump();
    };
    const pump = (): void => {
      // Creates that start together share one listing of their family for the check before them.
      let wave: FamilyWave | undefined;
      while (!stopping && !interrupted() && running < concurrency) {
        const index = pending.findIndex((c) => (c.dependsOn ?? []).every((d) => !inPlan.has(d) || finished.has(d)));
        if (index < 0) break;
        const [change] = pending.splice(index, 1) as [Change];
        running += 1;
        emit({ type: 'start', change });
        wave ??= checks.reader.wave({ whileWriting: true, recent: true });
        // A throw would leave the pump waiting forever: it is a failure of this change like any other.
        void runOne(change, { ...checks, wave }, emit, options)
          .catch((error: unknown) => fail(change, asError(error), emit))
          .then((outcome) => settle(change, outcome));
      }
      if (running === 0) {
        result.notAttempted.push(...pending.splice(0));
        resolveAll();
      }
    };
    pump();
  });
  if (interrupted()) result.interrupted = true;
  await settleDuplicates(result, checks, { allowDelete: options.allowDelete ?? false, createdHere, emit });
  return result;
}

/** `skipped`: interrupted before its write was sent (a create's check had started). */
type Outcome = (Written & { notApplied?: NotAppliedError }) | { error: Error } | { skipped: true };

async function runOne(
  change: Change,
  checks: CreateAttempts & { wave: FamilyWave },
  emit: (event: ApplyEvent) => void,
  { locate, signal }: Pick<ApplyOptions, 'locate' | 'signal'>,
): Promise<Outcome> {
  const { ctx } = checks;
  const write = writeOf(change);
  if (!write) return fail(change, new BugError(`${change.address} has no operation to apply`), emit);
  if (isCreate(change)) {
    // The plan read the workspace a while ago: another apply may have made the object since.
    let others: LiveNamed[];
    try {
      others = await strangersNamedLike(change, checks.wave, ctx, checks.known);
    } catch (error) {
      return fail(change, asError(error), emit);
    }
    if (others.length > 0) return fail(change, new CreateConflictError(others), emit);
    // The check took a round trip: an interrupt that came meanwhile means nothing new is sent.
    if (signal?.aborted) {
      emit({ type: 'skipped', change });
      return { skipped: true };
    }
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const written = await write(ctx);
      const unapplied = unappliedFields(change, written);
      if (unapplied.length > 0) {
        const notApplied = new NotAppliedError(change, written.id, unapplied, locate);
        emit({ type: 'failed', change, error: notApplied });
        return { ...written, notApplied };
      }
      emit({ type: 'done', change, id: written.id });
      return written;
    } catch (error) {
      if (!isCreate(change)) return fail(change, asError(error), emit);
      const next = await afterFailedCreate(change, error, attempt, checks);
      if ('error' in next) return fail(change, next.error, emit);
      if ('found' in next) {
        emit({ type: 'recovered', change, id: next.found });
        return { id: next.found };
      }
      // Not found on re-reading, but sending it again would be a new write after the interrupt.
      if (signal?.aborted) return fail(change, asError(error), emit);
    }
  }
}

function fail(change: Change, error: Error, emit: (event: ApplyEvent) => void): { error: Error } {
  emit({ type: 'failed', change, error });
  return { error };
}

function isCreate(change: Change): boolean {
  return change.action === 'create';
}

function resolveRef(ref: IdRef, ids: ReadonlyMap<string, string>): string {
  if ('id' in ref) return ref.id;
  const id = ids.get(ref.address);
  if (id === undefined) throw new BugError(`${ref.address} was used before it was created`);
  return id;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
