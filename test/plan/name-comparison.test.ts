/**
 * Issue 12, item 13 (matching): names compare as Intercom compares them — Unicode NFC and
 * case-insensitive — for every kind, through one shared comparison. A declared name that
 * differs from a live one only in case or form is that object (an update, with a note),
 * never a second one; `ignore:` patterns follow the same rule.
 */
import { describe, expect, test } from 'vitest';
import { createPlan, type Plan } from '../../src/engine/create-plan.js';
import { PlanError } from '../../src/errors.js';
import { nameKey, sameName } from '../../src/plan/same-name.js';
import { ADMINS, liveArticle } from '../helpers/article-builders.js';
import { HELP_CENTER, config, liveAttribute, liveCollection, liveDataAttribute, liveType, planInput } from '../helpers/live-builders.js';

const NFD_CAFE = 'Cafe\u0301';
const NFC_CAFE = 'Caf\u00e9';

const brief = (plan: Plan) => plan.changes.map((c) => `${c.action} ${c.kind} ${c.name}${c.id ? ` #${c.id}` : ''}`);
const notes = (plan: Plan) => (plan.notes ?? []).map((n) => n.message);

function issues(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanError) return error.issues.map((i) => i.message);
    throw error;
  }
  return [];
}

describe('one name to Intercom', () => {
  test('case and Unicode form aside, and nothing else', () => {
    expect(sameName('Bug report', 'BUG REPORT')).toBe(true);
    expect(sameName(NFD_CAFE, NFC_CAFE.toUpperCase())).toBe(true);
    expect(sameName('Bug report', 'Bug  report')).toBe(false);
    expect(sameName('Bug report', 'Bug reports')).toBe(false);
    // Σ lowers to σ wherever it stands, so a name and a pattern spelling it in pieces agree.
    expect(nameKey('ΟΔΟΣ')).toBe(nameKey('ΟΔΟ') + nameKey('Σ'));
  });
});

