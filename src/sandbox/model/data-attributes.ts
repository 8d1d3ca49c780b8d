/**
 * Custom data attributes: creation rules (name characters, unique names across the
 * contact and company models, at least two options, the custom attribute cap) and the
 * update rules (description, messenger_writable, options, archived; nothing else moves).
 */
import { ApiError, invalidParameter } from '../api-error.js';
import type { DataAttributeModel, DataAttributeRecord, DataAttributeType } from '../content-records.js';
import type { Workspace } from '../workspace.js';

/**
 * Intercom's help centre caps custom data attributes at 250 "per workspace" and says
 * archiving frees room; whether contact and company attributes share that cap is not
 * documented, hence the scope switch (default: shared, the literal reading).
 */
export interface DataAttributeLimit {
  max: number;
  /** The `data_attribute_limit` switch. */
  scope: 'workspace' | 'model';
}

/** Intercom's documented cap on custom data attributes. */
export const DEFAULT_DATA_ATTRIBUTE_MAX = 250;

/** Letters, digits, spaces, underscores, hyphens and currency symbols (the 2.14 error text). */
const NAME = /^[\p{L}\p{N}\p{Sc} _-]+$/u;

export interface NewDataAttribute {
  id?: string;
  model: DataAttributeModel;
  name: string;
  data_type: DataAttributeType;
  description?: string;
  options?: string[];
  messenger_writable?: boolean;
  archived?: boolean;
  has_dependants?: boolean;
  admin_id?: string | null;
}

export function modelLabel(model: DataAttributeModel): string {
  return model === 'contact' ? 'people' : model;
}

export function checkAttributeName(ws: Workspace, name: string, model: DataAttributeModel): void {
  if (!NAME.test(name)) {
    throw invalidParameter('Your name for this attribute must only contain alphanumeric characters, currency symbols, and hyphens');
  }
  // Contact and company attributes share one namespace: the 2.14 examples refuse a
  // contact attribute named like an existing company one, naming the model that has it.
  const wanted = name.trim().toLowerCase();
  const clash = ws.state.data_attributes.find(
    (a) => a.model !== 'conversation' && a.full_name.toLowerCase() === wanted,
  );
  if (clash) {
    throw invalidParameter(
      `You already have '${clash.name}' in your ${modelLabel(clash.model)} data. To save this as new ${modelLabel(model)} data, use a different name.`,
    );
  }
}

export function checkOptions(options: unknown): string[] {
  if (!Array.isArray(options)) throw invalidParameter("Options isn't an array");
  const values = options.map((option) => {
    const value = typeof option === 'object' && option !== null ? (option as Record<string, unknown>)['value'] : undefined;
    if (typeof value !== 'string' || value.trim() === '') throw invalidParameter('Each option needs a non-empty string value.');
    return value;
  });
  if (values.length < 2) throw invalidParameter('Options attributes need at least two options.');
  return values;
}

/** Refuses when one more live (unarchived) custom attribute of `model` would pass the cap. */
export function checkRoomFor(ws: Workspace, model: DataAttributeModel, limit: DataAttributeLimit): void {
  const live = ws.state.data_attributes.filter(
    (a) => a.custom && !a.archived && a.model !== 'conversation' && (limit.scope === 'workspace' || a.model === model),
  ).length;
  if (live >= limit.max) {
    const where = limit.scope === 'workspace' ? 'this workspace' : `${modelLabel(model)} data`;
    throw new ApiError(
      400,
      'parameter_invalid',
      `You have reached the limit of ${limit.max} custom data attributes in ${where}. Archive attributes you no longer use to make room.`,
    );
  }
}

export function createDataAttribute(ws: Workspace, input: NewDataAttribute): DataAttributeRecord {
  const now = ws.nowSeconds();
  const id = input.id ?? ws.nextId();
  if (input.id !== undefined) ws.reserveId(input.id);
  const record: DataAttributeRecord = {
    id,
    model: input.model,
    name: input.name,
    full_name: input.name,
    label: input.name,
    description: input.description ?? null,
    data_type: input.data_type,
    options: input.data_type === 'options' ? (input.options ?? []) : null,
    api_writable: true,
    ui_writable: false,
    messenger_writable: input.messenger_writable ?? false,
    custom: true,
    archived: input.archived ?? false,
    has_dependants: input.has_dependants ?? false,
    admin_id: input.admin_id ?? null,
    created_at: now,
    updated_at: now,
  };
  ws.state.data_attributes.push(record);
  ws.markChanged();
  return record;
}

export function findCustomAttribute(ws: Workspace, id: string | undefined): DataAttributeRecord | undefined {
  return id === undefined ? undefined : ws.state.data_attributes.find((a) => a.custom && a.id === id);
}
