/**
 * Data attributes as the 2.14 API answers them. `data_type` uses the response enum
 * (string | integer | float | boolean | date): an `options` attribute answers `string`
 * with its `options` (the update example), a `datetime` one `date`. Built-ins have no
 * id, timestamps or admin; `description` is absent when none was ever given (the create
 * example); ids are integers while `admin_id` is a string.
 */
import type { DataAttributeRecord, DataAttributeType } from '../content-records.js';

const RESPONSE_TYPE: Record<DataAttributeType, string> = {
  string: 'string',
  integer: 'integer',
  float: 'float',
  boolean: 'boolean',
  date: 'date',
  datetime: 'date',
  options: 'string',
};

export function renderDataAttribute(a: DataAttributeRecord): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (a.id !== null) body['id'] = Number(a.id);
  body['type'] = 'data_attribute';
  body['name'] = a.name;
  body['full_name'] = a.custom ? `custom_attributes.${a.full_name}` : a.full_name;
  body['label'] = a.label;
  if (a.description !== null) body['description'] = a.description;
  body['data_type'] = RESPONSE_TYPE[a.data_type];
  if (a.options) body['options'] = [...a.options];
  body['api_writable'] = a.api_writable;
  body['ui_writable'] = a.ui_writable;
  body['messenger_writable'] = a.messenger_writable;
  body['custom'] = a.custom;
  body['archived'] = a.archived;
  if (a.custom) {
    if (a.admin_id !== null) body['admin_id'] = a.admin_id;
    if (a.created_at !== null) body['created_at'] = a.created_at;
    if (a.updated_at !== null) body['updated_at'] = a.updated_at;
  }
  body['model'] = a.model;
  return body;
}
