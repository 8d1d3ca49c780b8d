/**
 * The `ignore:` section: per kind, names or glob patterns (src/plan/name-glob.ts) whose
 * objects intercom-config never creates, changes, archives, deletes or exports — for
 * objects Intercom creates itself, or that another team owns. Built from the registry: a
 * kind takes part by declaring `ignore` (its key, and how its live objects are named).
 */
import * as z from 'zod';
import { parseNameGlob, type NameGlob } from '../plan/name-glob.js';
import type { IgnoredObject } from '../plan/plan-types.js';
import type { IgnoreCheck, IgnoreSpec } from './kind.js';
import type { LiveState } from './live-families.js';
import { CHANGE_KIND_MODULES } from './registry.js';

/** The kinds that can be ignored, each with its spec, in registry order. */
export const IGNORABLE: readonly { kind: string; spec: IgnoreSpec }[] = CHANGE_KIND_MODULES.flatMap((module) =>
  module.ignore ? [{ kind: module.name, spec: module.ignore }] : [],
);

function patternSchema(spec: IgnoreSpec) {
  return z.string().superRefine((pattern, ctx) => {
    const glob = parseNameGlob(pattern);
    if ('error' in glob) ctx.addIssue({ code: 'custom', message: glob.error });
    else if (spec.depth !== undefined && (glob.minSegments > spec.depth || glob.maxSegments < spec.depth)) {
      const article = /^[aeiou]/.test(spec.noun) ? 'an' : 'a';
      ctx.addIssue({ code: 'custom', message: `this pattern can never match ${article} ${spec.noun}; write ${spec.patterns}` });
    }
  });
}

/** `ignore:` with one optional list per ignorable kind. */
export function ignoreSectionSchema() {
  const shape = Object.fromEntries(
    IGNORABLE.map(({ spec }) => [spec.key, z.array(patternSchema(spec)).optional().describe(`${spec.noun}s never touched: ${spec.patterns}.`)]),
  );
  return z
    .strictObject(shape)
    .optional()
    .describe(
      'Objects intercom-config never creates, changes, archives, deletes or exports, per kind (e.g. types Intercom creates itself). ' +
        'Patterns: * any characters, ? one character, ** any number of levels, \\ before a character takes it literally.',
    );
}

export type IgnoreSection = Partial<Record<string, readonly string[] | undefined>>;

/** The compiled `ignore:` section. */
export class IgnoreRules implements IgnoreCheck {
  private readonly byKind = new Map<string, NameGlob[]>();

  constructor(section: IgnoreSection | undefined) {
    for (const { kind, spec } of IGNORABLE) {
      const globs = (section?.[spec.key] ?? []).map(parseNameGlob).filter((g): g is NameGlob => !('error' in g));
      if (globs.length > 0) this.byKind.set(kind, globs);
    }
  }

  get empty(): boolean {
    return this.byKind.size === 0;
  }

  ignores(kind: string, path: readonly string[]): boolean {
    return this.byKind.get(kind)?.some((glob) => glob.matches(path)) ?? false;
  }

  /** The pattern that puts an object out of reach, for messages. */
  patternFor(kind: string, path: readonly string[]): string | undefined {
    return this.byKind.get(kind)?.find((glob) => glob.matches(path))?.pattern;
  }
}

/** Every live object the rules put out of reach, by kind, with its id. */
export function ignoredObjects(live: LiveState, rules: IgnoreRules): IgnoredObject[] {
  if (rules.empty) return [];
  return IGNORABLE.flatMap(({ kind, spec }) =>
    [...spec.liveNames(live)].filter((name) => rules.ignores(kind, name.path)).map((name) => ({ kind, id: name.id, path: name.path })),
  );
}

/** `ticket type "Customer Request"`, `collection "Legacy / Old"`. */
export function describeNamedObject(object: Pick<IgnoredObject, 'kind' | 'path'>): string {
  const noun = IGNORABLE.find((i) => i.kind === object.kind)?.spec.noun ?? object.kind.replace(/_/g, ' ');
  return `${noun} "${object.path.join(' / ')}"`;
}
