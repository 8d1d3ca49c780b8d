import type { Readable } from 'node:stream';
import type { CliIo } from './io.js';

/** Asks on stderr and reads one line from stdin; only "yes" counts as yes. */
export async function confirm(io: Pick<CliIo, 'stdin' | 'stderr'>, question: string): Promise<boolean> {
  io.stderr.write(question);
  const answer = await readLine(io.stdin as NodeJS.ReadableStream & Pick<Readable, 'readableEnded'>);
  return answer.trim().toLowerCase() === 'yes';
}

const NEWLINE = 0x0a;

/**
 * One line from `input`, without its line break. What follows the line stays unread, so
 * the next question gets the next line even when both arrived in one chunk (typed ahead,
 * or piped). An input that has ended answers with what it had, possibly nothing.
 */
function readLine(input: NodeJS.ReadableStream & Pick<Readable, 'readableEnded'>): Promise<string> {
  if (input.readableEnded) return Promise.resolve('');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stop = (): void => {
      input.off('readable', onReadable);
      input.off('end', onEnd);
      input.off('error', onError);
      // Stops reading until the next question, as readline does when it closes.
      input.pause();
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
    function onEnd(): void {
      finish(Buffer.concat(chunks), Buffer.alloc(0));
    }
    function onError(error: Error): void {
      stop();
      reject(error);
    }
    input.on('readable', onReadable);
    input.once('end', onEnd);
    input.once('error', onError);
  });
}
