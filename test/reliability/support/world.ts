/**
 * The workspace the fault tests converge on: ticket types with attributes and a
 * three-level collection tree, plus an evolved version of it (renames, a move, changed
 * fields) for faults on updates.
 */
import { stringify } from 'yaml';
import type { IntercomConfig } from '../../../src/config/config-types.js';
import { remoteHeader } from '../../helpers/cli.js';

export type Resources = Pick<IntercomConfig, 'ticket_types' | 'help_center'>;

export const BASE_WORLD: Resources = {
  ticket_types: [
    {
      name: 'Bug report',
      description: 'Something is broken',
      category: 'Customer',
      icon: '🐞',
      attributes: [
        { name: 'Severity', description: 'How bad is it?', data_type: 'list', list_items: ['Low', 'Medium', 'High'], required_to_create: true },
        { name: 'Steps', description: 'What happened', data_type: 'string', multiline: true },
        { name: 'Screenshots', description: 'What it looks like', data_type: 'files', allow_multiple_values: true },
      ],
    },
    {
      name: 'Feature request',
      description: 'An idea',
      attributes: [
        { name: 'Area', description: 'Which part', data_type: 'list', list_items: ['Inbox', 'Messenger'] },
        { name: 'Votes', description: 'How many asked', data_type: 'integer' },
      ],
    },
    { name: 'Escalation', category: 'Tracker', attributes: [{ name: 'Jira key', description: 'The Jira issue', data_type: 'string' }] },
    { name: 'Refund', category: 'Back-office', is_internal: true, attributes: [{ name: 'Amount', description: 'How much', data_type: 'decimal' }] },
  ],
  help_center: {
    collections: [
      {
        name: 'Getting started',
        description: 'First steps',
        translated_content: { fr: { name: 'Premiers pas' } },
        collections: [
          { name: 'Installation', collections: [{ name: 'On macOS' }, { name: 'On Windows' }] },
          { name: 'First ticket' },
        ],
      },
      { name: 'Billing', description: 'Plans and invoices', collections: [{ name: 'Invoices' }] },
      { name: 'Security' },
    ],
  },
};

/** The base world after a round of edits: every kind of update, two renames and a move. */
export const EVOLVED_WORLD: Resources = {
  ticket_types: [
    {
      name: 'Bug report',
      description: 'Something is broken!',
      category: 'Customer',
      icon: '🪲',
      attributes: [
        { name: 'Severity', description: 'How bad is it?', data_type: 'list', list_items: ['Low', 'Medium', 'High', 'Critical'], required_to_create: true },
        { name: 'Steps to reproduce', previous_names: ['Steps'], description: 'What did you do?', data_type: 'string', multiline: true },
        { name: 'Screenshots', description: 'What it looks like', data_type: 'files', allow_multiple_values: false },
      ],
    },
    {
      name: 'Feature idea',
      previous_names: ['Feature request'],
      description: 'An idea for the product',
      attributes: [
        { name: 'Area', description: 'Which part', data_type: 'list', list_items: ['Inbox', 'Messenger', 'Reporting'] },
        { name: 'Votes', description: 'Customers asking', data_type: 'integer' },
      ],
    },
    { name: 'Escalation', category: 'Tracker', attributes: [{ name: 'Jira key', description: 'The Jira issue', data_type: 'string', required_to_create: true }] },
    { name: 'Refund', category: 'Back-office', is_internal: false, attributes: [{ name: 'Amount', description: 'How much', data_type: 'decimal' }] },
  ],
  help_center: {
    collections: [
      {
        name: 'Getting started',
        description: 'First steps with us',
        translated_content: { fr: { name: 'Premiers pas', description: 'Pour commencer' } },
        collections: [
          { name: 'Setup', previous_names: ['Installation'], collections: [{ name: 'On macOS' }, { name: 'On Windows' }] },
        ],
      },
      // "First ticket" moves from "Getting started" to "Billing".
      { name: 'Billing', description: 'Plans, invoices and refunds', collections: [{ name: 'Invoices' }, { name: 'First ticket' }] },
      { name: 'Security', description: 'Keeping accounts safe' },
    ],
  },
};

/** A config file pointing at an external sandbox (token from $INTERCOM_TOKEN). */
export function configText(sandboxUrl: string, resources: Resources): string {
  return remoteHeader(sandboxUrl) + stringify(resources);
}

/** The config as the inventory helpers read it. */
export function asConfig(resources: Resources): IntercomConfig {
  return { version: 1, api_version: '2.14', workspaces: {}, ...resources };
}
