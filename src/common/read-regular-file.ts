import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Why a file could not be read; `code` follows Node's errno names where one exists. */
export class FileReadError extends Error {
  override name = 'FileReadError';

  constructor(
    readonly file: string,
    readonly code: 'ENOENT' | 'EACCES' | 'ENOTREG' | 'EFBIG' | string,
    /** What the path is when it is not a regular file, e.g. "a directory", "a FIFO (named pipe)". */
    readonly what: string,
    message: string,
    options?: { cause?: unknown; size?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    if (options?.size !== undefined) this.size = options.size;
  }

  /** EFBIG: the size found (the file's, or what was read before stopping). */
  readonly size?: number;

  /** The reason as it reads at the end of "Cannot read FILE: …". */
  get reason(): string {
    if (this.code === 'ENOENT') return 'it does not exist';
    if (this.code === 'EACCES') return 'permission denied';
    if (this.code === 'ENOTREG') return `it is ${this.what}, not a regular file`;
    return this.message;
  }
}

/** Saved plans hold one workspace's changes; anything bigger is not a plan file. */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024;

// Opening a FIFO for reading waits for a writer; without O_NONBLOCK `-c some-fifo` would hang.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 64 * 1024;

/**
 * Reads a whole regular file (symlinks followed), at most `maxBytes` of it. Devices,
 * FIFOs, sockets and directories are refused before a byte is read, so `/dev/zero` or a
 * named pipe cannot hang the process or fill its memory. The type is checked on the open
 * handle, not the path, so a file swapped in after the check is never read.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new FileReadError(file, code, '', (error as Error).message, { cause: error });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const what = fileKindOf(info);
      throw new FileReadError(file, 'ENOTREG', what, `${file} is ${what}, not a regular file`);
    }
    if (info.size > maxBytes) throw tooLarge(file, info.size, maxBytes);
    // The size may change while we read (a file still being written): stop one byte past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(file, total, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function tooLarge(file: string, size: number, maxBytes: number): FileReadError {
  return new FileReadError(file, 'EFBIG', '', `${file} is larger than ${formatBytes(maxBytes)}`, { size });
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function fileKindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}
