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
  } catch (error) {
    throw refuse(error instanceof RangeError ? 'it is nested too deeply to be a plan' : 'it is not valid JSON');
  }
  if (!isRecord(data) || data['kind'] !== SAVED_PLAN_KIND) throw refuse('it is not a plan saved by intercom-config plan --out');
  if (data['format_version'] !== 1) throw refuse(`its format_version ${String(data['format_version'])} is not supported`);
  const { checksum, ...body } = data;
  let sum: string;
  try {
    sum = sha256(canonicalJson(body));
  } catch (error) {
    if (error instanceof RangeError) throw refuse('it is nested too deeply to be a plan');
    throw error;
  }
  if (typeof checksum !== 'string' || checksum !== sum) {
    throw refuse('its checksum does not match its contents (it was edited or damaged)');
  }
  // A matching checksum proves nothing about who wrote the file (anyone can recompute
  // it): every part used before the fresh plan is compared with it is checked for shape.
  const malformed = envelopeProblem(data);
  if (malformed) throw refuse(`its ${malformed} is malformed`);
  const saved = data as unknown as SavedPlanOf<C>;
  if (!isPlanShape(saved.plan, kinds)) throw refuse('its plan section is malformed');
  if (saved.tool_version !== TOOL_VERSION) {
    throw refuse(`it was made by intercom-config ${saved.tool_version}, this is ${TOOL_VERSION}`);
  }
  return saved;
}

/** The first top-level part of a saved plan that does not have its type, if any. */
function envelopeProblem(data: Record<string, unknown>): string | undefined {
  const strings = (value: unknown) => isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
  const checks: [string, boolean][] = [
    ['workspace', typeof data['workspace'] === 'string'],
    ['api_version', typeof data['api_version'] === 'string'],
    ['tool_version', typeof data['tool_version'] === 'string'],
    ['config', isRecord(data['config']) && typeof data['config']['file'] === 'string' && typeof data['config']['hash'] === 'string'],
    ['options', isRecord(data['options']) && typeof data['options']['prune'] === 'boolean' && typeof data['options']['allowDelete'] === 'boolean' && isSelectionShape(data['options']['selection'])],
    ['fingerprints', strings(data['fingerprints'])],
    ['source', data['source'] === undefined || (isRecord(data['source']) && typeof data['source']['workspace'] === 'string' && strings(data['source']['fingerprints']))],
  ];
  return checks.find(([, ok]) => !ok)?.[0];
}

function isPlanShape(plan: unknown, kinds: readonly string[]): boolean {
  if (!isRecord(plan) || !Array.isArray(plan['changes'])) return false;
  if (!isRecord(plan['summary']) || !Object.values(plan['summary']).every((n) => typeof n === 'number')) return false;
  const listOf = (value: unknown, item: (v: Record<string, unknown>) => boolean) => value === undefined || (Array.isArray(value) && value.every((v) => isRecord(v) && item(v)));
  if (!listOf(plan['notes'], (n) => typeof n['message'] === 'string' && (n['address'] === undefined || typeof n['address'] === 'string'))) return false;
  if (!listOf(plan['ignored'], (o) => typeof o['kind'] === 'string' && typeof o['id'] === 'string' && isTextList(o['path']))) return false;
  if (!isSelectionShape(plan['selection'])) return false;
  return plan['changes'].every(
    (c) =>
      isRecord(c) &&
      typeof c['address'] === 'string' &&
      typeof c['name'] === 'string' &&
      (c['id'] === undefined || typeof c['id'] === 'string') &&
      typeof c['kind'] === 'string' &&
      kinds.includes(c['kind']) &&
      (CHANGE_ACTIONS as readonly unknown[]).includes(c['action']),
  );
}

function isSelectionShape(value: unknown): boolean {
  if (value === undefined) return true;
  return isRecord(value) && isTextList(value['target']) && isTextList(value['exclude']);
}

function isTextList(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
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
  // The whole change: the saved one is what apply executes and reports, so no part of it
  // (a name, an id) may differ from what the plan of the workspace now says.
  const wanted = new Map(saved.plan.changes.map((c) => [c.address, canonicalJson(c)]));
  const found = new Map(fresh.plan.changes.map((c) => [c.address, canonicalJson(c)]));
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

