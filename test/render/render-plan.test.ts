import { describe, expect, test } from 'vitest';
import { createPlan, type Plan } from '../../src/engine/create-plan.js';
import type { Change } from '../../src/resources/registry.js';
import { summarize } from '../../src/plan/plan-types.js';
import { renderPlanJson } from '../../src/render/render-json.js';
import { MARKDOWN_LIMIT, renderPlanMarkdown } from '../../src/render/render-markdown.js';
import { renderPlanText } from '../../src/render/render-text.js';
import { DEFAULT_STATES, HELP_CENTER, config, liveAttribute, liveCollection, liveType, planInput } from '../helpers/live-builders.js';

/** A plan with every action, so one snapshot shows every way a change is drawn. */
function samplePlan(): Plan {
  const plan = createPlan({
    host: 'https://api.intercom.io',
    ...planInput(
      config({
        ticket_states: [{ internal_label: 'With engineering', external_label: 'In progress', category: 'in_progress' }],
        ticket_types: [
          { name: 'Bug report', previous_names: ['Bug'], description: 'Something is broken', attributes: [{ name: 'Severity', description: 'How bad', data_type: 'list', list_items: ['Low', 'High'] }] },
          { name: 'Question', archived: true },
          { name: 'Refund' },
        ],
        help_center: { collections: [{ name: 'Getting started', translated_content: { fr: { name: 'Premiers pas' } } }] },
      }),
      {
        ticketStates: DEFAULT_STATES,
        ticketTypes: [
          liveType({ id: '1', name: 'Bug', description: 'Broken' }),
          liveType({ id: '2', name: 'Question' }),
          liveType({ id: '3', name: 'Refund', archived: true }),
          liveType({ id: '4', name: 'Legacy', attributes: [liveAttribute({ id: '40', name: 'Old' })] }),
        ],
        helpCenters: [HELP_CENTER],
        collections: [liveCollection({ id: '9', name: 'Old docs' })],
      },
      { prune: true },
    ),
  });
  return plan;
}

describe('rendered plans', () => {
  test('text, colour off', async () => {
    await expect(renderPlanText(samplePlan(), { color: false })).toMatchFileSnapshot('__snapshots__/plan.txt');
  });

  test('text with colour uses ANSI codes only when asked', () => {
    expect(renderPlanText(samplePlan(), { color: false })).not.toMatch(/\u001B\[/);
    expect(renderPlanText(samplePlan(), { color: true })).toMatch(/\u001B\[32m\+ ticket type "Refund"|\u001B\[32m\^ ticket type "Refund"/);
  });

  test('JSON', async () => {
    await expect(renderPlanJson(samplePlan())).toMatchFileSnapshot('__snapshots__/plan.json');
  });

  test('markdown', async () => {
    await expect(renderPlanMarkdown(samplePlan())).toMatchFileSnapshot('__snapshots__/plan.md');
  });

  test('every rendering names the host the plan was read from', () => {
    const plan = samplePlan();
    expect(renderPlanText(plan, { color: false }).split('\n')[0]).toBe('Workspace "sandbox" at https://api.intercom.io (Intercom API 2.14)');
    expect(renderPlanMarkdown(plan).split('\n')[1]).toBe('### intercom-config plan for <code>sandbox</code> at <code>https://api.intercom.io</code>');
    expect(JSON.parse(renderPlanJson(plan))).toMatchObject({ workspace: 'sandbox', host: 'https://api.intercom.io' });
  });

  test('no changes', () => {
    const empty: Plan = { format_version: 1, tool_version: '0.0.0', workspace: 'w', api_version: '2.14', changes: [], summary: summarize([]) };
    expect(renderPlanText(empty, { color: false })).toContain('No changes. The workspace matches the configuration.');
    expect(renderPlanMarkdown(empty)).toContain('**No changes.**');
  });
});

describe('a selected or promoted plan says so in every rendering', () => {
  const restricted = (): Plan => ({
    ...samplePlan(),
    from: 'staging',
    selection: { target: ['ticket_type:Bug*', 'attribute:Bug report/*'], exclude: ['collection:Legacy/**'] },
  });
  const selectors = '--target "ticket_type:Bug*" --target "attribute:Bug report/*" --exclude "collection:Legacy/**"';

  test('text: under the title, before any change', () => {
    const lines = renderPlanText(restricted(), { color: false }).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Workspace "sandbox" at https://api.intercom.io (Intercom API 2.14)',
      'Desired state: the live state of workspace "staging" (promotion), not the file\'s values.',
      `Selection: ${selectors}; changes to other objects are not planned.`,
    ]);
  });

  test('markdown: quoted under the heading, also when there is nothing to change', () => {
    const empty: Plan = { ...restricted(), changes: [], summary: summarize([]) };
    for (const text of [renderPlanMarkdown(restricted()), renderPlanMarkdown(empty)]) {
      // Markdown syntax in a selector is written as character references (`*` is `&#42;`).
      expect(text).toContain(
        '> Selection: --target "ticket&#95;type:Bug&#42;" --target "attribute:Bug report/&#42;" --exclude "collection:Legacy/&#42;&#42;"; changes to other objects are not planned.',
      );
      expect(text).toContain('> Desired state: the live state of workspace "staging" (promotion)');
    }
  });

  test('JSON: `from` and `selection` keys, absent from a plain plan', () => {
    const json = JSON.parse(renderPlanJson(restricted())) as Record<string, unknown>;
    expect(json['from']).toBe('staging');
    expect(json['selection']).toEqual({ target: ['ticket_type:Bug*', 'attribute:Bug report/*'], exclude: ['collection:Legacy/**'] });
    expect(Object.keys(json).slice(0, 8)).toEqual(['format_version', 'tool_version', 'workspace', 'host', 'api_version', 'from', 'selection', 'changes']);
    const plain = JSON.parse(renderPlanJson(samplePlan())) as Record<string, unknown>;
    expect('from' in plain || 'selection' in plain).toBe(false);
  });
});

describe('markdown for a pull-request comment', () => {
  const big = (): Plan => {
    const changes: Change[] = Array.from({ length: 2000 }, (_, i) => ({
      address: `ticket_type["Type ${i}"]`,
      kind: 'ticket_type',
      action: i % 3 === 0 ? 'create' : 'update',
      name: `Type ${i}`,
      fields: [
        { path: 'description', before: 'x'.repeat(40), after: `A longer description number ${i} | with a pipe <and> tags` },
        { path: 'icon', before: '🎟️', after: '🐞' },
      ],
    }));
    return { format_version: 1, tool_version: '0.1.0', workspace: 'production', api_version: '2.14', changes, summary: summarize(changes) };
  };

  test('2,000 changes stay under the limit with the summary intact and a note about the rest', () => {
    const text = renderPlanMarkdown(big());
    expect(text.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(text.split('\n')[0]).toBe('<!-- intercom-config-plan workspace="production" -->');
    expect(text).toContain('| create | update | archive | unarchive | delete | manual | blocked |');
    expect(text).toContain('| 667 | 1333 | 0 | 0 | 0 | 0 | 0 |');
    const shown = text.match(/<details>/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(50);
    expect(text).toContain(`${2000 - shown} more change(s) are not shown`);
    expect(text).toContain('&lt;and&gt;');
    expect(text).toContain('&#124; with a pipe');
  });

  test('a small limit still keeps the whole summary', () => {
    const text = renderPlanMarkdown(big(), { limit: 2_000 });
    expect(text.length).toBeLessThanOrEqual(2_000);
    expect(text).toContain('| 667 | 1333 | 0 | 0 | 0 | 0 | 0 |');
  });
});
