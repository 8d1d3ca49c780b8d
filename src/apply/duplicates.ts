/**
 * After apply: did a create of this run and one of another run land at the same moment?
 * The check before each create narrows the window to one round trip, but two applies can
 * still both pass it. So every object this apply created is looked up by name once more
 * (one listing per family); a name two live objects now share is never left silent.
 *
 * Which one is the duplicate is decided the same way by every run that sees it: the later
 * one (Intercom's ids grow), so that exactly one run undoes its own. This apply undoes a
 * duplicate it made itself: archived under another name for kinds that are archived
 * (reversible, and nobody has used an object made a moment ago), deleted for collections
 * and articles only when deleting was allowed (`--allow-delete`). Whatever is not undone,
 * the report says how to repair: the request to send and where in Intercom.
 */
import { UserError } from '../errors.js';
import type { LiveNamed, UndoContext } from '../resources/kind.js';
import { oldest } from '../resources/kit/match-by-name.js';
import { kindOf, type Change } from '../resources/registry.js';
import type { ApplyEvent, ApplyResult } from './apply-plan.js';
import { createdOf, describeObjects, type CreateAttempts } from './create-checks.js';

export interface DuplicateReport {
  change: Change;
  /** The object this apply created. */
  id: string;
  /** The other live objects at its place with its name, unknown to the plan. */
  others: readonly LiveNamed[];
  /** The later object is the duplicate: this apply's (`ours`), or one made after it (`theirs`). */
  duplicate: 'ours' | 'theirs';
  /** What this apply did about it, or the repair left to a person. */
  outcome: { undone: string } | { repair: string };
}

/** A create that left a name two live objects share; the message says which is the duplicate and what was done. */
export class DuplicateError extends UserError {
  override name = 'DuplicateError';

  constructor(readonly report: DuplicateReport) {
    super(duplicateMessage(report));
  }
}

interface SettleOptions {
  allowDelete: boolean;
  createdHere: ReadonlySet<string>;
  emit: (event: ApplyEvent) => void;
}

/** Checks every create of `result` for a twin, undoes this apply's duplicates, and moves each case to `failed`. */
export async function settleDuplicates(result: ApplyResult, checks: CreateAttempts, options: SettleOptions): Promise<void> {
  const creates = result.applied.filter(({ change }) => change.action === 'create' && kindOf(change).created !== undefined);
  if (creates.length === 0) return;
  const wave = checks.reader.wave();
  const removed = new Map<string, string>(); // id → the duplicate it went with
  const reports: DuplicateReport[] = [];
  // Later creates first: what a collection holds goes before the collection.
  for (const { change, id } of [...creates].reverse()) {
    if (removed.has(id)) continue;
    const created = createdOf(change);
    let live;
    try {
      live = await wave.read(created.families(change));
    } catch {
      // Nothing to compare with: the next plan still stops on a name two objects share, naming both.
      continue;
    }
    const found = created.sameName(change, live, checks.ctx).filter((o) => !o.archived && (o.id === id || !checks.known(o.id)));
    const ours = found.find((o) => o.id === id);
    const others = found.filter((o) => o.id !== id);
    if (!ours || others.length === 0) continue;
    const ctx: UndoContext = { ...checks.ctx, live, createdHere: options.createdHere, renamed: (o) => `${o.name} (duplicate ${o.id})` };
    const report: DuplicateReport =
      oldest(found)?.id === id
        ? { change, id, others, duplicate: 'theirs', outcome: { repair: repairOfTheirs(change, others, ctx) } }
        : { change, id, others, duplicate: 'ours', outcome: await undoOurs(change, ours, ctx, options.allowDelete, removed) };
    reports.push(report);
  }
  if (reports.length === 0) return;
  result.duplicates = reports.reverse();
  for (const report of result.duplicates) fail(result, report.id, new DuplicateError(report), options.emit);
  for (const [id, duplicate] of removed) {
    fail(result, id, new UserError(`removed again: it was inside id ${duplicate}, a duplicate this apply made, and went with it`), options.emit);
  }
}

async function undoOurs(
  change: Change,
  ours: LiveNamed,
  ctx: UndoContext,
  allowDelete: boolean,
  removed: Map<string, string>,
): Promise<DuplicateReport['outcome']> {
  const created = createdOf(change);
  const where = kindOf(change).whereInIntercom(change);
  const request = created.undoRequest(change, ours, ctx);
  if (created.undo === 'delete' && !allowDelete) {
    return { repair: `delete it: ${request}, or in Intercom (${where}); apply deletes a duplicate it made itself only with --allow-delete` };
  }
  try {
    const undone = await created.undoDuplicate(change, ours, ctx);
    for (const id of undone.removed) removed.set(id, ours.id);
    return { undone: undone.done };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { repair: `undoing it failed (${why}); ${created.undo} it: ${request}, or in Intercom (${where})` };
  }
}

function repairOfTheirs(change: Change, others: readonly LiveNamed[], ctx: UndoContext): string {
  const created = createdOf(change);
  const requests = others.map((o) => created.undoRequest(change, o, ctx)).join('; ');
  return (
    `an apply that made one undoes it as soon as it sees it, as intercom-config does; ` +
    `if ${others.length === 1 ? 'it is' : 'they are'} still there, ${created.undo} ${others.length === 1 ? 'it' : 'them'}: ${requests}, ` +
    `or in Intercom (${kindOf(change).whereInIntercom(change)})`
  );
}

function duplicateMessage(report: DuplicateReport): string {
  const { id, others, outcome } = report;
  if (report.duplicate === 'theirs') {
    return (
      `created (id ${id}), but Intercom now also has ${describeObjects(others)} with this name at this place, made just after it — ` +
      `perhaps by another apply running at the same time. This one is kept; the later one is the duplicate: ${'repair' in outcome ? outcome.repair : outcome.undone}.`
    );
  }
  const kept = oldest(others)?.id ?? '';
  const head =
    `created (id ${id}), but Intercom also has ${describeObjects(others)} with this name at this place, made at the same moment — ` +
    `perhaps by another apply running at the same time. Id ${id} came later, so it is the duplicate`;
  return 'undone' in outcome
    ? `${head}: ${outcome.undone}. Run plan again: it matches id ${kept}.`
    : `${head}; to repair, ${outcome.repair}. Then run plan again: it matches id ${kept}.`;
}

/** Moves a change (by the id it wrote) from `applied` to `failed`. */
function fail(result: ApplyResult, id: string, error: Error, emit: (event: ApplyEvent) => void): void {
  const index = result.applied.findIndex((a) => a.id === id);
  if (index < 0) return;
  const [{ change }] = result.applied.splice(index, 1) as [{ change: Change; id: string }];
  result.failed.push({ change, error });
  emit({ type: 'failed', change, error });
}
