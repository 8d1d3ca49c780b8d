import type { ConfigPath, Finding } from './findings.js';
import { at, quote } from './findings.js';
import { texts } from './loose.js';

/** Texts listed twice in one list, exactly or differing only in case (which look identical in Intercom). */
export function duplicateTexts(list: unknown, path: ConfigPath, noun: string): Finding[] {
  const seen = new Map<string, [number, string]>();
  const findings: Finding[] = [];
  for (const [i, item] of texts(list)) {
    const first = seen.get(item.toLowerCase());
    if (!first) {
      seen.set(item.toLowerCase(), [i, item]);
      continue;
    }
    const [firstIndex, firstText] = first;
    const which = `${noun} ${quote(item)}`;
    findings.push(
      at(
        [...path, i],
        firstText === item
          ? `${which} is listed twice (also item ${firstIndex + 1}); remove one`
          : `${which} differs only in case from ${quote(firstText)} (item ${firstIndex + 1}); they would look identical in Intercom, so keep one`,
      ),
    );
  }
  return findings;
}
