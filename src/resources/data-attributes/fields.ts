import type { DataAttributeBody, LiveDataAttribute } from '../../client/live-types.js';
import { managedFields } from '../kit/managed-fields.js';
import type { DesiredDataAttribute } from './schema.js';

/**
 * A live attribute's type as the config writes it. Intercom answers from a smaller enum
 * than it accepts (the `data_attribute` schema lists string, integer, float, boolean and
 * date): an options attribute comes back as a string with its `options`, a datetime one as
 * a date. Only a string's options make it an options attribute: the schema's own example
 * gives a boolean `options: ["true", "false"]`.
 */
export function configType(attribute: LiveDataAttribute): string {
  return attribute.data_type === 'string' && (attribute.options?.length ?? 0) > 0 ? 'options' : attribute.data_type;
}

/** datetime and date are one type once created: Intercom answers both as date. */
export function sameType(type: unknown): unknown {
  return type === 'datetime' ? 'date' : type;
}

/** Option values compared as a set: order and repeats carry no meaning. */
function asSet(values: unknown): unknown {
  return Array.isArray(values) ? [...new Set(values.map(String))].sort() : values;
}

/**
 * The fields of a data attribute the config manages. `name` and `data_type` are fixed
 * once created (the plan refuses to change them); `archived` is planned on its own, as
 * for every kind. Options travel as `{ value }` objects.
 */
export const DATA_ATTRIBUTE_FIELDS = managedFields<DesiredDataAttribute, LiveDataAttribute, DataAttributeBody>()({
  name: {},
  description: {},
  data_type: { live: configType, comparable: sameType },
  options: {
    live: (a) => (configType(a) === 'options' ? a.options : undefined),
    wire: (values) => values.map((value) => ({ value })),
    comparable: asSet,
  },
  messenger_writable: {},
});

