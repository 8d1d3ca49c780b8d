/**
 * `--target` and `--exclude`: which of a plan's changes are kept. Selectors are
 * `kind:pattern` (src/plan/name-glob.ts) over each change's kind (as plan JSON names it, or
 * an alias such as `attribute`) and its name path (`namePath` of its kind). The rules, as
 * Terraform's -target and decK's select tags teach them:
 * - a change no target matches (when there are targets) is not planned, and neither is one
 *   any exclude matches: `--exclude` wins over `--target`;
 * - prune acts only inside the selection, since its archives and deletes are changes too;
 * - a kept change that waits for a change left out cannot run as planned. When what it
 *   waits for is a create (the parent type or collection it goes into), that create is
 *   planned too, with a note; anything else (a delete of what is inside, an archive that
 *   makes room, a create `--exclude` names) stops the plan, naming the selector to add.
 */
import { closestMatch } from '../config/did-you-mean.js';
import { UserError } from '../errors.js';
import { exactPattern, parseSelector, selectorMatches, type NameSelector } from '../plan/name-glob.js';
import type { PlanIssues } from '../plan/plan-issues.js';
import { isSelective, type PlanNote, type Selection } from '../plan/plan-types.js';
import { CHANGE_KIND_MODULES, CHANGE_KINDS, kindOf, type Change } from '../resources/registry.js';

/** Other spellings of kind names, from the kinds themselves (`attribute`). */
const ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  CHANGE_KIND_MODULES.flatMap((module) => (module.aliases ?? []).map((alias) => [alias, module.name])),
);
const SPELLINGS = [...CHANGE_KINDS, ...Object.keys(ALIASES)];

export interface CompiledSelection {
  target: NameSelector[];
  exclude: NameSelector[];
}

/**
 * Parses every selector; throws one UserError listing each bad one (unknown kind with a
 * did-you-mean, a malformed pattern, a pattern no name of its kind can have).
 */
export function compileSelection(selection: Selection | undefined): CompiledSelection | undefined {
  if (!isSelective(selection)) return undefined;
  const problems: string[] = [];
  const compile = (flag: string, texts: readonly string[]): NameSelector[] =>
    texts.flatMap((text) => {
      const parsed = parseSelector(text, CHANGE_KINDS, { aliases: ALIASES, suggest: (kind) => closestMatch(kind, SPELLINGS) });
      const problem = 'error' in parsed ? parsed.error : neverMatches(parsed);
      if (problem === undefined) return [parsed as NameSelector];
      problems.push(`${flag} ${JSON.stringify(text)}: ${problem}`);
      return [];
    });
  const compiled = { target: compile('--target', selection.target), exclude: compile('--exclude', selection.exclude) };
  if (problems.length > 0) {
    throw new UserError(`Bad selector${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`, {
      hint: 'Write kind:pattern, e.g. --target "ticket_type:Bug*" or --target "attribute:Bug report/Severity"; nothing was read or written.',
    });
  }
  return compiled;
}

/** Kinds whose names have a fixed number of segments say so (`ignore.depth`): `attribute:Severity` is a mistake. */
function neverMatches(selector: NameSelector): string | undefined {
  const spec = CHANGE_KIND_MODULES.find((module) => module.name === selector.kind)?.ignore;
  if (spec?.depth === undefined) return undefined;
  const { minSegments, maxSegments } = selector.glob;
  if (minSegments <= spec.depth && maxSegments >= spec.depth) return undefined;
  return `this pattern can never match ${/^[aeiou]/.test(spec.noun) ? 'an' : 'a'} ${spec.noun}; write ${spec.patterns}`;
}

/** The selector that names exactly this change's object, for messages. */
export function selectorFor(change: Change): string {
  return `${change.kind}:${exactPattern(kindOf(change).namePath(change as never))}`;
}

function matching(selectors: readonly NameSelector[], change: Change): NameSelector | undefined {
  const path = kindOf(change).namePath(change as never);
  return selectors.find((selector) => selectorMatches(selector, change.kind, path));
}

/** Why a change may not be added to the selection, if it may not. */
export type Barrier = (change: Change) => string | undefined;

/**
 * The changes the selection keeps, in plan order, with the creates they need added (and
 * noted). Kept changes that wait for anything else left out become issues at their source.
 * `barrier` names changes that must stay out whatever the selection (`plan --from`
 * holds back objects the source workspace does not have).
 */
export function selectChanges(
  changes: readonly Change[],
  selection: CompiledSelection | undefined,
  context: { issues: PlanIssues; notes: PlanNote[]; barrier?: Barrier },
): Change[] {
  const excludedBy = (change: Change): { why: string; fix?: string } | undefined => {
    const held = context.barrier?.(change);
    if (held !== undefined) return { why: held };
    const exclude = selection && matching(selection.exclude, change);
    if (exclude === undefined) return undefined;
    const flag = `--exclude ${JSON.stringify(exclude.text)}`;
    return { why: `${flag} leaves it out`, fix: `narrow ${flag}` };
  };
  const chosen = (change: Change) => !selection || selection.target.length === 0 || matching(selection.target, change) !== undefined;
  const kept = new Set(changes.filter((change) => chosen(change) && excludedBy(change) === undefined));
  const byAddress = new Map(changes.map((change) => [change.address, change]));
  const queue = [...kept];
  for (let change = queue.shift(); change !== undefined; change = queue.shift()) {
    for (const address of change.dependsOn ?? []) {
      const needed = byAddress.get(address);
      if (needed === undefined || kept.has(needed)) continue;
      const what = kindOf(change).describe(change as never);
      const need = kindOf(needed).describe(needed as never);
      const excluded = excludedBy(needed);
      if (excluded === undefined && needed.action === 'create') {
        kept.add(needed);
        queue.push(needed);
        context.notes.push({ address: needed.address, message: `${need} is created too, though not selected: ${what} needs it` });
        continue;
      }
      const why = excluded?.why ?? 'no --target matches it';
      const fix = excluded === undefined ? `add --target ${JSON.stringify(selectorFor(needed))}` : excluded.fix;
      const leaveOut = `leave ${what} out with --exclude ${JSON.stringify(selectorFor(change))}`;
      context.issues.add(
        change.source,
        `${what} (${change.action}) waits for the ${needed.action} of ${need}, which is not selected: ${why}; ${fix ? `${fix}, or ${leaveOut}` : leaveOut}`,
      );
    }
  }
  return changes.filter((change) => kept.has(change));
}

/** `--target "a" --exclude "b"`, or `every object` without a selection, for messages and headers. */
export function describeSelection(selection: Selection | undefined): string {
  if (!isSelective(selection)) return 'every object';
  return [...selection.target.map((t) => `--target ${JSON.stringify(t)}`), ...selection.exclude.map((e) => `--exclude ${JSON.stringify(e)}`)].join(' ');
}
