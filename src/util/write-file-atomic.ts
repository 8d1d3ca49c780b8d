import { randomBytes } from 'node:crypto';
import { mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { fileKindOf } from '../common/read-regular-file.js';
import { UserError } from '../errors.js';

export interface WriteOptions {
  /**
   * Readable by its owner only (0600; a directory created for it 0700): for files that
   * describe a workspace, such as saved plans, which a shared machine must not expose.
   */
  private?: boolean;
}

/**
 * Writes a whole file or nothing: a temp file beside it, then rename. Through a symbolic
 * link the file it points at is replaced, not the link; a device, FIFO, socket or
 * directory is refused, since a rename would put a regular file in its place.
 */
export async function writeFileAtomic(path: string, text: string, options: WriteOptions = {}): Promise<void> {
  const file = await writableTarget(path);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(file), { recursive: true, ...(options.private ? { mode: 0o700 } : {}) });
    // The mode is set as the temp file is created, so the content is never readable by others, not even briefly.
    await writeFile(temp, text, { flag: 'wx', ...(options.private ? { mode: 0o600 } : {}) });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(`Cannot write ${path}: ${code}; nothing was written there.`, {
      hint: 'Check that the directory exists and is writable, or choose another path.',
      cause: error,
    });
  }
}

/**
 * The regular file `path` names, links followed; `path` itself when nothing is there yet.
 * A command that writes other files first calls it up front, so a refused target leaves
 * nothing half-written.
 */
export async function writableTarget(path: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return path; // nothing there yet (or a dangling link, which the rename replaces)
  }
  const info = await stat(real);
  if (info.isFile()) return real;
  throw new UserError(`Cannot write ${path}: it is ${fileKindOf(info)}, not a regular file; nothing was written there.`, {
    hint: 'Name a regular file, or one that does not exist yet.',
  });
}
