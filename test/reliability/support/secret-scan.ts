/** Finding a token in text or files, in the spellings it could take there. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export function spellingsOf(token: string): string[] {
  return [...new Set([token, encodeURIComponent(token), Buffer.from(token).toString('base64'), JSON.stringify(token).slice(1, -1)])];
}

/** Where (label) each spelling of `token` occurs in `texts`. */
export function findToken(token: string, texts: Record<string, string>): string[] {
  const hits: string[] = [];
  for (const [label, text] of Object.entries(texts)) {
    for (const spelling of spellingsOf(token)) if (text.includes(spelling)) hits.push(`${label} contains ${JSON.stringify(spelling)}`);
  }
  return hits;
}

/** Every file below `dir`, as text keyed by path. */
export async function filesBelow(dir: string, keep: (path: string) => boolean = () => true): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (keep(path)) out[path] = await readFile(path, 'latin1');
  }
  return out;
}
