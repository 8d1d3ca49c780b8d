import { ownValue } from '../common/own-property.js';
import { StalePlanError } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { canonicalJson, sha256 } from './canonical-json.js';
import { CHANGE_ACTIONS, type ChangeBase, type PlanOf, type PlanOptions } from './plan-types.js';

export const SAVED_PLAN_KIND = 'intercom-config-saved-plan';

/** What `plan --out` writes: the plan plus what `apply FILE` needs to refuse a stale one. No token. */
export interface SavedPlanOf<C extends ChangeBase = ChangeBase> {
  kind: typeof SAVED_PLAN_KIND;
  format_version: 1;
  tool_version: string;
  created_at: string;
  workspace: string;
  api_version: string;
  config: { file: string; hash: string };
  options: PlanOptions;
  /** `kind:id` → hash of each live object the plan touches, as it was when planned. */
  fingerprints: Record<string, string>;
  /**
   * Only for a promotion (`plan --from`): the workspace whose live state was the desired
   * state, and a hash of each object taken from it, keyed by the selector naming it.
   */
  source?: SavedSource;
  plan: PlanOf<C>;
  /** sha256 over everything above; a file edited by hand no longer matches. */
  checksum: string;
}

export interface SavedSource {
  workspace: string;
  fingerprints: Record<string, string>;
}

export function serializeSavedPlan<C extends ChangeBase>(
  saved: Omit<SavedPlanOf<C>, 'kind' | 'format_version' | 'tool_version' | 'checksum'>,
): string {
  const body = { kind: SAVED_PLAN_KIND as typeof SAVED_PLAN_KIND, format_version: 1 as const, tool_version: TOOL_VERSION, ...saved };
  const file: SavedPlanOf<C> = { ...body, checksum: sha256(canonicalJson(body)) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Parses and verifies a saved plan; anything unreadable or edited is refused, and so is a
 * change of a kind not in `kinds` (the kinds this build can apply).
 */
export function parseSavedPlanText<C extends ChangeBase>(text: string, file: string, kinds: readonly C['kind'][]): SavedPlanOf<C> {
  const refuse = (why: string) =>
    new StalePlanError(`The plan file ${file} cannot be used: ${why}.`, {
      hint: 'Make a new one with `intercom-config plan --out FILE`; nothing was written.',
    });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw refuse('it is not valid JSON');
  }
  if (!isRecord(data) || data['kind'] !== SAVED_PLAN_KIND) throw refuse('it is not a plan saved by intercom-config plan --out');
  if (data['format_version'] !== 1) throw refuse(`its format_version ${String(data['format_version'])} is not supported`);
  const { checksum, ...body } = data;
  if (typeof checksum !== 'string' || checksum !== sha256(canonicalJson(body))) {
    throw refuse('its checksum does not match its contents (it was edited or damaged)');
  }
  const saved = data as unknown as SavedPlanOf<C>;
  if (!isPlanShape(saved.plan, kinds)) throw refuse('its plan section is malformed');
  if (saved.tool_version !== TOOL_VERSION) {
    throw refuse(`it was made by intercom-config ${saved.tool_version}, this is ${TOOL_VERSION}`);
  }
  return saved;
}

function isPlanShape(plan: unknown, kinds: readonly string[]): boolean {
  if (!isRecord(plan) || !Array.isArray(plan['changes'])) return false;
  return plan['changes'].every(
    (c) =>
      isRecord(c) &&
      typeof c['address'] === 'string' &&
      typeof c['kind'] === 'string' &&
      kinds.includes(c['kind']) &&
      (CHANGE_ACTIONS as readonly unknown[]).includes(c['action']),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Compares a saved plan with the workspace now: the touched objects' fingerprints and a
 * fresh plan of the same config. Throws StalePlanError naming what changed.
 */
export function assertFresh(saved: SavedPlanOf, fresh: { fingerprints: Record<string, string>; plan: PlanOf }, replan = GENERIC_REPLAN): void {
  const problems: string[] = [];
  for (const [key, before] of Object.entries(saved.fingerprints)) {
    const now = ownValue(fresh.fingerprints, key);
    if (now === before) continue;
    const change = saved.plan.changes.find((c) => `${c.kind}:${c.id}` === key);
    const what = change ? `${change.kind.replace(/_/g, ' ')} "${change.name}" (id ${change.id})` : key;
    problems.push(now === 'absent' || now === undefined ? `${what} no longer exists` : `${what} changed in Intercom`);
  }
  const wanted = new Map(saved.plan.changes.map((c) => [c.address, canonicalJson(essence(c))]));
  const found = new Map(fresh.plan.changes.map((c) => [c.address, canonicalJson(essence(c))]));
  for (const [address, text] of wanted) {
    if (!found.has(address)) problems.push(`${address} is no longer needed`);
    else if (found.get(address) !== text && !problems.some((p) => p.includes(address))) problems.push(`${address} would now be different`);
  }
  for (const address of found.keys()) if (!wanted.has(address)) problems.push(`${address} is now needed but not in the saved plan`);
  if (problems.length > 0) {
    throw new StalePlanError(
      `The saved plan is stale; the workspace changed since it was made:\n${[...new Set(problems)].map((p) => `  - ${p}`).join('\n')}`,
      { hint: replanHint(replan) },
    );
  }
}

/** How a stale plan's hint says to make it again when the caller cannot be more exact. */
const GENERIC_REPLAN = 'intercom-config plan --out FILE';

/** The hint of a stale plan: `replan` is the plan command that makes it again. */
export function replanHint(replan: string): string {
  return `Nothing was written. Run \`${replan}\` again, review it, then apply the new file.`;
}

/**
 * A promotion's desired state is the source workspace as it was: each object taken from it
 * must be as it was then, or the reviewed plan no longer says what promoting it would do.
 */
export function assertSourceFresh(saved: SavedSource, now: Record<string, string>, replan = `intercom-config plan --from ${saved.workspace} -w WORKSPACE --out FILE`): void {
  const problems = Object.entries(saved.fingerprints)
    .filter(([key, before]) => ownValue(now, key) !== before)
    .map(([key]) => (ownValue(now, key) === undefined ? `${key} is no longer there to promote` : `${key} changed`));
  if (problems.length === 0) return;
  throw new StalePlanError(
    `The saved plan is stale; workspace "${saved.workspace}", whose live state it promotes, changed since it was made:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    { hint: replanHint(replan) },
  );
}

function essence(change: ChangeBase): unknown {
  return { action: change.action, fields: change.fields, operation: change.operation };
}
