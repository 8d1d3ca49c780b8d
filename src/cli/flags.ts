import { Flags } from '@oclif/core';

/** Flags shared by the commands that read a config and a workspace. */
export const configFlags = {
  config: Flags.string({
    char: 'c',
    description: 'Config file to read.',
    default: 'intercom.config.yaml',
    helpValue: 'FILE',
  }),
  workspace: Flags.string({
    char: 'w',
    description: 'Workspace to use (default: default_workspace, or the only/sandbox workspace).',
    helpValue: 'NAME',
  }),
  'allow-url': Flags.string({
    description:
      "Let a workspace `url:` receive the token at this host (Intercom's API hosts and loopback need no permission). Repeatable; INTERCOM_CONFIG_ALLOW_URL works too.",
    multiple: true,
    helpValue: 'HOST',
  }),
};

export const pruneFlags = {
  prune: Flags.boolean({
    description: 'Archive ticket types, attributes and data attributes that are not in the config; with --allow-delete, delete unlisted collections.',
    default: false,
  }),
  'allow-delete': Flags.boolean({
    description: 'Allow deleting unlisted collections when pruning (otherwise they are listed as blocked).',
    default: false,
  }),
};

export const colorFlag = {
  color: Flags.boolean({
    description: 'Colour the output (default: only on a terminal, never with NO_COLOR set).',
    allowNo: true,
  }),
};
