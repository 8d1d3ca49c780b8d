import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { selectForWorkspace } from '../../src/config/resolve-workspace.js';

const loaded = parseConfig(
  `version: 1
workspaces:
  staging: {}
  production: {}
default_workspace: staging
prune: true
ticket_states:
  - internal_label: QA
    workspaces: [staging]
  - internal_label: Done
ticket_types:
  - name: Bug
    attributes:
      - name: Debug info
        data_type: string
        workspaces: [staging]
      - name: Severity
        data_type: string
  - name: Experiment
    workspaces: [staging]
    attributes:
      - name: Hypothesis
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

describe('selectForWorkspace', () => {
  test('keeps everything unscoped plus what lists the workspace, without the workspaces field', () => {
    const staging = selectForWorkspace(loaded.config, 'staging');
    expect(staging.ticket_states).toEqual([{ internal_label: 'QA' }, { internal_label: 'Done' }]);
    expect(staging.ticket_types?.map((t) => [t.name, t.attributes?.map((a) => a.name)])).toEqual([
      ['Bug', ['Debug info', 'Severity']],
      ['Experiment', ['Hypothesis']],
    ]);
    expect(JSON.stringify(staging)).not.toContain('"workspaces":[');
  });

  test('drops resources scoped elsewhere, with their attributes and child collections', () => {
    const production = selectForWorkspace(loaded.config, 'production');
    expect(production.ticket_states).toEqual([{ internal_label: 'Done' }]);
    expect(production.ticket_types).toEqual([{ name: 'Bug', attributes: [{ name: 'Severity', data_type: 'string' }] }]);
    expect(production.help_center).toEqual({ collections: [{ name: 'Guides', collections: [{ name: 'Setup' }] }] });
  });

  test('keeps top-level settings and leaves the loaded config untouched', () => {
    const before = JSON.stringify(loaded.config);
    const production = selectForWorkspace(loaded.config, 'production');
    expect(production.prune).toBe(true);
    expect(production.workspaces).toEqual(loaded.config.workspaces);
    expect(production.api_version).toBe('2.14');
    expect(JSON.stringify(loaded.config)).toBe(before);
  });
});