describe('a case-only or form-only difference is the same object', () => {
  test('ticket type "Bug Report" against the live "Bug report": an update of the name, with a note', () => {
    const plan = createPlan(planInput(config({ ticket_types: [{ name: 'Bug Report' }] }), { ticketTypes: [liveType({ id: '7', name: 'Bug report' })] }));
    expect(brief(plan)).toEqual(['update ticket_type Bug Report #7']);
    expect(plan.changes[0]).toMatchObject({
      fields: [{ path: 'name', before: 'Bug report', after: 'Bug Report' }],
      operation: { type: 'update_ticket_type', ticketTypeId: '7', body: { name: 'Bug Report' } },
    });
    expect(notes(plan)).toEqual([
      'ticket type "Bug Report": matched the live "Bug report" (id 7), whose name differs only in case; Intercom treats the two as one name',
    ]);
  });

  test('a decomposed live name is the composed declared one: renamed to the declared form, noted', () => {
    const plan = createPlan(planInput(config({ ticket_types: [{ name: NFC_CAFE }] }), { ticketTypes: [liveType({ id: '7', name: NFD_CAFE })] }));
    expect(brief(plan)).toEqual([`update ticket_type ${NFC_CAFE} #7`]);
    expect(notes(plan)[0]).toContain('differs only in Unicode form');
  });

  test('the exact spelling wins over a case variant, which prune then archives', () => {
    const live = { ticketTypes: [liveType({ id: '7', name: 'bug' }), liveType({ id: '8', name: 'Bug' })] };
    const plan = createPlan(planInput(config({ ticket_types: [{ name: 'Bug' }] }), live, { prune: true }));
    expect(brief(plan)).toEqual(['archive ticket_type bug #7']);
    expect(notes(plan)).toEqual([]);
  });

  test('a previous name matches whatever its case', () => {
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'Incident', previous_names: ['BUG'] }] }), { ticketTypes: [liveType({ id: '7', name: 'Bug' })] }),
    );
    expect(brief(plan)).toEqual(['update ticket_type Incident #7']);
  });

  test('attributes: renamed in place, not created beside the live one', () => {
    const type = liveType({ id: '7', name: 'Bug report' });
    type.attributes.push(liveAttribute({ id: '70', ticket_type_id: '7', name: 'severity', description: 'How bad' }));
    const plan = createPlan(
      planInput(config({ ticket_types: [{ name: 'Bug report', attributes: [{ name: 'Severity', description: 'How bad', data_type: 'string' }] }] }), {
        ticketTypes: [type],
      }),
    );
    expect(brief(plan)).toEqual(['update ticket_type_attribute Severity #70']);
    expect(notes(plan)).toEqual([
      'attribute "Bug report" › "Severity": matched the live "severity" (id 70), whose name differs only in case; Intercom treats the two as one name',
    ]);
  });

  test('collections: a case-only rename of a parent keeps its children matched', () => {
    const live = [liveCollection({ id: '10', name: 'getting started' }), liveCollection({ id: '11', name: 'INSTALL', parent_id: '10' })];
    const plan = createPlan(
      planInput(config({ help_center: { collections: [{ name: 'Getting started', collections: [{ name: 'Install' }] }] } }), {
        helpCenters: [HELP_CENTER],
        collections: live,
      }),
    );
    expect(brief(plan)).toEqual(['update collection Getting started #10', 'update collection Install #11']);
    expect(notes(plan)).toHaveLength(2);
  });

  test('articles: the title is updated, and a collection path matches whatever its case', () => {
    const plan = createPlan(
      planInput(
        config({ help_center: { default_author: 'ada@example.com', articles: [{ title: 'Install the App', collection: ['GETTING STARTED'], body: 'Hi' }] } }),
        {
          helpCenters: [HELP_CENTER],
          collections: [liveCollection({ id: '10', name: 'Getting started' })],
          articles: [liveArticle({ id: '40', title: 'Install the app', parent_id: '10', parent_type: 'collection', body: '<p>Hi</p>' })],
          admins: ADMINS,
        },
      ),
    );
    expect(brief(plan)).toEqual(['update article Install the App #40']);
    expect(plan.changes[0]?.fields).toEqual([{ path: 'title', before: 'Install the app', after: 'Install the App' }]);
  });

  test('data attributes cannot be renamed: a case-only difference is refused, never created beside it', () => {
    const live = { contactDataAttributes: [liveDataAttribute({ id: '5', name: 'Plan_tier' })], companyDataAttributes: [] };
    const section = { contact: [{ name: 'plan_tier', data_type: 'string' as const }] };
    expect(issues(() => createPlan(planInput(config({ data_attributes: section }), live)))).toEqual([
      '"plan_tier" differs only in case from the live contact attribute "Plan_tier" (id 5); Intercom treats the two as one name and cannot rename attributes, so write it as "Plan_tier".',
    ]);
  });

  test('data attributes: an archived twin is set aside for the active one, with a note', () => {
    const live = {
      contactDataAttributes: [liveDataAttribute({ id: '5', name: 'tier', archived: true }), liveDataAttribute({ id: '6', name: 'tier' })],
      companyDataAttributes: [],
    };
    const plan = createPlan(planInput(config({ data_attributes: { contact: [{ name: 'tier', data_type: 'string' }] } }), live));
    expect(plan.changes).toEqual([]);
    expect(notes(plan)).toEqual(['contact attribute "tier": matched the active one (id 6); an archived one with the same name (id 5) is left alone']);
  });

  test('ticket states: a case-only difference in the internal label is a manual rename, not a missing state', () => {
    const plan = createPlan(
      planInput(config({ ticket_states: [{ internal_label: 'in progress' }] }), {
        ticketStates: [{ id: '2', category: 'in_progress', internal_label: 'In progress', external_label: 'In progress', archived: false, ticket_type_ids: [] }],
      }),
    );
    expect(plan.changes).toMatchObject([{ action: 'manual', id: '2', reason: expect.stringContaining('change its internal label from "In progress" to "in progress"') }]);
  });
});

describe('ignore: patterns compare names the same way', () => {
  test('a lower-case pattern keeps a capitalised live type out of reach', () => {
    const live = { ticketTypes: [liveType({ id: '7', name: 'Customer Request' }), liveType({ id: '8', name: 'Old' })] };
    const plan = createPlan(planInput(config({ ticket_types: [], ignore: { ticket_types: ['customer request'] } }), live, { prune: true }));
    expect(brief(plan)).toEqual(['archive ticket_type Old #8']);
    expect(plan.ignored).toEqual([{ kind: 'ticket_type', id: '7', path: ['Customer Request'] }]);
  });
});
