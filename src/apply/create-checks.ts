/**
 * The checks around a create. Intercom has no lock and no idempotency keys, so a create is
 * only as safe as the last read of its family. Just before a create is sent, apply reads
 * the family again — once per wave of writes that start together, the listing shared by
 * every create of that wave — and refuses a create whose name is now taken. After an
 * answer that does not say whether the create happened, it waits as a read would and
 * reads again (never the shared listing) before deciding to send it again. Each kind only
 * says where its objects live (`ResourceKind.created`); the checks are the same for all.
 */
import type { IntercomApi } from '../client/live-types.js';
import { BugError, IntercomApiError, UnknownOutcomeError, UserError } from '../errors.js';
import type { CreatedObjects, LiveNamed, WriteContext } from '../resources/kind.js';
import { LIVE_FAMILIES, type LiveFamily, type LiveState } from '../resources/live-families.js';
import { kindOf, type Change } from '../resources/registry.js';
import { newest } from '../resources/kit/match-by-name.js';

/** Families the API cannot write (help centers, ticket states, teammates): read once per apply. */
const UNWRITABLE = new Set<LiveFamily>(['helpCenters', 'ticketStates', 'admins']);

/**
 * While writes go on, a listing started this recently is fresh enough for the checks
 * before creates: a paged family costs a dozen calls, and one listing per family per
 * wave of creates spent most of the rate limit on reads. What another run creates in that
 * window is still caught by the check after apply.
 */
export const CHECK_LISTING_FRESH_MS = 2_000;

/** Listings for the checks: each family once per wave, unwritable ones once per apply. */
export class FamilyReader {
  private readonly once = new Map<LiveFamily, Promise<unknown[]>>();
  /** The latest listing of each family read while writing, and when it started. */
  private readonly recent = new Map<LiveFamily, { startedAt: number; read: Promise<unknown[]> }>();

  constructor(private readonly api: IntercomApi) {}

  /**
   * A fresh wave: what it reads reflects every write finished before it. `whileWriting`:
   * this apply's other writes are still in flight, so a paged listing may come back short
   * of its total_count (objects moving between pages) and is used as read; the check after
   * apply, when those writes are done, reads strictly. `recent`: for the checks before
   * creates, a listing started within CHECK_LISTING_FRESH_MS serves (never after a lost
   * answer: that re-read must see the create it asks about).
   */
  wave(options: { whileWriting?: boolean; recent?: boolean } = {}): FamilyWave {
    const listing = options.whileWriting ? { whileWriting: true } : {};
    return new FamilyWave((family, cache) => {
      if (options.recent && !UNWRITABLE.has(family)) return this.recentListing(family, cache);
      const shared = UNWRITABLE.has(family) ? this.once : cache;
      let read = shared.get(family);
      if (!read) {
        read = LIVE_FAMILIES[family](this.api, listing) as Promise<unknown[]>;
        shared.set(family, read);
        // A failed read is not kept: the next wave tries again.
        read.catch(() => shared.delete(family));
      }
      return read;
    });
  }

  /** The family's listing started within CHECK_LISTING_FRESH_MS, or a new one (kept for the wave). */
  private recentListing(family: LiveFamily, cache: Map<LiveFamily, Promise<unknown[]>>): Promise<unknown[]> {
    const cached = cache.get(family);
    if (cached) return cached;
    const now = this.api.now?.() ?? Date.now();
    const last = this.recent.get(family);
    let read = last && now - last.startedAt < CHECK_LISTING_FRESH_MS ? last.read : undefined;
    if (!read) {
      const started = LIVE_FAMILIES[family](this.api, { whileWriting: true }) as Promise<unknown[]>;
      const entry = { startedAt: now, read: started };
      this.recent.set(family, entry);
      // A failed read is not kept: the next check tries again.
      started.catch(() => this.recent.get(family) === entry && this.recent.delete(family));
      read = started;
    }
    cache.set(family, read);
    return read;
  }
}

export class FamilyWave {
  private readonly reads = new Map<LiveFamily, Promise<unknown[]>>();

