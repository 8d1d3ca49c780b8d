/**
 * `/data_attributes`: list (per model, archived hidden unless `include_archived=true`),
 * create (contact and company only) and update (description, messenger_writable, options,
 * archived). There is no delete, and name, model and data type never change.
 */
import { ApiError, invalidParameter, missingParameter } from '../api-error.js';
import { DATA_ATTRIBUTE_MODELS, DATA_ATTRIBUTE_TYPES, WRITABLE_DATA_ATTRIBUTE_MODELS } from '../content-records.js';
import type { DataAttributeModel, DataAttributeRecord, DataAttributeType } from '../content-records.js';
import {
  checkAttributeName,
  checkOptions,
  checkRoomFor,
  createDataAttribute,
  findCustomAttribute,
  type DataAttributeLimit,
} from '../model/data-attributes.js';
import { renderDataAttribute } from '../render/data-attributes.js';
import { optionalBoolean, optionalString } from './body-fields.js';
import { ok } from './route-types.js';
import type { ApiSettings, Route } from './route-types.js';

const MODEL_MESSAGE = 'The Data Attribute model field must be either contact or company';

function listModels(query: URLSearchParams): readonly DataAttributeModel[] {
  const model = query.get('model');
  if (model === null || model === '') return DATA_ATTRIBUTE_MODELS;
  if (!(DATA_ATTRIBUTE_MODELS as readonly string[]).includes(model)) {
    throw invalidParameter('model must be one of contact, company or conversation');
  }
  return [model as DataAttributeModel];
}

function readModel(body: Record<string, unknown>): DataAttributeModel {
  const value = body['model'];
  if (value === undefined || value === null || value === '') throw missingParameter('Model');
  if (typeof value !== 'string' || !(WRITABLE_DATA_ATTRIBUTE_MODELS as readonly string[]).includes(value)) {
    throw invalidParameter(MODEL_MESSAGE);
  }
  return value as DataAttributeModel;
}

function readType(body: Record<string, unknown>): DataAttributeType {
  const value = body['data_type'];
  if (value === undefined || value === null || value === '') throw missingParameter('Data type');
  if (typeof value !== 'string' || !(DATA_ATTRIBUTE_TYPES as readonly string[]).includes(value)) {
    throw invalidParameter("Data Type isn't an option");
  }
  return value as DataAttributeType;
}

function notFoundAttribute(): ApiError {
  return new ApiError(404, 'field_not_found', "We couldn't find that data attribute to update");
}

function byModelThenAge(models: readonly DataAttributeModel[]) {
  return (a: DataAttributeRecord, b: DataAttributeRecord): number =>
    models.indexOf(a.model) - models.indexOf(b.model) || Number(a.custom) - Number(b.custom);
}

export const dataAttributeRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/data_attributes',
    handle: ({ ws, query }) => {
      const models = listModels(query);
      const includeArchived = query.get('include_archived') === 'true';
      const data = ws.state.data_attributes
        .filter((a) => models.includes(a.model) && (includeArchived || !a.archived))
        .sort(byModelThenAge(models))
        .map(renderDataAttribute);
      return ok({ type: 'list', data });
    },
  },
  {
    method: 'POST',
    pattern: '/data_attributes',
    handle: ({ ws, body, settings }) => {
      const nameValue = body['name'];
      if (nameValue === undefined || nameValue === null || nameValue === '') throw missingParameter('Name');
      if (typeof nameValue !== 'string') throw invalidParameter('name must be a string.');
      const model = readModel(body);
      const dataType = readType(body);
      const description = optionalString(body, 'description');
      const messengerWritable = optionalBoolean(body, 'messenger_writable');
      const options = dataType === 'options' ? checkOptions(body['options']) : undefined;
      checkAttributeName(ws, nameValue.trim(), model);
      checkRoomFor(ws, model, limitOf(settings));
      const record = createDataAttribute(ws, {
        model,
        name: nameValue.trim(),
        data_type: dataType,
        ...(description !== undefined ? { description } : {}),
        ...(options !== undefined ? { options } : {}),
        ...(messengerWritable !== undefined ? { messenger_writable: messengerWritable } : {}),
        admin_id: ws.state.admins[0]?.id ?? null,
      });
      return ok(renderDataAttribute(record));
    },
  },
  {
    method: 'PUT',
    pattern: '/data_attributes/:id',
    handle: ({ ws, params, body, settings }) => {
      const record = findCustomAttribute(ws, params['id']);
      if (!record) throw notFoundAttribute();
      if (record.model === 'conversation') {
        throw invalidParameter('Conversation attributes cannot be changed with this API version.');
      }
      const description = optionalString(body, 'description');
      const messengerWritable = optionalBoolean(body, 'messenger_writable');
      const archived = optionalBoolean(body, 'archived');
      let options: string[] | undefined;
      if (body['options'] !== undefined && body['options'] !== null) {
        options = checkOptions(body['options']);
        if (record.data_type !== 'options') throw invalidParameter('Only list (options) attributes have options.');
      }
      // Validate everything before changing anything: a refused update changes nothing.
      if (archived === true && !record.archived && record.has_dependants) {
        throw new ApiError(422, 'data_invalid', 'The Data Attribute you are trying to archive has a dependant object');
      }
      if (archived === false && record.archived) checkRoomFor(ws, record.model, limitOf(settings));
      if (description !== undefined) record.description = description;
      if (messengerWritable !== undefined) record.messenger_writable = messengerWritable;
      if (archived !== undefined) record.archived = archived;
      if (options !== undefined) record.options = options;
      record.updated_at = ws.nowSeconds();
      ws.markChanged();
      return ok(renderDataAttribute(record));
    },
  },
];

function limitOf(settings: ApiSettings): DataAttributeLimit {
  return { max: settings.dataAttributeMax, scope: settings.switches.data_attribute_limit };
}
