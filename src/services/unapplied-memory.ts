/**
 * Where the fields Intercom did not apply are remembered between runs: a small JSON file
 * beside the config (`.intercom/not-applied.json`), per workspace. Losing it (a fresh CI
 * checkout) costs nothing but a repeat: the next apply sends the field again and reports
 * it as not applied again.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApplyResult } from '../apply/apply-plan.js';
import { NotAppliedError } from '../apply/verify-answer.js';
import type { UnappliedRecord } from '../engine/unapplied-fields.js';
import { isEqual } from '../plan/field-diff.js';
import { writeFileAtomic } from '../util/write-file-atomic.js';

const FORMAT = 'intercom-config-not-applied';

interface MemoryFile {
  format: typeof FORMAT;
  version: 1;
  workspaces: Record<string, UnappliedRecord[]>;
}

export function memoryFile(configDir: string): string {
  return join(configDir, '.intercom', 'not-applied.json');
}

/** What earlier applies to `workspace` found not applied; nothing when the file is missing or unreadable. */
export async function readUnapplied(file: string, workspace: string): Promise<UnappliedRecord[]> {
  const memory = await readMemory(file);
  return Object.hasOwn(memory.workspaces, workspace) ? (memory.workspaces[workspace] ?? []) : [];
}

/**
 * Adds the fields an apply found not applied (a newer record of the same field replaces
 * the older) and returns the workspace's records; undefined when there was nothing new.
 */
export async function rememberUnapplied(file: string, workspace: string, result: ApplyResult): Promise<UnappliedRecord[] | undefined> {
  const found: UnappliedRecord[] = result.failed.flatMap(({ change, error }) =>
    error instanceof NotAppliedError ? error.fields.map((f) => ({ kind: change.kind, id: error.id, path: f.path, sent: f.sent, received: f.received })) : [],
  );
  if (found.length === 0) return undefined;
  const memory = await readMemory(file);
  const earlier = (Object.hasOwn(memory.workspaces, workspace) ? memory.workspaces[workspace] : undefined) ?? [];
  const kept = earlier.filter((old) => !found.some((r) => r.kind === old.kind && r.id === old.id && r.path === old.path));
  const records = [...kept, ...found].filter((r, i, all) => all.findIndex((o) => isEqual(o, r)) === i);
  const next: MemoryFile = { ...memory, workspaces: { ...memory.workspaces, [workspace]: records } };
  // What a workspace refused to apply describes that workspace, as a saved plan does: owner-only.
  await writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`, { private: true });
  return records;
}

async function readMemory(file: string): Promise<MemoryFile> {
  const empty: MemoryFile = { format: FORMAT, version: 1, workspaces: {} };
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return empty;
  }
  const value = data as Partial<MemoryFile> | null;
  if (value?.format !== FORMAT || value.version !== 1 || typeof value.workspaces !== 'object' || value.workspaces === null) return empty;
  const workspaces: Record<string, UnappliedRecord[]> = {};
  for (const [name, records] of Object.entries(value.workspaces)) {
    if (Array.isArray(records)) workspaces[name] = records.filter(isRecord);
  }
  return { ...empty, workspaces };
}

function isRecord(value: unknown): value is UnappliedRecord {
  const r = value as Partial<UnappliedRecord> | null;
  return typeof r === 'object' && r !== null && typeof r.kind === 'string' && typeof r.id === 'string' && typeof r.path === 'string' && 'sent' in r && 'received' in r;
}
