import type { AttributeBody, LiveAttribute } from '../../client/live-types.js';
import { managedFields } from '../kit/managed-fields.js';
import type { DesiredAttribute } from './schema.js';

/**
 * The fields of an attribute the config manages. The options-like fields apply to one
 * data type each; Intercom leaves them out of some answers (`input_options: null`), which
 * means their default. List items travel as one comma-separated text.
 */
export const ATTRIBUTE_FIELDS = managedFields<DesiredAttribute, LiveAttribute, AttributeBody>()({
  name: {},
  description: {},
  data_type: {},
  required_to_create: {},
  required_to_create_for_contacts: {},
  visible_on_create: {},
  visible_to_contacts: {},
  multiline: { onlyFor: 'string', liveDefault: false },
  list_items: { onlyFor: 'list', liveDefault: [], wire: (items) => items.join(',') },
  allow_multiple_values: { onlyFor: 'files', liveDefault: false },
});