  constructor(private readonly readOne: (family: LiveFamily, cache: Map<LiveFamily, Promise<unknown[]>>) => Promise<unknown[]>) {}

  async read(families: readonly LiveFamily[]): Promise<LiveState> {
    const entries = await Promise.all(families.map(async (family) => [family, await this.readOne(family, this.reads)] as const));
    return Object.fromEntries(entries) as LiveState;
  }
}

/** The kind's `created`; a kind that plans creates without it is a bug, never an unchecked create. */
export function createdOf(change: Change): CreatedObjects<Change> {
  const created = kindOf(change).created;
  if (!created) throw new BugError(`${change.kind} plans creates but does not say where they live (ResourceKind.created)`);
  return created;
}

/**
 * Live objects at a create's place bearing its name that neither the plan nor this apply
 * knows: someone else made them after the plan read the workspace.
 */
export async function strangersNamedLike(change: Change, wave: FamilyWave, ctx: WriteContext, known: (id: string) => boolean): Promise<LiveNamed[]> {
  const created = createdOf(change);
  const live = await wave.read(created.families(change));
  return created.sameName(change, live, ctx).filter((object) => !known(object.id));
}

/** A create not sent (or refused) because its name was taken after the plan was made. */
export class CreateConflictError extends UserError {
  override name = 'CreateConflictError';

  constructor(
    readonly others: readonly LiveNamed[],
    cause?: unknown,
  ) {
    super(
      `not created: Intercom now has ${describeObjects(others)} with this name, made after the plan read the workspace — perhaps by another ` +
        'apply running at the same time. Nothing was written for it, so there is no duplicate. Run plan again: it finds the existing one.',
      { hint: 'Run plan again: it re-reads the workspace and matches the existing object.', ...(cause === undefined ? {} : { cause }) },
    );
  }
}

/** `id 41 ("Bug report")`, or several joined by "and". */
export function describeObjects(objects: readonly LiveNamed[]): string {
  return objects.map((o) => `id ${o.id} ("${o.name}"${o.archived ? ', archived' : ''})`).join(' and ');
}

/** How often a create with an unknown outcome is re-read and, if absent, sent again. */
export const MAX_CREATE_ATTEMPTS = 3;

export interface CreateAttempts {
  ctx: WriteContext;
  reader: FamilyReader;
  /** Ids the plan names or this apply created: never someone else's object. */
  known: (id: string) => boolean;
}

/**
 * After a create failed: what it means. An unknown outcome waits as a read would, then
 * re-reads: the object found is ours (`found`), or the create may be sent again (`retry`)
 * while attempts remain. A refusal is checked once more: when the name was taken since,
 * the refusal names the object that took it.
 */
export async function afterFailedCreate(
  change: Change,
  error: unknown,
  attempt: number,
  checks: CreateAttempts,
): Promise<{ found: string } | { retry: true } | { error: Error }> {
  if (error instanceof UnknownOutcomeError) {
    const received = error.received ? `${error.received.status} ${error.received.code}` : 'no answer';
    await checks.ctx.api.backoff(attempt, { method: error.method, path: error.path, reason: `${received}; re-reading before sending the create again` });
    let found: LiveNamed[];
    try {
      found = await strangersNamedLike(change, checks.reader.wave({ whileWriting: true }), checks.ctx, checks.known);
    } catch {
      // Could not re-read: sending the create again might duplicate it, so stop here.
      return { error };
    }
    // The plan created it because nothing had its name, so what has it now is ours.
    const ours = newest(found);
    if (ours) return { found: ours.id };
    return attempt < MAX_CREATE_ATTEMPTS ? { retry: true } : { error };
  }
  if (error instanceof IntercomApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
    // Intercom refuses some duplicate names itself (data attributes always): say which object has it.
    const others = await strangersNamedLike(change, checks.reader.wave({ whileWriting: true }), checks.ctx, checks.known).catch(() => []);
    if (others.length > 0) return { error: new CreateConflictError(others, error) };
  }
  return { error: error instanceof Error ? error : new Error(String(error)) };
}
