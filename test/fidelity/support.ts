/**
 * A sandbox with chosen switches and seed in the test process, and the CLI run against it
 * as users run it: the tests of issue 11's divergences and of the switch matrix.
 */
import { expect } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../src/sandbox/index.js';
import { runCli, scratchDir, type CliResult } from '../helpers/cli.js';

export const TOKEN = 'tok_fidelity_3b8e1d0c6a4f4e2b9c7d5a1f0e3c2b4d';

export class Fidelity {
  private constructor(
    readonly sandbox: RunningSandbox,
    readonly scratch: Awaited<ReturnType<typeof scratchDir>>,
    private readonly apiVersion: string,
  ) {}

  static async start(options: SandboxOptions = {}, apiVersion = '2.14'): Promise<Fidelity> {
    return new Fidelity(await startSandbox({ token: TOKEN, ...options }), await scratchDir('icfg-fid-'), apiVersion);
  }

  /** Writes the config (resources as YAML text below the workspace header). */
  async config(resources: string): Promise<string> {
    const header = [
      'version: 1',
      `api_version: "${this.apiVersion}"`,
      'default_workspace: test',
      'workspaces:',
      '  test:',
      `    url: ${this.sandbox.url}`,
      '    token: ${INTERCOM_TOKEN}',
      '',
    ].join('\n');
    await this.scratch.write('intercom.config.yaml', header + resources);
    return header + resources;
  }

  /** Writes another file beside the config (an article body). */
  async file(name: string, text: string): Promise<void> {
    await this.scratch.write(name, text);
  }

  async cli(args: string[]): Promise<CliResult> {
    const result = await runCli(args, { cwd: this.scratch.dir, env: { INTERCOM_TOKEN: TOKEN } });
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
    return result;
  }

  writes() {
    return this.sandbox.requests.filter((r) => r.method !== 'GET');
  }

  async close(): Promise<void> {
    await this.sandbox.close();
    await this.scratch.cleanup();
  }
}

/** 1-based `line:column` of the first `needle` at or after line `fromLine` of `text`. */
export function positionOf(text: string, needle: string, fromLine = 1): string {
  const lines = text.split('\n');
  for (let i = fromLine - 1; i < lines.length; i++) {
    const column = lines[i]!.indexOf(needle);
    if (column >= 0) return `${i + 1}:${column + 1}`;
  }
  throw new Error(`${needle} not found`);
}
