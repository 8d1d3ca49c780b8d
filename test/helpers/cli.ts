import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/run.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as users do (`node bin/run.js …`), without a TTY. */
export function runCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A scratch directory holding a config file; removed by `cleanup`. */
export async function scratchDir(prefix = 'icfg-'): Promise<{ dir: string; write(name: string, text: string): Promise<string>; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return {
    dir,
    async write(name, text) {
      const file = join(dir, name);
      await writeFile(file, text);
      return file;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A config header pointing at an external sandbox, so tests can count its requests. */
export function remoteHeader(url: string): string {
  return [
    'version: 1',
    'default_workspace: test',
    'workspaces:',
    '  test:',
    `    url: ${url}`,
    '    token: ${INTERCOM_TOKEN}',
    '',
  ].join('\n');
}

/** A config header with `staging` (the default) and `production` at two sandboxes' URLs, tokens from INTERCOM_TOKEN_STAGING/PRODUCTION. */
export function stagingProductionHeader(stagingUrl: string, productionUrl: string): string {
  return [
    'version: 1',
    'default_workspace: staging',
    'workspaces:',
    '  staging:',
    `    url: ${stagingUrl}`,
    '    token: ${INTERCOM_TOKEN_STAGING}',
    '  production:',
    `    url: ${productionUrl}`,
    '    token: ${INTERCOM_TOKEN_PRODUCTION}',
    '',
  ].join('\n');
}
