import type { Readable } from 'node:stream';
import type { CliIo } from './io.js';

/**
 * Asks on stderr and reads one line from stdin; only "yes" counts as yes. The end of input
 * (Ctrl-D) and `signal` (Ctrl-C) answer no. Neither ends a line on the terminal, so one is
 * ended here: what is said next starts on a line of its own.
 */
export async function confirm(io: Pick<CliIo, 'stdin' | 'stderr'>, question: string, options: { signal?: AbortSignal } = {}): Promise<boolean> {
  io.stderr.write(question);
  const answer = await readLine(io.stdin as NodeJS.ReadableStream & Pick<Readable, 'readableEnded'>, options.signal);
  if (answer === undefined) {
    io.stderr.write('\n');
    return false;
  }
  return answer.trim().toLowerCase() === 'yes';
}

const NEWLINE = 0x0a;

/**
 * One line from `input`, without its line break. What follows the line stays unread, so
 * the next question gets the next line even when both arrived in one chunk (typed ahead,
 * or piped). Undefined when no line ended: the input ended first, or `signal` aborted.
 */
function readLine(input: NodeJS.ReadableStream & Pick<Readable, 'readableEnded'>, signal: AbortSignal | undefined): Promise<string | undefined> {
  if (input.readableEnded || signal?.aborted) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stop = (): void => {
      input.off('readable', onReadable);
      input.off('end', noLine);
      input.off('error', onError);
      signal?.removeEventListener('abort', noLine);
      // Stops reading until the next question, as readline does when it closes.
      input.pause();
      // A terminal's stdin can go on reading after pause() (after Ctrl-C, with nothing
      // typed), and would keep the process alive once the command is done.
      (input as { unref?: () => void }).unref?.();
    };
    const finish = (line: Buffer, rest: Buffer): void => {
      stop();
      if (rest.length > 0) input.unshift(rest);
      resolve(line.toString('utf8').replace(/\r$/, ''));
    };
    function onReadable(): void {
      for (let chunk = input.read(); chunk !== null; chunk = input.read()) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
        const text = Buffer.concat(chunks);
        const end = text.indexOf(NEWLINE);
        if (end >= 0) {
          finish(text.subarray(0, end), text.subarray(end + 1));
          return;
        }
      }
    }
    /** The input ended, or the question was interrupted, before a line did. */
    function noLine(): void {
      stop();
      resolve(undefined);
    }
    function onError(error: Error): void {
      stop();
      reject(error);
    }
    // Undoes the unref of an earlier question: waiting for the answer keeps the process alive.
    (input as { ref?: () => void }).ref?.();
    input.on('readable', onReadable);
    input.once('end', noLine);
    input.once('error', onError);
    signal?.addEventListener('abort', noLine);
  });
}
