import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Cancellation } from './cancellation.js';

export interface CliRun {
  /** 0 success, 1 error, 2 changes pending (plan --detailed-exitcode). */
  code: number;
  stdout: string;
  stderr: string;
  /** The workflow run was cancelled before or while the CLI ran (see cancellation.ts). */
  cancelled: boolean;
  /** False when the run was cancelled before the CLI was started. */
  started: boolean;
}

export type CliRunner = (args: string[], cwd: string) => Promise<CliRun>;

/**
 * Variables the CLI must not see: the action's inputs (the GitHub token among them) and
 * the runner's files the action writes itself (job summary, outputs, state).
 */
const WITHHELD = /^(INPUT_.*|GITHUB_STEP_SUMMARY|GITHUB_OUTPUT|GITHUB_STATE|GITHUB_ENV|GITHUB_PATH)$/i;

export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) if (!WITHHELD.test(key)) out[key] = value;
  out['NO_COLOR'] = '1';
  return out;
}

/**
 * Runs the bundled CLI with the same Node as the action and shows its output in the log
 * as it comes, as plain text: it sits inside a stop-commands block, so no line of it
 * (a plan naming `::set-output`, say) is taken for a workflow command. A cancelled run
 * is passed on to the CLI as Ctrl-C, once per signal; once cancelled, no CLI is started.
 */
export function cliRunner(cliPath: string, env: NodeJS.ProcessEnv, log: (text: string) => void, cancellation?: Cancellation): CliRunner {
  return (args, cwd) =>
    new Promise((resolve, reject) => {
      if (cancellation?.requested) {
        resolve({ code: 130, stdout: '', stderr: `Error: ${NOT_STARTED}\n`, cancelled: true, started: false });
        return;
      }
      const token = randomUUID();
      log(`::stop-commands::${token}\n`);
      let lastChar = '\n';
      let finished = false;
      let cancelled = false;
      const finish = () => {
        if (finished) return false;
        finished = true;
        stopForwarding?.();
        log(`${lastChar === '\n' ? '' : '\n'}::${token}::\n`);
        return true;
      };
      const show = (text: string) => {
        if (text === '') return;
        log(text);
        lastChar = text.at(-1)!;
      };
      const child = spawn(process.execPath, [cliPath, ...args], { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
      const stopForwarding = cancellation?.subscribe((nth) => {
        cancelled = true;
        show(`${lastChar === '\n' ? '' : '\n'}[intercom-config action] The workflow run was cancelled: passing it on to intercom-config as Ctrl-C${nth > 1 ? ` (${ordinal(nth)} time)` : ''}.\n`);
        child.kill('SIGINT');
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        stdout += text;
        show(text);
      });
      child.stderr.setEncoding('utf8').on('data', (text: string) => {
        stderr += text;
        show(text);
      });
      child.on('error', (error) => {
        if (finish()) reject(error);
      });
      child.on('close', (code, signal) => {
        // Ended by a signal: the CLI had no handler for it yet (before its writes began).
        if (finish()) resolve({ code: code ?? (signal === 'SIGINT' ? 130 : 1), stdout, stderr, cancelled, started: true });
      });
    });
}

const NOT_STARTED = 'The workflow run was cancelled before intercom-config started; nothing was run.';

function ordinal(n: number): string {
  return n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`;
}

/** The error part of the CLI's stderr: from its last `Error:` line on. */
export function errorText(stderr: string): string {
  const lines = stderr.replace(/\n+$/, '').split('\n');
  const start = lines.findLastIndex((line) => line.startsWith('Error: '));
  const picked = start === -1 ? lines.slice(-20) : lines.slice(start);
  const text = picked.join('\n').trim();
  return text === '' ? 'intercom-config exited with an error and printed nothing.' : text;
}
