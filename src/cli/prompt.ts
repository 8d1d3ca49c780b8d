import { createInterface } from 'node:readline/promises';
import type { CliIo } from './io.js';

/** Asks on stderr and reads one line from stdin; only "yes" counts as yes. */
export async function confirm(io: Pick<CliIo, 'stdin' | 'stderr'>, question: string): Promise<boolean> {
  io.stderr.write(question);
  const rl = createInterface({ input: io.stdin, terminal: false });
  try {
    const answer = await rl.question('');
    return answer.trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}
