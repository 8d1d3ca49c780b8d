/**
 * What went wrong, decided by the error's class and properties (never by its wording), and
 * the lines that tell the user about it.
 */
import { Errors } from '@oclif/core';
import { BugError, ConfigFileMissingError, missingConfigHint, UserError } from '../errors.js';
import { terminalLines } from '../render/escape-terminal.js';

export type Failure =
  /** Something the user can fix: bad config, token, stale plan, Intercom refusing a request. */
  | { kind: 'user'; error: UserError }
  /** The command line itself: an unknown flag, a missing value, an unexpected argument. */
  | { kind: 'usage'; error: Errors.CLIError; unknownFlags: string[] }
  /** intercom-config is wrong. */
  | { kind: 'bug'; error: Error };

export function classifyFailure(error: unknown): Failure {
  if (error instanceof UserError) return { kind: 'user', error };
  if (error instanceof BugError) return { kind: 'bug', error };
  if (error instanceof Errors.CLIError) {
    // oclif's NonExistentFlagsError carries the rejected flags as typed.
    const flags: unknown = (error as Errors.CLIError & { flags?: unknown }).flags;
    return { kind: 'usage', error, unknownFlags: Array.isArray(flags) ? flags.map(String) : [] };
  }
  return { kind: 'bug', error: error instanceof Error ? error : new Error(String(error)) };
}

export interface FailureContext {
  /** How the user runs the CLI (`intercom-config`, `npx intercom-config`), for commands in hints. */
  command: string;
  /** e.g. "intercom-config plan", for the pointer to --help. */
  commandLine: string;
  /** "Did you mean --prune?" lines for the flags the parser rejected. */
  suggest(flags: readonly string[]): string[];
  debug: boolean;
}

/**
 * The message for stderr: what happened, what to do next, and the stack only with --debug.
 * Messages quote names from the config and from Intercom, so the whole text is escaped.
 */
export function describeFailure(failure: Failure, context: FailureContext): string {
  const lines: string[] = [];
  switch (failure.kind) {
    case 'user':
      lines.push(`Error: ${failure.error.message}`);
      if (failure.error instanceof ConfigFileMissingError) lines.push(missingConfigHint(failure.error.file, context.command));
      else if (failure.error.hint) lines.push(asTyped(failure.error.hint, context.command));
      break;
    case 'bug':
      lines.push(`Error: ${failure.error.message}`);
      lines.push('This is a bug in intercom-config. Run again with --debug and report the output.');
      break;
    case 'usage':
      // oclif appends its own "See more help with --help"; ours below names the command.
      lines.push(`Error: ${failure.error.message.replace(/\nSee more help with --help$/, '')}`);
      lines.push(...context.suggest(failure.unknownFlags));
      lines.push(`See: ${context.commandLine} --help`);
      break;
  }
  if (context.debug && failure.error.stack) lines.push('', failure.error.stack);
  return `${terminalLines(lines.join('\n'))}\n`;
}

/**
 * The library writes the commands in its hints as `intercom-config plan …`; the user may
 * run it as `npx intercom-config`, and a hint they paste should work as typed. Only the
 * name followed by one of the commands is a command line; prose naming the tool is not.
 */
function asTyped(hint: string, command: string): string {
  if (command === 'intercom-config') return hint;
  return hint.replace(/(?<![\w/.-])intercom-config(?= (?:plan|apply|diff|export|init|validate|sandbox)\b)/g, command);
}
