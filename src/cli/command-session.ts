import { withAllowedUrls } from '../config/api-hosts.js';
import type { SessionRequest } from '../services/workspace-session.js';
import type { CliIo } from './io.js';
import { debugLine } from './progress.js';

interface SessionFlags {
  config: string;
  workspace?: string | undefined;
  prune?: boolean;
  'allow-delete'?: boolean;
  'allow-url'?: string[] | undefined;
  target?: string[] | undefined;
  exclude?: string[] | undefined;
  from?: string | undefined;
  debug: boolean;
}

/**
 * The session request shared by commands: the command's environment (with `--allow-url`
 * hosts added), its clock, and `--debug` traces on stderr.
 */
export function sessionRequest(flags: SessionFlags, io: CliIo): SessionRequest {
  return {
    configFile: flags.config,
    workspace: flags.workspace,
    prune: flags.prune ?? false,
    allowDelete: flags['allow-delete'] ?? false,
    ...(flags.target?.length || flags.exclude?.length ? { selection: { target: flags.target ?? [], exclude: flags.exclude ?? [] } } : {}),
    ...(flags.from !== undefined ? { from: flags.from } : {}),
    env: withAllowedUrls(io.env, flags['allow-url'] ?? []),
    ...(io.clock ? { client: { ...io.clock } } : {}),
    ...(flags.debug ? { onClientEvent: (e) => io.stderr.write(`${debugLine(e)}\n`) } : {}),
    onWarning: (message) => io.stderr.write(`WARNING: ${message}\n`),
  };
}
