/**
 * Manual steps: what an admin does by hand in Intercom's settings and the public API cannot
 * do — add or change a ticket state, choose the states a ticket type uses. Without them a
 * sandbox plan that needs a missing state could never be cleared. Each step is checked
 * against the workspace and either applied whole or refused with what to do instead.
 */
import { z } from 'zod';
import { SandboxError } from './sandbox-error.js';
import { TICKET_STATE_CATEGORIES } from './state.js';
import type { TicketStateCategory, TicketStateRecord, TicketTypeRecord } from './state.js';
import type { Workspace } from './workspace.js';

const label = z.string().trim().min(1, 'must not be empty').max(255);
const category = z.enum(TICKET_STATE_CATEGORIES as [TicketStateCategory, ...TicketStateCategory[]]);

export const manualStepSchema = z.discriminatedUnion('step', [
  z.strictObject({
    step: z.literal('add-state'),
    internal_label: label,
    category,
    /** What customers see; the internal label when absent. */
    external_label: label.optional(),
  }),
  z.strictObject({
    step: z.literal('update-state'),
    /** The state's current internal label. */
    state: label,
    internal_label: label.optional(),
    external_label: label.optional(),
    category: category.optional(),
    archived: z.boolean().optional(),
  }),
  z.strictObject({
    step: z.literal('set-type-states'),
    ticket_type: label,
    /** Internal labels: exactly the states the type uses from now on. */
    states: z.array(label).min(1, 'name at least one ticket state'),
  }),
]);

export type ManualStep = z.output<typeof manualStepSchema>;

export interface ManualStepOutcome {
  /** One sentence saying what changed, for the person who asked. */
  done: string;
  /** The state added or changed. */
  state?: TicketStateRecord;
  /** The ticket type whose states were set, with their internal labels. */
  ticket_type?: { id: string; name: string; states: string[] };
}

/** Checks a step sent as data (an admin request); the error names the first bad field. */
export function parseManualStep(data: unknown): ManualStep {
  const result = manualStepSchema.safeParse(data);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new SandboxError(`Invalid manual step: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
}

/** Applies one step to the workspace, or changes nothing and throws a SandboxError saying why. */
export function performManualStep(ws: Workspace, step: ManualStep): ManualStepOutcome {
  switch (step.step) {
    case 'add-state':
      return addState(ws, step);
    case 'update-state':
      return updateState(ws, step);
    case 'set-type-states':
      return setTypeStates(ws, step);
  }
}

type StepOf<K extends ManualStep['step']> = Extract<ManualStep, { step: K }>;

function addState(ws: Workspace, step: StepOf<'add-state'>): ManualStepOutcome {
  const taken = findState(ws, step.internal_label);
  if (taken) {
    throw new SandboxError(`A ticket state with the internal label "${taken.internal_label}" already exists (id ${taken.id}); internal labels are unique in a workspace.`, {
      hint: `Change it instead: intercom-config sandbox states update "${taken.internal_label}" …`,
    });
  }
  const state: TicketStateRecord = {
    id: ws.nextId(),
    category: step.category,
    internal_label: step.internal_label,
    external_label: step.external_label ?? step.internal_label,
    archived: false,
  };
  ws.addTicketState(state);
  return { done: `Added ticket state "${state.internal_label}" (id ${state.id}, ${describeState(state)}).`, state: { ...state } };
}

function updateState(ws: Workspace, step: StepOf<'update-state'>): ManualStepOutcome {
  const state = requireState(ws, step.state);
  const newLabel = step.internal_label;
  if (newLabel !== undefined) {
    const taken = findState(ws, newLabel);
    if (taken && taken !== state) {
      throw new SandboxError(`Another ticket state (id ${taken.id}) already has the internal label "${taken.internal_label}"; internal labels are unique in a workspace.`);
    }
  }
  const changes: string[] = [];
  const change = <K extends 'internal_label' | 'external_label' | 'category' | 'archived'>(key: K, value: TicketStateRecord[K] | undefined): void => {
    if (value === undefined || value === state[key]) return;
    changes.push(`${key} ${JSON.stringify(state[key])} → ${JSON.stringify(value)}`);
    state[key] = value;
  };
  change('internal_label', newLabel);
  change('external_label', step.external_label);
  change('category', step.category);
  change('archived', step.archived);
  if (changes.length === 0) return { done: `Ticket state "${state.internal_label}" already is as asked; nothing changed.`, state: { ...state } };
  ws.markChanged();
  return { done: `Changed ticket state "${step.state}" (id ${state.id}): ${changes.join(', ')}.`, state: { ...state } };
}

function setTypeStates(ws: Workspace, step: StepOf<'set-type-states'>): ManualStepOutcome {
  const type = requireType(ws, step.ticket_type);
  const chosen: TicketStateRecord[] = [];
  for (const name of step.states) {
    const state = requireState(ws, name);
    if (state.archived) {
      throw new SandboxError(`Ticket state "${state.internal_label}" is archived; a ticket type can use active states only.`, {
        hint: `Unarchive it first: intercom-config sandbox states update "${state.internal_label}" --no-archived`,
      });
    }
    if (!chosen.includes(state)) chosen.push(state);
  }
  // Kept in category order, as the API lists a type's states.
  const order = (s: TicketStateRecord): number => TICKET_STATE_CATEGORIES.indexOf(s.category);
  chosen.sort((a, b) => order(a) - order(b));
  type.state_ids = chosen.map((s) => s.id);
  type.updated_at = ws.nowSeconds();
  ws.markChanged();
  const labels = chosen.map((s) => s.internal_label);
  return {
    done: `Ticket type "${type.name}" (id ${type.id}) now uses the states ${labels.map((l) => `"${l}"`).join(', ')}.`,
    ticket_type: { id: type.id, name: type.name, states: labels },
  };
}

function describeState(state: TicketStateRecord): string {
  return `category ${state.category}, customers see "${state.external_label}"`;
}

/** By internal label: the exact spelling first, then ignoring case, as Intercom keeps labels unique regardless of case. */
function findState(ws: Workspace, internalLabel: string): TicketStateRecord | undefined {
  const states = ws.state.ticket_states;
  return states.find((s) => s.internal_label === internalLabel) ?? states.find((s) => s.internal_label.toLowerCase() === internalLabel.toLowerCase());
}

function requireState(ws: Workspace, internalLabel: string): TicketStateRecord {
  const state = findState(ws, internalLabel);
  if (state) return state;
  const known = ws.state.ticket_states.map((s) => `"${s.internal_label}"`).join(', ');
  throw new SandboxError(`No ticket state has the internal label "${internalLabel}"; the workspace has ${known}.`, {
    hint: `Add it first: intercom-config sandbox states add "${internalLabel}" --category CATEGORY`,
  });
}

function requireType(ws: Workspace, name: string): TicketTypeRecord {
  const types = ws.state.ticket_types.filter((t) => t.name === name || t.name.toLowerCase() === name.toLowerCase());
  const type = types.find((t) => t.name === name && !t.archived) ?? types.find((t) => !t.archived) ?? types[0];
  if (type) return type;
  throw new SandboxError(`No ticket type is named "${name}" in this sandbox workspace.`, {
    hint: 'Create it first (apply a config that declares it), then choose its states.',
  });
}
