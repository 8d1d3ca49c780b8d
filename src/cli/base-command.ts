import { Command, Errors, Flags } from '@oclif/core';
import { ConfigError, PlanError } from '../errors.js';
import { classifyFailure, describeFailure } from './failure.js';
import { annotations, inGitHubActions } from './github.js';
import { commandPrefix } from './invocation.js';
import { processIo, type CliIo } from './io.js';
import { writeResult, type ResultView, type ShowOptions } from './output.js';
import { flagSpellings, flagSuggestions, type FlagShape } from './suggest.js';

/**
 * Shared behaviour of every command: `--debug`, the one output path for results, and one
 * place that turns errors into a message on stderr and exit code 1 (a stack trace only
 * with --debug or DEBUG set). Commands are views: they parse flags, call a service and
 * hand its typed result to `show`.
 */
export abstract class BaseCommand extends Command {
  static override baseFlags = {
    debug: Flags.boolean({
      description: 'Print request traces (token redacted) and stack traces on errors.',
      default: false,
      helpGroup: 'GLOBAL',
    }),
  };

  /** Streams, environment and exit code: the process's unless `runWith` gives others. */
  protected io: CliIo = processIo();

  /** Runs the command against `io` instead of the process (in-process use, tests). */
  runWith(io: CliIo): Promise<unknown> {
    this.io = io;
    return this._run();
  }

  protected get debugEnabled(): boolean {
    return this.argv.includes('--debug') || Boolean(this.io.env['DEBUG']);
  }

  /** How the user runs this CLI (`npx intercom-config` from a project's node_modules), for the commands we suggest. */
  protected get commandPrefix(): string {
    return commandPrefix({ bin: this.config.bin, packageRoot: this.config.root, cwd: process.cwd(), env: this.io.env });
  }

  /** Writes the result in the chosen format and sets the exit code it implies. */
  protected show<R>(view: ResultView<R>, result: R, options: ShowOptions): R {
    writeResult(this.io, view, result, options);
    return result;
  }

  protected override async catch(error: Error): Promise<void> {
    // oclif signals `this.exit(n)` by throwing; let it through untouched.
    if (error instanceof Errors.ExitError) throw error;
    // Every command parses first, so an error means the arguments were parsed or refused;
    // without this, oclif follows a refused flag with "did you forget to call this.parse"
    // whenever NODE_ENV is development or test.
    this.parsed = true;
    this.io.setExitCode(1);
    const failure = classifyFailure(error);
    this.io.stderr.write(
      describeFailure(failure, {
        command: this.commandPrefix,
        commandLine: `${this.commandPrefix} ${this.id ?? ''}`.trimEnd(),
        suggest: (flags) => this.flagSuggestions(flags),
        debug: this.debugEnabled,
      }),
    );
    if ((error instanceof ConfigError || error instanceof PlanError) && inGitHubActions(this.io.env)) {
      this.io.stdout.write(annotations(error.issues));
    }
  }

  /** "Did you mean --prune?" for flags the parser rejected. */
  private flagSuggestions(flags: readonly string[]): string[] {
    const declared: Record<string, FlagShape> = { ...this.ctor.baseFlags, ...this.ctor.flags };
    return flagSuggestions(flags, flagSpellings(declared));
  }
}
