import type { ConfigPath, Finding } from '../parts/findings.js';
import { at, quote } from '../parts/findings.js';
import { isRecord, text, texts, type Loose } from '../parts/loose.js';
import type { DeclaredObject } from '../../resources/kind.js';
import { IGNORABLE, IgnoreRules, type IgnoreSection } from '../../resources/ignore.js';
import { KINDS } from '../../resources/registry.js';

/**
 * An object the file declares cannot also be out of reach: `ignore:` would keep it from
 * being created or changed, and the declaration would never take effect. Its previous
 * names count too — renaming an ignored object changes it.
 */
export function checkIgnored(data: Loose): Finding[] {
  const section = data['ignore'];
  if (!isRecord(section)) return [];
  const rules = new IgnoreRules(Object.fromEntries(Object.entries(section).map(([key, list]) => [key, texts(list).map(([, p]) => p)])) as IgnoreSection);
  if (rules.empty) return [];
  const ignorable = new Set(IGNORABLE.map((i) => i.kind));
  const findings: Finding[] = [];
  const names = new Map<DeclaredObject, string[]>();
  for (const object of KINDS.flatMap((kind) => kind.declaredObjects(data))) {
    const fullPath = object.namePath ?? [...(object.parent ? (names.get(object.parent.object) ?? []) : []), text(object.value['name']) ?? ''];
    const parentPath = fullPath.slice(0, -1);
    const own = fullPath.at(-1) ?? '';
    names.set(object, fullPath);
    if (!ignorable.has(object.kind)) continue;
    const candidates: [ConfigPath, string][] = [
      // Articles are named by `title`.
      [[...object.path, object.value['name'] === undefined && object.value['title'] !== undefined ? 'title' : 'name'], own],
      // Former names (`previous_titles` for articles) count too: renaming an ignored object changes it.
      ...['previous_names', 'previous_titles'].flatMap((key) =>
        texts(object.value[key]).map(([i, n]): [ConfigPath, string] => [[...object.path, key, i], n]),
      ),
    ];
    for (const [path, name] of candidates) {
      const pattern = rules.patternFor(object.kind, [...parentPath, name]);
      if (pattern === undefined) continue;
      findings.push(
        at(path, `${quote([...parentPath, name].join('/'))} matches ${quote(pattern)} under \`ignore:\`, which keeps it out of reach; remove the pattern, or this declaration`),
      );
    }
  }
  return findings;
}
