/**
 * The CLI in-process, from the sources: each run builds the command from src/commands,
 * with captured stdout/stderr, a given environment and working directory, and returns the
 * exit code — what `node bin/run.js …` would print, without a process or a build.
 * (Real processes: ./process.ts.)
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { Config, Errors } from '@oclif/core';
import { afterEach, beforeEach } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import type { BaseCommand } from '../../src/cli/base-command.js';
import type { CliIo } from '../../src/cli/io.js';
import type { ClientOverrides } from '../../src/workspace/connect.js';

const ROOT = resolve(import.meta.dirname, '../..');
const COMMANDS_DIR = join(ROOT, 'src', 'commands');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  /** The command's whole environment (NO_COLOR=1 unless given). */
  env?: NodeJS.ProcessEnv;
  /** What stdin holds. */
  input?: string;
  /** stdin itself, for a test that decides when (and whether) input comes; `input` is then unused. */
  stdin?: Readable;
  /** Pretend stdin is a terminal (for confirmation prompts). */
  tty?: boolean;
  /** Pretend stderr is a terminal (for the live progress line). */
  stderrTty?: boolean;
  /** Ctrl-C, pressed by the test (`ctrlC.press()`), as SIGINT reaches a real process. */
  ctrlC?: CtrlC;
  /** The clock the CLI's requests wait on; real time when absent. */
  clock?: Pick<ClientOverrides, 'now' | 'sleep'>;
  /**
   * Records every outgoing connection (`connect HOST:PORT`) and listening server (`listen
   * …`) of the run here, like the network guard preloaded into real processes.
   */
  network?: string[];
}

/**
 * SIGINT for an in-process run. A real process ends at `exitNow`; an in-process command
 * cannot be stopped, so from then on its output and exit code are dropped, as a dead
 * process would print nothing more — and the run returns once the command is done.
 */
export class CtrlC {
  readonly #listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Whether the command is listening for Ctrl-C now. */
  get listening(): boolean {
    return this.#listeners.size > 0;
  }

  press(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

type CommandClass = (new (argv: string[], config: Config) => BaseCommand) & typeof BaseCommand;

/** Command ids, from the file names in src/commands: `plan`, and `sandbox:states:add` for sandbox/states/add.ts, as oclif names them. */
export const COMMAND_IDS = (readdirSync(COMMANDS_DIR, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3).split(/[\\/]/).join(':'))
  .sort();

/** The command a command line names, as oclif's routing finds it: the longest run of words that is a command id. */
function splitCommand(args: readonly string[]): [id: string, argv: string[]] {
  for (let words = args.length; words > 1; words--) {
    const id = args.slice(0, words).join(':');
    if (COMMAND_IDS.includes(id)) return [id, args.slice(words)];
  }
  const [id = '', ...argv] = args;
  return [id, argv];
}

const classes = new Map<string, Promise<CommandClass>>();

/** The command class for `id`, loaded from the sources. */
export function commandClass(id: string): Promise<CommandClass> {
  if (!COMMAND_IDS.includes(id)) throw new Error(`"${id}" is not a command in src/commands; oclif's own routing runs only in real processes (runBin)`);
  let loaded = classes.get(id);
  if (!loaded) {
    loaded = import(join(COMMANDS_DIR, `${id.split(':').join('/')}.ts`)).then((module: { default: CommandClass }) => module.default);
    classes.set(id, loaded);
  }
  return loaded;
}

let oclifConfig: Promise<Config> | undefined;

// The working directory is the process's: runs take turns, so each sees its own.
let turn: Promise<unknown> = Promise.resolve();

/** Runs `intercom-config <args>` in this process; runs never overlap. */
export function runCli(args: readonly string[], options: CliOptions): Promise<CliResult> {
  const run = turn.then(() => runNow(args, options));
  turn = run.catch(() => undefined);
  return run;
}

async function runNow(args: readonly string[], options: CliOptions): Promise<CliResult> {
  const [id, argv] = splitCommand(args);
  const Command = await commandClass(id);
  const config = await (oclifConfig ??= Config.load(ROOT));
  const captured = { stdout: '', stderr: '', code: null as number | null, exited: false };
  const io: CliIo = {
    stdout: { write: (text) => void (captured.exited || (captured.stdout += text)), isTTY: false },
    stderr: { write: (text) => void (captured.exited || (captured.stderr += text)), isTTY: options.stderrTty ?? false },
    stdin: Object.assign(options.stdin ?? Readable.from([options.input ?? '']), { isTTY: options.tty ?? false }),
    env: { NO_COLOR: '1', ...options.env },
    setExitCode: (code) => {
      if (!captured.exited) captured.code = code;
    },
    ...(options.clock ? { clock: options.clock } : {}),
    onInterrupt: (listener) => options.ctrlC?.subscribe(listener) ?? (() => undefined),
    exitNow: (code) => {
      if (captured.exited) return;
      captured.code = code;
      captured.exited = true;
    },
  };
  const previousDir = process.cwd();
  const stopRecording = options.network ? recordNetwork(options.network) : () => undefined;
  process.chdir(options.cwd);
  try {
    const command = new Command([...argv], config);
    command.id = id;
    await command.runWith(io);
  } catch (error) {
    // `this.exit(n)` inside a command.
    if (!(error instanceof Errors.ExitError)) throw error;
    if (!captured.exited) captured.code = error.oclif.exit ?? 1;
  } finally {
    process.chdir(previousDir);
    stopRecording();
  }
  return { code: captured.code ?? 0, stdout: captured.stdout, stderr: captured.stderr };
}

/** Notes connects and listens while a run lasts, like the network guard preload does for processes. */
function recordNetwork(log: string[]): () => void {
  const { connect } = net.Socket.prototype;
  const { listen } = net.Server.prototype;
  // `host:port` (or the socket path), as the preloaded guard of real processes writes it.
  const describe = (args: unknown[]) => {
    const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    if (typeof first !== 'object' || first === null) return String(first);
    const { host, port, path } = first as { host?: unknown; port?: unknown; path?: unknown };
    return `${String(host ?? '')}:${String(port ?? path ?? '')}`;
  };
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    log.push(`connect ${describe(args)}`);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
  net.Server.prototype.listen = function (this: net.Server, ...args: unknown[]) {
    log.push(`listen ${describe(args)}`);
    return (listen as (...a: unknown[]) => net.Server).apply(this, args);
  } as typeof listen;
  return () => {
    net.Socket.prototype.connect = connect;
    net.Server.prototype.listen = listen;
  };
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

/**
 * For every test of a file: a sandbox accepting `token` and an empty scratch directory,
 * both gone after the test. Read them through the returned getters inside tests.
 */
export function useSandboxAndScratch(token: string, prefix: string): { readonly sandbox: RunningSandbox; readonly scratch: Scratch } {
  let sandbox: RunningSandbox | undefined;
  let scratch: Scratch | undefined;
  beforeEach(async () => {
    sandbox = await startSandbox({ token });
    scratch = await scratchDir(prefix);
  });
  afterEach(async () => {
    await sandbox?.close();
    await scratch?.cleanup();
  });
  return {
    get sandbox() {
      if (!sandbox) throw new Error('The sandbox exists only while a test runs.');
      return sandbox;
    },
    get scratch() {
      if (!scratch) throw new Error('The scratch directory exists only while a test runs.');
      return scratch;
    },
  };
}

export type Scratch = Awaited<ReturnType<typeof scratchDir>>;

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
