import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { createPlan } from '../../src/engine/create-plan.js';
import { DEFAULT_STATES, HELP_CENTER, planInput } from '../helpers/live-builders.js';

const loaded = parseConfig(
  `version: 1
workspaces:
  staging: {}
  production: {}
default_workspace: staging
ticket_states:
  - internal_label: QA
    workspaces: [staging]
  - internal_label: Done
ticket_types:
  - name: Bug
    attributes:
      - name: Debug info
        description: About debug info
        data_type: string
        workspaces: [staging]
      - name: Severity
        description: About severity
        data_type: string
  - name: Experiment
    workspaces: [staging]
    attributes:
      - name: Hypothesis
        description: About hypothesis
        data_type: string
help_center:
  collections:
    - name: Guides
      collections:
        - name: Internal drafts
          workspaces: [staging]
          collections:
            - name: Ideas
        - name: Setup
    - name: Beta
      workspaces: [staging]
`,
  'c.yaml',
  { env: {} },
);

/** What a plan against an empty workspace would create (or ask for) in `workspace`. */
const declaredIn = (workspace: string) =>
  createPlan(planInput(loaded.config, { ticketStates: DEFAULT_STATES, ticketTypes: [], helpCenters: [HELP_CENTER], collections: [] }, {}, workspace))
    .changes.map((c) => c.address);

describe('`workspaces:` on declared objects', () => {
  test('a workspace the object lists sees it, as it sees every object without the list', () => {
    expect(declaredIn('staging')).toEqual([
      'ticket_state["QA"]',
      'ticket_state["Done"]',
      'ticket_type["Bug"]',
      'ticket_type_attribute["Bug"]["Debug info"]',
      'ticket_type_attribute["Bug"]["Severity"]',
      'ticket_type["Experiment"]',
      'ticket_type_attribute["Experiment"]["Hypothesis"]',
      'collection["acme-help"]["Guides"]',
      'collection["acme-help"]["Guides"]["Internal drafts"]',
      'collection["acme-help"]["Guides"]["Internal drafts"]["Ideas"]',
      'collection["acme-help"]["Guides"]["Setup"]',
      'collection["acme-help"]["Beta"]',
    ]);
  });

  test('another workspace does not see it, nor the attributes and child collections declared inside it', () => {
    expect(declaredIn('production')).toEqual([
      'ticket_state["Done"]',
      'ticket_type["Bug"]',
      'ticket_type_attribute["Bug"]["Severity"]',
      'collection["acme-help"]["Guides"]',
      'collection["acme-help"]["Guides"]["Setup"]',
    ]);
  });
});
