import { Command, Flags } from '@oclif/core';
import { BugError, ConfigError, PlanError, isUserError } from '../errors.js';
import { annotations, inGitHubActions } from './github.js';
import { flagSpellings, flagSuggestions, type FlagShape } from './suggest.js';

/**
 * Shared behaviour of every command: `--debug`, and one place that turns errors into a
 * message on stderr and exit code 1 (a stack trace only with --debug or DEBUG set).
 */
export abstract class BaseCommand extends Command {
  static override baseFlags = {
    debug: Flags.boolean({
      description: 'Print request traces (token redacted) and stack traces on errors.',
      default: false,
      helpGroup: 'GLOBAL',
    }),
  };

  protected get debugEnabled(): boolean {
    return this.argv.includes('--debug') || Boolean(process.env['DEBUG']);
  }

  protected override async catch(error: Error & { exitCode?: number; oclif?: { exit?: number } }): Promise<void> {
    // oclif signals `this.exit(n)` by throwing; let it through untouched.
    if (error.oclif?.exit !== undefined && error.name === 'ExitError') throw error;
    process.exitCode = 1;
    const lines: string[] = [];
    const failure: unknown = error;
    if (isUserError(failure)) {
      lines.push(`Error: ${failure.message}`);
      if (failure.hint) lines.push(failure.hint);
    } else if (failure instanceof BugError || !isOclifUsageError(error)) {
      lines.push(`Error: ${error.message}`);
      lines.push('This is a bug in intercom-config. Run again with --debug and report the output.');
    } else {
      // oclif appends its own "See more help with --help"; ours below names the command.
      lines.push(`Error: ${error.message.replace(/\nSee more help with --help$/, '')}`);
      lines.push(...this.unknownFlagSuggestions(error));
      lines.push(`See: ${this.config.bin} ${this.id ?? ''} --help`.trimEnd());
    }
    if (this.debugEnabled && error.stack) lines.push('', error.stack);
    process.stderr.write(`${lines.join('\n')}\n`);
    if ((failure instanceof ConfigError || failure instanceof PlanError) && inGitHubActions()) {
      process.stdout.write(annotations(failure.issues));
    }
  }

  /** "Did you mean --prune?" when the parser rejected a flag this command does not have. */
  private unknownFlagSuggestions(error: Error & { flags?: unknown }): string[] {
    if (!/^Nonexistent flags?:/.test(error.message) || !Array.isArray(error.flags)) return [];
    const declared: Record<string, FlagShape> = { ...this.ctor.baseFlags, ...this.ctor.flags };
    return flagSuggestions(error.flags.map(String), flagSpellings(declared));
  }
}

/** Flag/argument parse failures from oclif: user-fixable, shown without "bug" wording. */
function isOclifUsageError(error: Error & { oclif?: unknown }): boolean {
  return error.oclif !== undefined || /Nonexistent flag|Unexpected argument|Expected --|Missing required flag|expected/i.test(error.message);
}
