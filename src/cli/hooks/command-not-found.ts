import { Errors, type Hook } from '@oclif/core';
import { unknownCommandMessage } from '../suggest.js';

/**
 * oclif calls this for `intercom-config pln`. It prints our own "Did you mean plan?"
 * (instead of oclif's "command pln not found", exit 2) and exits 1 like every other
 * user error.
 */
export const commandNotFound: Hook.CommandNotFound = async function commandNotFound(options) {
  const { config } = options;
  const ids = config.commands.filter((c) => !c.hidden).flatMap((c) => [c.id, ...c.aliases]);
  const shown = ids.map((id) => id.replaceAll(':', config.topicSeparator));
  process.stderr.write(unknownCommandMessage(options.id.replaceAll(':', config.topicSeparator), shown, config.bin));
  // An ExitError: oclif exits with this code and prints nothing more.
  Errors.exit(1);
};
