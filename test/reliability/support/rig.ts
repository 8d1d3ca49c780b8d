/**
 * A sandbox in the test process plus a scratch directory whose config points at it: the
 * CLI runs as a separate process, so the test can inject faults and count requests.
 */
import { expect } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../src/sandbox/index.js';
import { runCli, scratchDir, type CliResult } from '../../helpers/cli.js';
import { inventoryProblems } from './inventory.js';
import { OutputLog } from './cli-process.js';
import { asConfig, configText, type Resources } from './world.js';

/** Distinctive, so a leak is easy to spot in any output. */
export const TOKEN = 'tok_reliability_5f1c9a7e3b2d4c6a8e0f1b3d5c7a9e2f';

export class Rig {
  readonly outputs = new OutputLog();

  private constructor(
    readonly sandbox: RunningSandbox,
    readonly scratch: Awaited<ReturnType<typeof scratchDir>>,
  ) {}

  static async start(options: SandboxOptions = {}): Promise<Rig> {
    return new Rig(await startSandbox({ token: TOKEN, ...options }), await scratchDir('icfg-rel-'));
  }

  get dir(): string {
    return this.scratch.dir;
  }

  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return { INTERCOM_TOKEN: TOKEN, ...extra };
  }

  async writeConfig(resources: Resources): Promise<void> {
    await this.scratch.write('intercom.config.yaml', configText(this.sandbox.url, resources));
  }

  async cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
    const result = await runCli(args, { cwd: this.dir, env: this.env(extraEnv) });
    this.outputs.add(result);
    return result;
  }

  /** Writes (not reads) the sandbox received, in arrival order. */
  writes() {
    return this.sandbox.requests.filter((r) => r.method !== 'GET');
  }

  /** No duplicates of anything, and nothing unexpected, right now (declared may still be missing). */
  expectNoDuplicates(resources: Resources): void {
    const problems = inventoryProblems(asConfig(resources), this.sandbox.snapshot());
    expect(problems.duplicated, 'duplicated objects').toEqual([]);
  }

  /**
   * With faults cleared, `apply` converges: it exits 0, then every declared object exists
   * exactly once, nothing else exists, and `plan --detailed-exitcode` exits 0.
   */
  async expectConvergence(resources: Resources): Promise<void> {
    this.sandbox.clearFaults();
    this.sandbox.setRateLimit(null);
    const apply = await this.cli(['apply', '--auto-approve']);
    expect(apply.code, apply.stderr).toBe(0);
    expect(inventoryProblems(asConfig(resources), this.sandbox.snapshot())).toEqual({ missing: [], duplicated: [], unexpected: [] });
    const plan = await this.cli(['plan', '--detailed-exitcode']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('No changes');
  }

  async close(): Promise<void> {
    await this.sandbox.close();
    await this.scratch.cleanup();
    // Whatever happened in the suite, the token never reached an output.
    expect(this.outputs.leaks(TOKEN)).toEqual([]);
  }
}
