import type { ConfigPath, Finding } from './findings.js';
import { at, quote } from './findings.js';
import { lineOf, scopeOf, scopesOverlap, text, texts, type Loose, type RuleContext } from './loose.js';
import { formDifference, nameKey } from '../../plan/same-name.js';

/** A name or previous name of one declared object. */
interface NameEntry {
  name: string;
  owner: number;
  /** Index in the owner's previous names; undefined for its name. */
  previousIndex: number | undefined;
  item: Loose;
}

/** What kind of object the names belong to, for messages. */
export interface NameKind {
  /** e.g. "ticket type" */
  noun: string;
  /** Key holding the identifying name, e.g. "name" or "internal_label". */
  key: string;
  /** Key holding former names, if the kind has them. */
  previousKey?: string;
}

/**
 * Names identify objects, so among objects that can exist in the same workspace no name
 * (current or previous) may appear twice — nor twice with only a difference in case or
 * Unicode form, which Intercom treats as one name (src/plan/same-name.ts).
 */
export function findNameClashes(siblings: Array<[number, Loose]>, basePath: ConfigPath, kind: NameKind, context: RuleContext): Finding[] {
  // Paths and scopes are worked out only for clashes: a large file has thousands of names and few clashes.
  const entries: NameEntry[] = [];
  for (const [index, item] of siblings) {
    const name = text(item[kind.key]);
    if (name) entries.push({ name, owner: index, previousIndex: undefined, item });
    if (kind.previousKey) {
      for (const [i, previous] of texts(item[kind.previousKey])) entries.push({ name: previous, owner: index, previousIndex: i, item });
    }
  }
  const pathOf = (entry: NameEntry): ConfigPath =>
    entry.previousIndex === undefined ? [...basePath, entry.owner, kind.key] : [...basePath, entry.owner, kind.previousKey ?? '', entry.previousIndex];
  const groups = new Map<string, NameEntry[]>();
  for (const entry of entries) {
    const key = nameKey(entry.name);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    for (let j = 1; j < group.length; j++) {
      const later = group[j];
      if (!later) continue;
      // Within one object a case-only difference is a legitimate rename ("bug" → "Bug").
      const earlier = group
        .slice(0, j)
        .find((e) => (e.owner === later.owner ? e.name === later.name : scopesOverlap(scopeOf(e.item), scopeOf(later.item))));
      if (earlier) findings.push(at(pathOf(later), clashMessage(earlier, later, kind, lineOf(context, pathOf(earlier)))));
    }
  }
  return findings;
}

function clashMessage(earlier: NameEntry, later: NameEntry, kind: NameKind, earlierLine: number): string {
  const name = quote(later.name);
  const prev = kind.previousKey ?? 'previous_names';
  if (earlier.owner === later.owner) {
    return isPrevious(earlier) && isPrevious(later)
      ? `${name} is listed twice in ${prev}; remove one`
      : `${name} is the ${kind.noun}'s own ${kind.key}; remove it from ${prev}`;
  }
  if (earlier.name !== later.name) {
    return `${kind.noun} ${kind.key} ${name} differs only in ${formDifference(earlier.name, later.name)} from ${quote(earlier.name)} (line ${earlierLine}); such names look the same in Intercom and make matching by name ambiguous, so rename one or limit them to different workspaces`;
  }
  if (!isPrevious(earlier) && !isPrevious(later)) {
    return `duplicate ${kind.noun} ${kind.key} ${name} (also on line ${earlierLine}); the ${kind.key} identifies the ${kind.noun}, so rename one or limit them to different workspaces`;
  }
  if (isPrevious(earlier) && isPrevious(later)) {
    return `${name} is a previous name of two ${kind.noun}s (the other on line ${earlierLine}); only one of them can be the renamed one`;
  }
  return `${name} is both the ${kind.key} of one ${kind.noun} and a previous name of another (line ${earlierLine}); a previous name must not be in use, or the rename would be ambiguous`;
}

function isPrevious(entry: NameEntry): boolean {
  return entry.previousIndex !== undefined;
}
