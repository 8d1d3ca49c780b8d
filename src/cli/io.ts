/**
 * Everything a command reads from and writes to its surroundings, in one value: the
 * process's streams and environment for the installed CLI, captured ones when tests run
 * commands in-process.
 */
import type { ClientOverrides } from '../workspace/connect.js';

/** A text stream; `isTTY` decides colour and whether a prompt is possible. */
export interface TextOutput {
  write(text: string): void;
  readonly isTTY?: boolean;
  /** A terminal's width, when it has one: a line rewritten in place must fit in it. */
  readonly columns?: number;
}

export interface CliIo {
  readonly stdout: TextOutput;
  readonly stderr: TextOutput;
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  /** How the run ends: 0, 1 (error or cancelled), 2 (changes, with --detailed-exitcode), 130 (interrupted). */
  setExitCode(code: number): void;
  /** The clock requests wait on (retries, rate limits); tests run it faster than real time. */
  readonly clock?: Pick<ClientOverrides, 'now' | 'sleep'>;
  /**
   * Ctrl-C (SIGINT): `listener` runs on each one until the returned function is called, and
   * meanwhile the process does not end by itself — the command decides what it means.
   */
  onInterrupt(listener: () => void): () => void;
  /** Ends the process now, with `code`, whatever is still running (a second Ctrl-C). */
  exitNow(code: number): void;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    setExitCode: (code) => {
      process.exitCode = code;
    },
    onInterrupt: (listener) => {
      process.on('SIGINT', listener);
      return () => process.off('SIGINT', listener);
    },
    exitNow: (code) => process.exit(code),
  };
}
