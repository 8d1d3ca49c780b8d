/**
 * Spawns the built CLI like a user would, keeping the child so a test can kill it, and
 * keeps every output it saw so a suite can check none of them holds the token.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { CliResult } from '../../helpers/cli.js';

const BIN = resolve(import.meta.dirname, '../../../bin/run.js');

export interface RunningCli {
  child: ChildProcess;
  /** Output so far (grows while the process runs). */
  output(): { stdout: string; stderr: string };
  done: Promise<CliResult & { signal: NodeJS.Signals | null }>;
}

export function startCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((ok, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => ok({ code, signal, stdout, stderr }));
  });
  return { child, output: () => ({ stdout, stderr }), done };
}

/** Collects the outputs of every run of a suite, for a final "no token anywhere" check. */
export class OutputLog {
  readonly texts: string[] = [];

  add(result: { stdout: string; stderr: string }): void {
    this.texts.push(result.stdout, result.stderr);
  }

  /** Texts that contain `secret`, with a little context (empty when the secret never leaked). */
  leaks(secret: string): string[] {
    return this.texts.filter((t) => t.includes(secret)).map((t) => t.slice(Math.max(0, t.indexOf(secret) - 80), t.indexOf(secret) + 80));
  }
}

/** Polls until `check` holds; rejects after `timeoutMs` so a broken test does not hang. */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
