/** The action's inputs, read from the `INPUT_*` variables the runner sets. */

export const ACTION_COMMANDS = ['plan', 'apply', 'drift'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

/** Every input action.yml declares (a test keeps the two in step). */
export const INPUT_NAMES = ['command', 'workspace', 'config', 'working-directory', 'comment', 'github-token', 'plan-file', 'args'] as const;

/** Every output action.yml declares. */
export const OUTPUT_NAMES = ['exit-code', 'has-changes', 'plan-file', 'summary'] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

export interface ActionInputs {
  command: ActionCommand;
  /** As given; empty means the config's default workspace. */
  workspace: string;
  config: string;
  workingDirectory: string;
  comment: boolean;
  githubToken: string;
  /** As given; empty means a file the action chooses (plan, drift) or none (apply). */
  planFile: string;
  args: string[];
}

/** A mistake in the workflow file: shown as an error, and the step fails. */
export class InputError extends Error {}

/**
 * Flags the action sets from its own inputs; written in `args` too they would contradict
 * them (or be given twice).
 */
const RESERVED_FLAGS: Record<string, string> = {
  '-c': 'the `config` input',
  '--config': 'the `config` input',
  '-w': 'the `workspace` input',
  '--workspace': 'the `workspace` input',
  '--out': 'the `plan-file` input',
  '--json': 'nothing: the action reads the result itself',
  '--format': 'nothing: the action renders the comment and the job summary itself',
  '--detailed-exitcode': 'nothing: the action always passes it to plan (see the `exit-code` output)',
  '--auto-approve': 'nothing: apply in the action never prompts',
};

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  // The runner upper-cases the name and keeps its dashes: `plan-file` → INPUT_PLAN-FILE.
  const input = (name: (typeof INPUT_NAMES)[number]) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
  const command = input('command') || 'plan';
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new InputError(`command: "${command}" is not one of ${ACTION_COMMANDS.join(', ')}`);
  }
  const comment = input('comment').toLowerCase() || 'true';
  if (comment !== 'true' && comment !== 'false') throw new InputError(`comment: write true or false, not "${comment}"`);
  const args = splitArgs(input('args'));
  for (const arg of args) {
    const flag = arg.startsWith('--') ? arg.split('=')[0]! : arg.startsWith('-') ? arg.slice(0, 2) : undefined;
    if (flag !== undefined && Object.hasOwn(RESERVED_FLAGS, flag)) {
      throw new InputError(`args: ${flag} is set by the action; use ${RESERVED_FLAGS[flag]}`);
    }
  }
  return {
    command: command as ActionCommand,
    workspace: input('workspace'),
    config: input('config') || 'intercom.config.yaml',
    workingDirectory: input('working-directory') || '.',
    comment: comment === 'true',
    githubToken: input('github-token'),
    planFile: input('plan-file'),
    args,
  };
}

/**
 * Splits `args` as a shell would for words and quotes, nothing more (no variables, no
 * globbing): `--target 'ticket_type:Bug report'` gives two arguments.
 */
export function splitArgs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let started = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && (text[i + 1] === '"' || text[i + 1] === '\\')) current += text[(i += 1)];
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += ch === '\\' && i + 1 < text.length ? text[(i += 1)] : ch;
      started = true;
    }
  }
  if (quote) throw new InputError(`args: a ${quote} quote is not closed`);
  if (started) args.push(current);
  return args;
}
