/**
 * A sandbox in the test process plus a scratch directory whose config points at it: the
 * CLI runs against it in-process (or, for kills, as a process), so the test can inject
 * faults and count requests. The sandbox and the in-process CLI share one clock that runs
 * ahead whenever something waits, so retries and rate-limit windows take no real time.
 */
import { expect, onTestFailed } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../src/sandbox/index.js';
import { runCli, scratchDir, type CliResult } from '../../helpers/cli.js';
import { TestClock } from '../../helpers/clock.js';
import { inventoryProblems } from './inventory.js';
import { asConfig, configText, type Resources } from './world.js';

/** Distinctive, so a leak is easy to spot in any output. */
export const TOKEN = 'tok_reliability_5f1c9a7e3b2d4c6a8e0f1b3d5c7a9e2f';

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

export class Rig {
  readonly outputs = new OutputLog();

  private constructor(
    readonly sandbox: RunningSandbox,
    readonly scratch: Awaited<ReturnType<typeof scratchDir>>,
    readonly clock: TestClock,
  ) {}

  /** Starts a rig; when the current test fails, its report shows what the sandbox saw. */
  static async start(options: SandboxOptions = {}): Promise<Rig> {
    const clock = new TestClock();
    const rig = new Rig(await startSandbox({ token: TOKEN, clock, ...options }), await scratchDir('icfg-rel-'), clock);
    onTestFailed(() => console.error(`What the sandbox saw:\n${rig.diagnostics()}`));
    return rig;
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

  /** `intercom-config <args>` in-process, on the rig's clock. */
  async cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
    const result = await runCli(args, { cwd: this.dir, env: this.env(extraEnv), clock: this.clock });
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

  /** What the sandbox saw, for the report of a failed test. */
  diagnostics(): string {
    const log = this.sandbox.requests.map((r) => `${r.method} ${r.path}${r.query ? `?${r.query}` : ''} → ${r.status}${r.fault ? ` (${r.fault})` : ''}`);
    return [`held: ${this.sandbox.held}`, `requests (${log.length}):`, ...log.map((line) => `  ${line}`)].join('\n');
  }

  async close(): Promise<void> {
    await this.sandbox.close();
    await this.scratch.cleanup();
    // Whatever happened in the suite, the token never reached an output.
    expect(this.outputs.leaks(TOKEN)).toEqual([]);
  }
}
