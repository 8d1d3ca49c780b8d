import type { ConfigPath, Finding } from '../parts/findings.js';
import { at, quote } from '../parts/findings.js';
import { isRecord, texts, type Loose } from '../parts/loose.js';
import { FORMER_NAME_KEYS, namedDeclarations } from '../../resources/declared-names.js';
import { IGNORABLE, IgnoreRules, type IgnoreSection } from '../../resources/ignore.js';

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
  for (const { object, path: fullPath } of namedDeclarations(data)) {
    if (!ignorable.has(object.kind)) continue;
    const parentPath = fullPath.slice(0, -1);
    const own = fullPath.at(-1) ?? '';
    const candidates: [ConfigPath, string][] = [
      // Articles are named by `title`.
      [[...object.path, object.value['name'] === undefined && object.value['title'] !== undefined ? 'title' : 'name'], own],
      // Former names (`previous_titles` for articles) count too: renaming an ignored object changes it.
      ...FORMER_NAME_KEYS.flatMap((key) => texts(object.value[key]).map(([i, n]): [ConfigPath, string] => [[...object.path, key, i], n])),
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
