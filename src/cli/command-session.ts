import { withAllowedUrls } from '../config/api-hosts.js';
import type { SessionRequest } from '../services/workspace-session.js';
import type { CliIo } from './io.js';
import { debugLine, rateLimitLine, type RateLimitEvent } from './progress.js';

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

export interface SessionDisplay {
  /** Shows a rate-limit wait; by default a line on stderr. */
  rateLimited?: (event: RateLimitEvent) => void;
}

/**
 * The session request shared by commands: the command's environment (with `--allow-url`
 * hosts added), its clock, rate-limit waits (always said, so a run never goes silent) and
 * `--debug` traces on stderr.
 */
export function sessionRequest(flags: SessionFlags, io: CliIo, display: SessionDisplay = {}): SessionRequest {
  const rateLimited = display.rateLimited ?? ((event: RateLimitEvent) => io.stderr.write(`${rateLimitLine(event, io.env['TZ'])}\n`));
  return {
    configFile: flags.config,
    workspace: flags.workspace,
    prune: flags.prune ?? false,
    allowDelete: flags['allow-delete'] ?? false,
    ...(flags.target?.length || flags.exclude?.length ? { selection: { target: flags.target ?? [], exclude: flags.exclude ?? [] } } : {}),
    ...(flags.from !== undefined ? { from: flags.from } : {}),
    env: withAllowedUrls(io.env, flags['allow-url'] ?? []),
    ...(io.clock ? { client: { ...io.clock } } : {}),
    onClientEvent: (event) => {
      if (flags.debug) io.stderr.write(`${debugLine(event)}\n`);
      if (event.type === 'rate-limited') rateLimited(event);
    },
    onWarning: (message) => io.stderr.write(`WARNING: ${message}\n`),
  };
}
