/**
 * Issue 17, item 1: what is not written is not managed. A ticket type without
 * `attributes:` leaves its attributes alone under prune; `attributes: []` manages them.
 * `--allow-delete` without `--prune` does nothing, and every plan output says so.
 */
import { describe, expect, test } from 'vitest';
import { ALLOW_DELETE_WITHOUT_PRUNE, createPlan } from '../../src/engine/create-plan.js';
import { renderPlanJson } from '../../src/render/render-json.js';
import { renderPlanMarkdown } from '../../src/render/render-markdown.js';
import { renderPlanText } from '../../src/render/render-text.js';
import { config, liveAttribute, liveType, planInput } from '../helpers/live-builders.js';

function defect() {
  const type = liveType({ id: '7', name: 'Defect' });
  type.attributes.push(liveAttribute({ id: '70', ticket_type_id: '7', name: 'Severity', description: 'How bad' }));
  type.attributes.push(liveAttribute({ id: '71', ticket_type_id: '7', name: 'Area', description: 'Where' }));
  return type;
}

const brief = (plan: ReturnType<typeof createPlan>) => plan.changes.map((c) => `${c.action} ${c.kind} ${c.name}`);

describe('prune scope for attributes', () => {
  test('a type that does not write `attributes:` keeps every attribute under --prune', () => {
    const plan = createPlan(planInput(config({ ticket_types: [{ name: 'Defect' }] }), { ticketTypes: [defect()] }, { prune: true }));
    expect(plan.changes).toEqual([]);
  });

  test('`attributes: []` manages them: --prune archives every custom one (never the built-ins)', () => {
    const plan = createPlan(planInput(config({ ticket_types: [{ name: 'Defect', attributes: [] }] }), { ticketTypes: [defect()] }, { prune: true }));
    expect(brief(plan)).toEqual(['archive ticket_type_attribute Severity', 'archive ticket_type_attribute Area']);
  });

  test('a listed attribute list prunes only what it leaves out', () => {
    const attributes = [{ name: 'Severity', description: 'How bad', data_type: 'string' as const }];
    const plan = createPlan(planInput(config({ ticket_types: [{ name: 'Defect', attributes }] }), { ticketTypes: [defect()] }, { prune: true }));
    expect(brief(plan)).toEqual(['archive ticket_type_attribute Area']);
  });

  test('unlisted types are still archived under --prune', () => {
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'Defect' }] }), { ticketTypes: [defect(), liveType({ id: '8', name: 'Old' })] }, { prune: true }),
    );
    expect(brief(plan)).toEqual(['archive ticket_type Old']);
  });
});

describe('--allow-delete without --prune', () => {
  const plan = () => createPlan(planInput(config({ ticket_types: [{ name: 'Defect' }] }), { ticketTypes: [defect()] }, { allowDelete: true }));

  test('is a plan note that every output shows', () => {
    const p = plan();
    expect(p.notes).toEqual([{ message: ALLOW_DELETE_WITHOUT_PRUNE }]);
    expect(renderPlanText(p, { color: false })).toContain(ALLOW_DELETE_WITHOUT_PRUNE);
    expect(renderPlanMarkdown(p)).toContain('--allow-delete does nothing without --prune');
    expect(JSON.parse(renderPlanJson(p)).notes).toEqual([ALLOW_DELETE_WITHOUT_PRUNE]);
  });

  test('with --prune (or prune: true) there is no such note', () => {
    const pruned = createPlan(planInput(config({ ticket_types: [{ name: 'Defect' }] }), { ticketTypes: [defect()] }, { allowDelete: true, prune: true }));
    expect(pruned.notes).toBeUndefined();
  });
});
