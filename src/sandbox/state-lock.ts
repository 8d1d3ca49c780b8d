/**
 * One sandbox per state file. Two processes that each load the file, change their copy and
 * write it back would silently undo each other's acknowledged writes, so the sandbox takes
 * an exclusive lock first: `FILE.lock`, created atomically (O_EXCL) and holding the pid
 * and host of its owner. A lock whose process is gone (a crash, `kill -9`) is stale and
 * is taken over; a live owner means a clear refusal.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { SandboxError } from './sandbox-error.js';
import { isProcessAlive } from '../common/process-alive.js';

export interface StateLock {
  readonly file: string;
  /** Removes the lock if it is still ours; safe to call twice. */
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  host: string;
  /** Tells our lock from a later one by the same pid (a restarted process). */
  nonce: string;
}

export function lockFileOf(stateFile: string): string {
  return `${stateFile}.lock`;
}

export async function lockStateFile(stateFile: string): Promise<StateLock> {
  const file = lockFileOf(stateFile);
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const me: Holder = { pid: process.pid, host: hostname(), nonce: randomBytes(8).toString('hex') };
  // A few rounds: a stale lock removed here may be re-created by another starter at once.
  for (let round = 0; round < 5; round++) {
    if (await tryCreate(file, me)) return ownedLock(file, me);
    const holder = await readHolder(file);
    if (holder === 'gone') continue;
    if (holder !== 'unreadable' && isStale(holder)) {
      await removeIfStill(file, holder);
      continue;
    }
    throw inUse(stateFile, file, holder);
  }
  throw inUse(stateFile, file, 'unreadable');
}

async function tryCreate(file: string, me: Holder): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new SandboxError(`Cannot lock the sandbox state file (${file}): ${(error as Error).message}`, { cause: error });
  }
  try {
    await handle.writeFile(`${JSON.stringify(me)}\n`, 'utf8');
  } finally {
    await handle.close();
  }
  return true;
}

async function readHolder(file: string): Promise<Holder | 'gone' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
  try {
    const data = JSON.parse(text) as Partial<Holder>;
    if (Number.isInteger(data.pid) && typeof data.host === 'string' && typeof data.nonce === 'string') return data as Holder;
  } catch {
    // An empty or torn file: its writer died between creating and filling it, or is filling it now.
  }
  return 'unreadable';
}

/** Only a holder on this machine can be checked; a lock from another host is respected. */
function isStale(holder: Holder): boolean {
  return holder.host === hostname() && !isProcessAlive(holder.pid);
}


/**
 * Removes the stale lock `seen`, but never a fresh one that replaced it meanwhile: the
 * file is first moved aside atomically, then checked, and put back if it is not the one
 * we judged stale.
 */
async function removeIfStill(file: string, seen: Holder): Promise<void> {
  const aside = `${file}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(file, aside);
  } catch {
    return; // already gone: the next round retries
  }
  const moved = await readHolder(aside);
  if (moved !== 'gone' && moved !== 'unreadable' && moved.nonce !== seen.nonce) {
    await link(aside, file).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
}

/** Locks held by this process, released synchronously if it exits without closing them. */
const held = new Map<string, string>();
let exitHookInstalled = false;

function releaseAllOnExit(): void {
  for (const [file, nonce] of held) {
    try {
      // Synchronous: nothing asynchronous runs during 'exit'.
      if (readFileSync(file, 'utf8').includes(nonce)) unlinkSync(file);
    } catch {
      // Nothing left to do while exiting.
    }
  }
}

function ownedLock(file: string, me: Holder): StateLock {
  held.set(file, me.nonce);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', releaseAllOnExit);
  }
  let released = false;
  return {
    file,
    async release() {
      if (released) return;
      released = true;
      held.delete(file);
      const holder = await readHolder(file);
      if (holder !== 'gone' && holder !== 'unreadable' && holder.nonce === me.nonce) await unlink(file).catch(() => undefined);
    },
  };
}

function inUse(stateFile: string, lockFile: string, holder: Holder | 'unreadable'): SandboxError {
  const who = holder === 'unreadable' ? 'another process' : `process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}`;
  return new SandboxError(`The sandbox state file ${stateFile} is in use by ${who}; two sandboxes on one state file would overwrite each other's writes`, {
    hint: `Stop the other sandbox (or the intercom-config command using it), or use another state file. If nothing is using it, delete ${lockFile}.`,
  });
}
