import { resolve } from 'node:path';
import { Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import { parseSwitchFlags, switchesHelp } from '../cli/sandbox-switch-flags.js';
import { startSandbox } from '../workspace/local-sandbox.js';

/** How a sandbox run ended; it prints nothing on stdout (progress goes to stderr). */
interface SandboxOutcome {
  url: string;
  /** The state file, or "in memory". */
  state: string;
  stoppedBy: NodeJS.Signals;
}

export default class Sandbox extends BaseCommand {
  static override summary = 'Run the local Intercom sandbox as an HTTP server.';

  static override description = `Serves the Intercom endpoints intercom-config uses (ticket types and their attributes, ticket states, help centers, help-center collections) from a local, stateful workspace that behaves like the real API: bearer token check, error.list errors, paging, defaults on create. Try it with: curl -H 'Authorization: Bearer anything' localhost:4010/ticket_types

Without --state the workspace lives in memory. With --state FILE every acknowledged write is saved atomically to FILE before it is answered, and the workspace is reloaded from FILE on the next start.

The public API cannot create help centers or ticket states, so a fresh workspace holds one help center (acme-help, locales en and fr) and Intercom's four default ticket states. A seed file (YAML or JSON, read only while the state is fresh; a later edit is reported once, not applied) changes that:
- help_centers: identifier, display_name, locales, default (replaces the default help center)
- ticket_states: category, internal_label, external_label, archived (added to the four defaults)
- ticket_types: name, description, category, icon, archived, attributes, states (internal labels)
- collections: name, description, help_center (identifier), translated_content, and children under collections: (or a parent: path of names)

Where no public source settles how Intercom behaves, --switch NAME=VALUE (repeatable) picks one behaviour; the first value is the default:
${switchesHelp()}

Ticket states and the states of a ticket type, which admins set in Intercom's settings, are changed with \`<%= config.bin %> sandbox states add|update|assign\` (--url sends the step to this running sandbox).

Stop it with Ctrl-C (SIGINT) or SIGTERM; pending writes are flushed first.`;

  static override examples = [
    {
      description: 'Serve an in-memory workspace on port 4010',
      command: '<%= config.bin %> <%= command.id %> --port 4010',
    },
    {
      description: 'Keep the workspace in a file, seeded with help centers and ticket states',
      command: '<%= config.bin %> <%= command.id %> --state .intercom/sandbox.json --seed sandbox-seed.yaml',
    },
    {
      description: 'Behave like an Intercom that only appends list options and keeps categories on update',
      command: '<%= config.bin %> <%= command.id %> --switch list_items_on_update=append --switch category_on_update=keep',
    },
    {
      description: 'Accept one token only and rate-limit to 20 calls per 10 seconds',
      command: '<%= config.bin %> <%= command.id %> --token secret-token --rate-limit 20',
    },
  ];

  static override flags = {
    port: Flags.integer({
      description: 'Port to listen on (0 picks a free port).',
      default: 4010,
      min: 0,
      max: 65535,
    }),
    host: Flags.string({
      description: 'Address to listen on. Keep the loopback default unless other machines must reach it.',
      default: '127.0.0.1',
    }),
    state: Flags.string({
      description: 'State file: loaded at start when it exists, written after every change. Omit to keep the workspace in memory.',
    }),
    seed: Flags.string({
      description:
        'Seed file (YAML or JSON) with help centers, ticket states and pre-existing objects; used only when the state is fresh. An edit after that is reported once at start, never applied: delete the state file to start over.',
    }),
    token: Flags.string({
      description: 'Accept only this bearer token (otherwise any non-empty token is accepted). Prefer INTERCOM_SANDBOX_TOKEN: a flag is visible to other users in `ps`.',
      env: 'INTERCOM_SANDBOX_TOKEN',
    }),
    'rate-limit': Flags.integer({
      description: 'Allow this many calls per token in each 10-second window, then answer 429 like Intercom.',
      min: 1,
    }),
    latency: Flags.integer({
      description: 'Milliseconds added before every response.',
      min: 0,
      default: 0,
    }),
    'per-page-max': Flags.integer({
      description: 'Largest per_page the collections list honours.',
      min: 1,
      default: 50,
    }),
    switch: Flags.string({
      description: 'Set a sandbox switch (repeatable), e.g. duplicate_names=reject; the switches are listed below.',
      helpValue: 'NAME=VALUE',
      multiple: true,
    }),
  };

  async run(): Promise<SandboxOutcome> {
    const { flags } = await this.parse(Sandbox);
    const stateFile = flags.state === undefined ? undefined : resolve(flags.state);
    const sandbox = await startSandbox({
      host: flags.host,
      port: flags.port,
      latencyMs: flags.latency,
      perPageMax: flags['per-page-max'],
      ...(stateFile !== undefined ? { stateFile } : {}),
      ...(flags.seed !== undefined ? { seed: resolve(flags.seed) } : {}),
      ...(flags.token !== undefined ? { token: flags.token } : {}),
      ...(flags['rate-limit'] !== undefined ? { rateLimit: { limit: flags['rate-limit'] } } : {}),
      switches: parseSwitchFlags(flags.switch ?? []),
    });
    const where = stateFile ?? 'in memory';
    for (const warning of sandbox.warnings) this.io.stderr.write(`WARNING: ${warning}
`);
    // Listen for signals before announcing the address: a supervisor may stop us as soon as it reads it.
    const stopped = waitForStopSignal();
    this.io.stderr.write(`Intercom sandbox listening on ${sandbox.url} (state: ${where})
`);
    const stoppedBy = await stopped;
    await sandbox.close();
    this.io.stderr.write('Intercom sandbox stopped\n');
    return { url: sandbox.url, state: where, stoppedBy };
  }
}

function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolveSignal) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveSignal(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
