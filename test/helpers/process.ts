/**
 * The one way tests start other processes: the built CLI as users run it (`node
 * bin/run.js`), the sandbox server, npm, the benchmark. Output is collected as it comes,
 * and a test can wait for a line instead of sleeping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = resolve(ROOT, 'bin/run.js');

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningProcess {
  child: ChildProcess;
  /** Output so far (grows while the process runs). */
  output(): { stdout: string; stderr: string };
  /** Resolves with the first match of `pattern` in the stream; rejects if the process ends first. */
  waitForOutput(pattern: RegExp, stream?: 'stdout' | 'stderr'): Promise<RegExpMatchArray>;
  done: Promise<ProcessResult>;
}

export interface ProcessOptions {
  cwd: string;
  /** The whole environment of the child (nothing is inherited unless passed). */
  env: NodeJS.ProcessEnv;
  /** Written to stdin, which is then closed; without it stdin is closed at once. */
  input?: string;
  /** Leave stdin open for the test to write to (`child.stdin`), e.g. answers to prompts. */
  openStdin?: boolean;
}

export function startProcess(command: string, args: readonly string[], options: ProcessOptions): RunningProcess {
  const child = spawn(command, [...args], { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
  const text = { stdout: '', stderr: '' };
  const listeners = new Set<() => void>();
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => {
      text[stream] += chunk;
      for (const listener of [...listeners]) listener();
    });
  }
  child.stdin.on('error', () => undefined); // a child that exits early closes its stdin
  if (options.openStdin) child.stdin.write(options.input ?? '');
  else child.stdin.end(options.input ?? '');
  const done = new Promise<ProcessResult>((ok, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => ok({ code, signal, ...text }));
  });
  const waitForOutput = (pattern: RegExp, stream: 'stdout' | 'stderr' = 'stderr') =>
    new Promise<RegExpMatchArray>((ok, fail) => {
      const check = () => {
        const match = pattern.exec(text[stream]);
        if (!match) return;
        listeners.delete(check);
        ok(match);
      };
      listeners.add(check);
      check();
      void done.then((end) => {
        if (!listeners.has(check)) return;
        listeners.delete(check);
        fail(new Error(`exited (${end.code ?? end.signal}) before printing ${pattern}:\n${end.stderr}`));
      }, fail);
    });
  return { child, output: () => ({ ...text }), waitForOutput, done };
}

export function runProcess(command: string, args: readonly string[], options: ProcessOptions): Promise<ProcessResult> {
  return startProcess(command, args, options).done;
}

/** The environment the CLI gets in tests: no colour, nothing from the developer's shell but PATH and HOME. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], HOME: process.env['HOME'], NO_COLOR: '1', ...extra };
}

/** The built CLI in its own process, without a TTY: for what only a real process shows. */
export function startBin(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): RunningProcess {
  return startProcess(process.execPath, [BIN, ...args], { cwd: options.cwd, env: cliEnv(options.env), ...(options.input !== undefined ? { input: options.input } : {}) });
}

export function runBin(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): Promise<ProcessResult> {
  return startBin(args, options).done;
}
