/**
 * Two sandboxes, staging and production, each accepting only its own token, and a scratch
 * directory for a config that names both: what every promotion and diff test starts from.
 * `cli` runs the CLI there with both tokens and checks neither appears in what it printed.
 */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxOptions, type SandboxSeed } from '../../src/sandbox/index.js';
import { runCli, scratchDir, stagingProductionHeader, type CliResult } from './cli.js';

export interface TwoWorkspaceTokens {
  INTERCOM_TOKEN_STAGING: string;
  INTERCOM_TOKEN_PRODUCTION: string;
}

export interface TwoWorkspaceOptions {
  tokens: TwoWorkspaceTokens;
  stagingSeed?: SandboxSeed;
  productionSeed?: SandboxSeed;
  /** Other options both sandboxes start with. */
  sandbox?: Omit<SandboxOptions, 'token' | 'seed'>;
}

export interface TwoWorkspaces {
  staging: RunningSandbox;
  production: RunningSandbox;
  scratch: Awaited<ReturnType<typeof scratchDir>>;
  /** The config's `version`, `default_workspace: staging` and both workspaces. */
  header(): string;
  /** The CLI in the scratch directory, or in `cwd`. */
  cli(args: string[], cwd?: string): Promise<CliResult>;
  /** Both sandboxes again, fresh from their seeds (for tests that change them). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function openTwoWorkspaces(options: TwoWorkspaceOptions): Promise<TwoWorkspaces> {
  const { tokens } = options;
  const start = () =>
    Promise.all([
      startSandbox({ ...options.sandbox, token: tokens.INTERCOM_TOKEN_STAGING, ...(options.stagingSeed ? { seed: options.stagingSeed } : {}) }),
      startSandbox({ ...options.sandbox, token: tokens.INTERCOM_TOKEN_PRODUCTION, ...(options.productionSeed ? { seed: options.productionSeed } : {}) }),
    ]);
  const [staging, production] = await start();
  const pair: TwoWorkspaces = {
    staging,
    production,
    scratch: await scratchDir(),
    header: () => stagingProductionHeader(pair.staging.url, pair.production.url),
    async cli(args, cwd = pair.scratch.dir) {
      const result = await runCli(args, { cwd, env: { ...tokens } });
      for (const token of Object.values(tokens)) expect(result.stdout + result.stderr).not.toContain(token);
      return result;
    },
    async restart() {
      await Promise.all([pair.staging.close(), pair.production.close()]);
      [pair.staging, pair.production] = await start();
    },
    async close() {
      await Promise.all([pair.staging.close(), pair.production.close()]);
      await pair.scratch.cleanup();
    },
  };
  return pair;
}

export interface TwoWorkspaceSuiteOptions extends TwoWorkspaceOptions {
  /** The config file's text, written to the scratch directory as intercom.config.yaml. */
  config?: () => string;
  /** Both sandboxes fresh from their seeds (and the config written again) before each test. */
  freshEachTest?: boolean;
}

/**
 * The two workspaces for one test file: opened before its first test, closed after its
 * last. Its fields always name the current sandboxes (they change on a fresh start).
 */
export function twoWorkspacesSuite(options: TwoWorkspaceSuiteOptions): TwoWorkspaces {
  let pair: TwoWorkspaces | undefined;
  const opened = (): TwoWorkspaces => {
    if (!pair) throw new Error('The two workspaces exist only while the tests of the file run.');
    return pair;
  };
  const writeConfig = async (): Promise<void> => {
    if (options.config) await opened().scratch.write('intercom.config.yaml', options.config());
  };
  beforeAll(async () => {
    pair = await openTwoWorkspaces(options);
    if (!options.freshEachTest) await writeConfig();
  });
  if (options.freshEachTest) {
    beforeEach(async () => {
      await opened().restart();
      await writeConfig();
    });
  }
  afterAll(() => pair?.close());
  return {
    get staging() {
      return opened().staging;
    },
    get production() {
      return opened().production;
    },
    get scratch() {
      return opened().scratch;
    },
    header: () => opened().header(),
    cli: (args, cwd) => opened().cli(args, cwd),
    restart: () => opened().restart(),
    close: () => opened().close(),
  };
}
