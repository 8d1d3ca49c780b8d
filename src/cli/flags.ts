import { Flags } from '@oclif/core';
import { DEFAULT_CONFIG_FILE } from '../config/load-config.js';

/** Flags shared by the commands that read a config and a workspace. */
export const configFlags = {
  config: Flags.string({
    char: 'c',
    description: 'Config file to read.',
    default: DEFAULT_CONFIG_FILE,
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

export const selectionFlags = {
  target: Flags.string({
    description:
      'Plan only changes to objects matching KIND:PATTERN (repeatable): ticket_type:Bug*, attribute:Bug report/Severity, collection:Guides/**, ' +
      'data_attribute:contact/plan_*, article:Getting started/Install*. Kinds as plan JSON names them (attribute = ticket_type_attribute). ' +
      'Creates a selected change needs (its parent type or collection) are planned too, with a note; prune acts only inside the selection.',
    multiple: true,
    multipleNonGreedy: true,
    helpValue: 'KIND:PATTERN',
  }),
  exclude: Flags.string({
    description: 'Leave changes to objects matching KIND:PATTERN out of the plan (repeatable); wins over --target.',
    multiple: true,
    multipleNonGreedy: true,
    helpValue: 'KIND:PATTERN',
  }),
};

export const fromFlag = {
  from: Flags.string({
    description:
      "Promote: plan towards this workspace's live state instead of the file's values, for the objects the file declares for the target workspace (and its ignore:).",
    helpValue: 'NAME',
  }),
};

export const colorFlag = {
  color: Flags.boolean({
    description: 'Colour the output (default: only on a terminal, never with NO_COLOR set).',
    allowNo: true,
  }),
};
