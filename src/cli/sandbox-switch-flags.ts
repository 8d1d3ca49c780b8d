import { closestMatch } from '../config/did-you-mean.js';
import { SWITCH_DOCS, SWITCH_NAMES, switchValues, type SwitchName } from '../config/sandbox-switches.js';
import { UserError } from '../errors.js';

/** `--switch NAME=VALUE` flags as the sandbox's `switches` option; a bad one says what exists. */
export function parseSwitchFlags(flags: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const flag of flags) {
    const [name = '', value = ''] = flag.split('=', 2);
    if (!Object.hasOwn(SWITCH_DOCS, name)) {
      const guess = closestMatch(name, SWITCH_NAMES);
      throw new UserError(`--switch ${flag}: there is no sandbox switch "${name}"${guess ? `; did you mean "${guess}"?` : ''}`, {
        hint: `Switches: ${SWITCH_NAMES.join(', ')} (see \`intercom-config sandbox --help\`).`,
      });
    }
    const values: readonly string[] = SWITCH_DOCS[name as SwitchName].values;
    if (!values.includes(value)) {
      throw new UserError(`--switch ${flag}: ${name} takes ${values.join(' or ')}`, { hint: `Write it as --switch ${name}=${values[1] ?? values[0]}.` });
    }
    out[name] = value;
  }
  return out;
}

/** One line per switch for `sandbox --help`. */
export function switchesHelp(): string {
  return SWITCH_NAMES.map((name) => `- ${name}: ${switchValues(name)}. ${SWITCH_DOCS[name].about}`).join('\n');
}
