import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { runProcess, startProcess, type RunningProcess } from '../helpers/process.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Bundles the current sources (as `npm run bundle:action` does) into a fresh folder. */
export async function bundleAction(): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'icfg-action-bundle-'));
  const result = await runProcess(process.execPath, [join(ROOT, 'scripts/bundle-action.js'), '--outdir', dir], { cwd: ROOT, env: { PATH: process.env['PATH'] } });
  if (result.code !== 0) throw new Error(`bundling the action failed:\n${result.stderr}`);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The token the fake GitHub accepts. */
export const TEST_GITHUB_TOKEN = 'fake-github-token-for-tests';

export interface ActionFixture {
  /** Folder of the freshly bundled action (index.js, cli.js). */
  readonly bundleDir: string;
  readonly github: FakeGitHub;
  /** The checkout (GITHUB_WORKSPACE), new for every test. */
  readonly checkout: string;
  /** Writes `<configDir>/intercom.config.yaml` in the checkout. */
  writeConfig(text: string): Promise<void>;
}

/**
 * Registers the hooks every action test file needs: one fresh bundle per file, and per
 * test a new fake GitHub and a checkout holding `config` under `configDir`.
 */
export function useActionFixture(options: { configDir: string; config: string }): ActionFixture {
  let bundle: Awaited<ReturnType<typeof bundleAction>> | undefined;
  let github: FakeGitHub | undefined;
  let checkout: string | undefined;
  const fixture: ActionFixture = {
    get bundleDir() {
      return bundle!.dir;
    },
    get github() {
      return github!;
    },
    get checkout() {
      return checkout!;
    },
    async writeConfig(text) {
      await mkdir(join(checkout!, options.configDir), { recursive: true });
      await writeFile(join(checkout!, options.configDir, 'intercom.config.yaml'), text);
    },
  };
  beforeAll(async () => {
    bundle = await bundleAction();
  });
  afterAll(() => bundle?.cleanup());
  beforeEach(async () => {
    github = await startFakeGitHub({ token: TEST_GITHUB_TOKEN, owner: 'acme', repo: 'support-config' });
    checkout = await mkdtemp(join(tmpdir(), 'icfg-checkout-'));
    await fixture.writeConfig(options.config);
  });
  afterEach(async () => {
    await github?.close();
    if (checkout) await rm(checkout, { recursive: true, force: true });
  });
  return fixture;
}

export interface ActionRunOptions {
  inputs: Record<string, string>;
  eventName: string;
  event: Record<string, unknown>;
  /** The checkout: GITHUB_WORKSPACE. */
  checkout: string;
  github: FakeGitHub;
  /** Default: the token the fake accepts. */
  token?: string;
  sha?: string;
  env?: NodeJS.ProcessEnv;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands as the runner would act on them (text inside stop-commands is not). */
  commands: { name: string; properties: string; message: string }[];
}

/** A config of sandbox workspaces (state under .intercom/) and ticket types. */
export function configText(types: { name: string; description: string }[], workspaces = ['sandbox']): string {
  return [
    'version: 1',
    `default_workspace: ${workspaces[0]}`,
    'workspaces:',
    ...workspaces.flatMap((w) => [`  ${w}:`, `    sandbox: .intercom/${w}.json`]),
    'ticket_types:',
    ...types.flatMap((t) => [`  - name: ${JSON.stringify(t.name)}`, `    description: ${JSON.stringify(t.description)}`, '    category: Customer']),
    '',
  ].join('\n');
}

export const RUN_URL = 'https://github.example/acme/support-config/actions/runs/4242';

/** Runs the bundled action entry as the runner does: INPUT_* and GITHUB_* in the environment. */
export async function runActionEntry(bundleDir: string, options: ActionRunOptions): Promise<ActionRun> {
  return (await startActionEntry(bundleDir, options)).done;
}

export interface RunningAction {
  /** The action's process: the runner cancels a step by signalling it. */
  process: RunningProcess;
  done: Promise<ActionRun>;
}

/** Starts the bundled action entry as the runner does; `done` settles when it has exited. */
export async function startActionEntry(bundleDir: string, options: ActionRunOptions): Promise<RunningAction> {
  const runnerDir = await mkdtemp(join(tmpdir(), 'icfg-runner-'));
  const files = { event: join(runnerDir, 'event.json'), output: join(runnerDir, 'output'), summary: join(runnerDir, 'summary.md') };
  try {
    await writeFile(files.event, JSON.stringify(options.event));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    await mkdir(join(runnerDir, 'temp'));
  } catch (error) {
    await rm(runnerDir, { recursive: true, force: true });
    throw error;
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: options.github.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'acme/support-config',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: options.checkout,
    GITHUB_SHA: options.sha ?? 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2',
    RUNNER_TEMP: join(runnerDir, 'temp'),
    'INPUT_GITHUB-TOKEN': options.token ?? TEST_GITHUB_TOKEN,
    ...Object.fromEntries(Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...options.env,
  };
  const running = startProcess(process.execPath, [join(bundleDir, 'index.js')], { cwd: options.checkout, env });
  const done = (async () => {
    try {
      const result = await running.done;
      return {
        ...result,
        outputs: parseOutputs(await readFile(files.output, 'utf8')),
        summary: await readFile(files.summary, 'utf8'),
        commands: runnerCommands(result.stdout),
      };
    } finally {
      await rm(runnerDir, { recursive: true, force: true });
    }
  })();
  return { process: running, done };
}

/** GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([\w-]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const end = lines.indexOf(match[2]!, i + 1);
    outputs[match[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

/**
 * What the runner takes for commands: any line starting with `::`, except while
 * `::stop-commands::TOKEN` is in force (until a `::TOKEN::` line).
 */
export function runnerCommands(stdout: string): ActionRun['commands'] {
  const commands: ActionRun['commands'] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split('\n')) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line.trimEnd() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const match = /^::([^\s:]+)(?: ([^:]*))?::(.*)$/.exec(line.trimEnd());
    if (!match) continue;
    if (match[1] === 'stop-commands') stopToken = match[3];
    else commands.push({ name: match[1]!, properties: match[2] ?? '', message: match[3]! });
  }
  return commands;
}
