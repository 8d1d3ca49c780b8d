/**
 * A stand-in for a terminal on stderr: it says it is a TTY, keeps every byte written, and
 * plays the bytes the way a terminal would (`\r` back to the line's start, `ESC[2K` erases
 * the line, `\n` a new line), so a test can read the screen rather than escape codes.
 */
import type { TextOutput } from '../../src/cli/io.js';

export class FakeTerminal implements TextOutput {
  readonly isTTY = true;
  /** Everything written, escape codes included. */
  raw = '';
  /** Each write's text, in order. */
  readonly writes: string[] = [];

  /** `columns`: the terminal's width, unknown when absent. */
  constructor(readonly columns?: number) {}

  write(text: string): void {
    this.raw += text;
    this.writes.push(text);
  }

  /** The screen's lines; the last is the one the cursor is on (possibly empty). */
  screen(): string[] {
    return play(this.raw);
  }

  /** The line the cursor is on: the live line while it is drawn. */
  get currentLine(): string {
    return this.screen().at(-1) ?? '';
  }
}

/** The lines a terminal shows for `raw` (no wrapping: lines are kept whole). */
export function play(raw: string): string[] {
  const lines: string[] = [''];
  let column = 0;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (char === '\n') {
      lines.push('');
      column = 0;
    } else if (char === '\r') {
      column = 0;
    } else if (raw.startsWith('\x1b[2K', i)) {
      lines[lines.length - 1] = '';
      i += 3;
    } else {
      const line = lines[lines.length - 1]!;
      lines[lines.length - 1] = line.slice(0, column) + char + line.slice(column + 1);
      column += 1;
    }
  }
  return lines;
}
