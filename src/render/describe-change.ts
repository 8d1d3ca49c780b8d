import type { Change } from '../plan/plan-types.js';

/** One-line title of a change, the same in every renderer. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'ticket_type':
      return `ticket type "${change.name}"`;
    case 'ticket_type_attribute':
      return `attribute "${change.ticket_type ?? '?'}" › "${change.name}"`;
    case 'ticket_state':
      return `ticket state "${change.name}"`;
    case 'collection':
      return `collection ${change.help_center ? `${change.help_center}: ` : ''}"${(change.path ?? [change.name]).join(' / ')}"`;
  }
}

export function formatValue(value: unknown): string {
  if (value === undefined) return '(unset)';
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value);
}

export const PAST_TENSE: Record<Change['action'], string> = {
  create: 'created',
  update: 'updated',
  archive: 'archived',
  unarchive: 'unarchived',
  delete: 'deleted',
  manual: 'left for a manual step',
  blocked: 'blocked',
};
