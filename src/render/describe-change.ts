import { kindOf, type Change } from '../resources/registry.js';

/** One-line title of a change, the same in every renderer, as its kind words it. */
export function describeChange(change: Change): string {
  return kindOf(change).describe(change);
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
