import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';

export interface CliRun {
  /** 0 success, 1 error, 2 changes pending (plan --detailed-exitcode). */
  code: number;
  stdout: string;
  stderr: string;
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
 * (a plan naming `::set-output`, say) is taken for a workflow command.
 */
export function cliRunner(cliPath: string, env: NodeJS.ProcessEnv, log: (text: string) => void): CliRunner {
  return (args, cwd) =>
    new Promise((resolve, reject) => {
      const token = randomUUID();
      log(`::stop-commands::${token}\n`);
      let lastChar = '\n';
      let finished = false;
      const finish = () => {
        if (finished) return false;
        finished = true;
        log(`${lastChar === '\n' ? '' : '\n'}::${token}::\n`);
        return true;
      };
      const show = (text: string) => {
        if (text === '') return;
        log(text);
        lastChar = text.at(-1)!;
      };
      const child = spawn(process.execPath, [cliPath, ...args], { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
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
      child.on('close', (code) => {
        if (finish()) resolve({ code: code ?? 1, stdout, stderr });
      });
    });
}

/** The error part of the CLI's stderr: from its last `Error:` line on. */
export function errorText(stderr: string): string {
  const lines = stderr.replace(/\n+$/, '').split('\n');
  const start = lines.findLastIndex((line) => line.startsWith('Error: '));
  const picked = start === -1 ? lines.slice(-20) : lines.slice(start);
  const text = picked.join('\n').trim();
  return text === '' ? 'intercom-config exited with an error and printed nothing.' : text;
}
