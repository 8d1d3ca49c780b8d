/** Which confirmations the action adds when it applies a saved plan (apply-mode.ts). */
import { describe, expect, test } from 'vitest';
import { removalConfirmations } from '../../action/src/apply-mode.js';
import type { Plan } from '../../src/engine/create-plan.js';
import { summarize } from '../../src/plan/plan-types.js';
import type { Change } from '../../src/resources/registry.js';

const change = (action: Change['action'], kind: Change['kind'] = 'ticket_type'): Change =>
  ({ address: `${kind}["${action}"]`, kind, action, name: action, id: '1' }) as Change;
const plan = (...changes: Change[]): Plan => ({ format_version: 1, tool_version: '0.1.0', workspace: 'w', api_version: '2.14', changes, summary: summarize(changes) });

describe('removal confirmations for a saved plan', () => {
  test('archives get --prune; deletes --prune and --allow-delete; nothing else gets none', () => {
    expect(removalConfirmations(plan(change('create'), change('update')), [])).toEqual([]);
    expect(removalConfirmations(plan(change('archive')), [])).toEqual(['--prune']);
    expect(removalConfirmations(plan(change('archive'), change('delete', 'collection')), [])).toEqual(['--prune', '--allow-delete']);
  });

  test('flags already in args are not given twice; no readable plan gets none (the CLI then refuses the file)', () => {
    expect(removalConfirmations(plan(change('delete', 'collection')), ['--prune'])).toEqual(['--allow-delete']);
    expect(removalConfirmations(undefined, [])).toEqual([]);
  });
});
