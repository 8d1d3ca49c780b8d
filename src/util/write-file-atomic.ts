import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { UserError } from '../errors.js';

export interface WriteOptions {
  /**
   * Readable by its owner only (0600; a directory created for it 0700): for files that
   * describe a workspace, such as saved plans, which a shared machine must not expose.
   */
  private?: boolean;
}

/** Writes a whole file or nothing: a temp file beside it, then rename. */
export async function writeFileAtomic(file: string, text: string, options: WriteOptions = {}): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(file), { recursive: true, ...(options.private ? { mode: 0o700 } : {}) });
    // The mode is set as the temp file is created, so the content is never readable by others, not even briefly.
    await writeFile(temp, text, { flag: 'wx', ...(options.private ? { mode: 0o600 } : {}) });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(`Cannot write ${file}: ${code}; nothing was written there.`, {
      hint: 'Check that the directory exists and is writable, or choose another path.',
      cause: error,
    });
  }
}
