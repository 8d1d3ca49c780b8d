/**
 * The state file. Writes are atomic (temp file in the same directory, fsync, rename,
 * fsync of the directory), so a crash leaves either the old or the new state, never a
 * torn file. Writes are group-committed: while one write is in flight, later mutations
 * wait for the next write, which covers all of them at once.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SandboxError } from './sandbox-error.js';
import { isProcessAlive } from '../common/process-alive.js';
import { FileReadError, readRegularFile } from '../common/read-regular-file.js';
import type { SandboxState } from './state.js';
import { checkStateShape } from './state-schema.js';

/** A guard against reading a device or a runaway file into memory, not a real-world limit. */
export const MAX_STATE_BYTES = 256 * 1024 * 1024;

/** Reads the state file; undefined when it does not exist. A damaged file is an error, never a reset. */
export async function loadStateFile(file: string): Promise<SandboxState | undefined> {
  let text: string;
  try {
    text = (await readRegularFile(file, MAX_STATE_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof FileReadError && error.code === 'ENOENT') return undefined;
    const reason = error instanceof FileReadError ? error.reason : (error as Error).message;
    throw new SandboxError(`Cannot read the sandbox state file ${file}: ${reason}`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Not the parser's message: it quotes the file, which may be any file a config names.
    throw corrupt(file, 'not valid JSON');
  }
  const check = checkStateShape(data);
  if (!check.ok) throw corrupt(file, check.problem);
  return check.state;
}

function corrupt(file: string, problem: string): SandboxError {
  return new SandboxError(`The sandbox state file ${file} is damaged: ${problem}`, {
    hint: 'The sandbox never resets a state file on its own. Repair the file, or delete it to start from a fresh workspace.',
  });
}

export class StateStore {
  private inFlight: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  /** Completed writes; a benchmark reads it to see how many mutations each write covered. */
  writes = 0;

  constructor(
    readonly file: string | undefined,
    private readonly serialize: () => string,
  ) {}

  /** Resolves once a write that started after this call has reached the disk. */
  persist(): Promise<void> {
    if (this.file === undefined) return Promise.resolve();
    if (this.queued) return this.queued;
    if (!this.inFlight) return this.startWrite();
    const after = this.inFlight.catch(() => undefined);
    this.queued = after.then(() => {
      this.queued = undefined;
      return this.startWrite();
    });
    return this.queued;
  }

  /** Waits for every started or queued write. */
  async flush(): Promise<void> {
    while (this.queued ?? this.inFlight) {
      await (this.queued ?? this.inFlight)?.catch(() => undefined);
    }
  }

  private startWrite(): Promise<void> {
    const file = this.file as string;
    // Serialize now: every mutation made before this instant is covered by this write.
    const text = this.serialize();
    const write = writeAtomically(file, text).then(() => {
      this.writes += 1;
    });
    const tracked: Promise<void> = write.finally(() => {
      if (this.inFlight === tracked) this.inFlight = undefined;
    });
    this.inFlight = tracked;
    return tracked;
  }
}

const TEMP_SUFFIX = '.tmp';

function tempName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

/** The state is the workspace's whole content: readable by its owner only (a new directory too). */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = tempName(file);
  try {
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable; not every platform can open a directory, hence best effort. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some file systems refuse; the rename is still atomic there.
  }
}

/** Removes temp files left by a process that was killed mid-write (its pid is gone). */
export async function removeStaleTempFiles(file: string): Promise<void> {
  const dir = dirname(file);
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (pid === process.pid || (Number.isInteger(pid) && isProcessAlive(pid))) continue;
    await unlink(join(dir, name)).catch(() => undefined);
  }
}
