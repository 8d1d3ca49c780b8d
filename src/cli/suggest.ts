import { closestMatch } from '../config/did-you-mean.js';

/** The part of an oclif flag definition that decides which spellings the parser accepts. */
export interface FlagShape {
  type: string;
  allowNo?: boolean;
}

/** Every long flag spelling a command accepts, without dashes (`prune`, `color`, `no-color`, `help`). */
export function flagSpellings(flags: Record<string, FlagShape>): string[] {
  const names = Object.entries(flags).flatMap(([name, flag]) => (flag.type === 'boolean' && flag.allowNo ? [name, `no-${name}`] : [name]));
  // oclif answers --help on every command without declaring it.
  return [...new Set([...names, 'help'])];
}

/**
 * "Did you mean --prune?" lines for flags the parser rejected, as typed (`--prnue`,
 * `--out=plan.bin`). Short flags are one letter: any suggestion would be a guess.
 */
export function flagSuggestions(typed: readonly string[], spellings: readonly string[]): string[] {
  const lines: string[] = [];
  for (const raw of typed) {
    if (!raw.startsWith('--')) continue;
    const name = raw.slice(2).split('=')[0] ?? '';
    const match = closestMatch(name, spellings);
    if (match !== undefined) lines.push(`Did you mean --${match}?`);
  }
  return lines;
}

/**
 * The error for `intercom-config pln`: what was not found, the closest command, where to
 * look. A leading dash means an unknown top-level flag (`--verison`).
 */
export function unknownCommandMessage(typed: string, commandIds: readonly string[], bin: string): string {
  const lines: string[] = [];
  if (typed.startsWith('-')) {
    lines.push(`Error: Unknown flag ${typed}.`);
    const match = closestMatch(typed.replace(/^-+/, ''), ['help', 'version']);
    if (match !== undefined) lines.push(`Did you mean --${match}?`);
  } else {
    const match = closestMatch(typed, commandIds);
    // `plan extra-arg` reaches here as the command "plan extra-arg": say what it is.
    const command = match === undefined ? commandIds.filter((id) => typed.startsWith(`${id} `)).sort((a, b) => b.length - a.length)[0] : undefined;
    if (command !== undefined) {
      return `Error: ${bin} ${command} takes no argument "${typed.slice(command.length + 1)}".\nSee: ${bin} ${command} --help\n`;
    }
    lines.push(`Error: ${bin} has no command "${typed}".`);
    if (match !== undefined) lines.push(`Did you mean ${match}?`);
  }
  lines.push(`See: ${bin} --help`);
  return `${lines.join('\n')}\n`;
}
