/**
 * `input_options` of ticket type attributes: the request flags (`multiline`, `list_items`,
 * `allow_multiple_values`) become the response object. List option ids are GUIDs that
 * clients send as ticket values, so a label that survives an update keeps its id.
 */
import { randomUUID } from 'node:crypto';
import type { AttributeDataType, InputOptions, ListOption } from '../state.js';

export interface InputFlags {
  multiline?: boolean;
  list_items?: string[];
  allow_multiple_values?: boolean;
}

/** Splits Intercom's comma-delimited `list_items` into trimmed, non-empty labels. */
export function parseListItems(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** New options for `labels`, reusing the id of each label that already existed. */
export function buildListOptions(labels: string[], previous: ListOption[] = []): ListOption[] {
  const unused = new Map<string, string[]>();
  for (const option of previous) {
    const ids = unused.get(option.label) ?? [];
    ids.push(option.id);
    unused.set(option.label, ids);
  }
  return labels.map((label) => ({ label, id: unused.get(label)?.shift() ?? randomUUID() }));
}

export function initialInputOptions(dataType: AttributeDataType, flags: InputFlags): InputOptions {
  switch (dataType) {
    case 'string':
      return { multiline: flags.multiline ?? false };
    case 'list':
      return { list_options: buildListOptions(flags.list_items ?? []) };
    case 'files':
      return { allow_multiple_values: flags.allow_multiple_values ?? false };
    default:
      return null;
  }
}

/** Applies update flags; flags that do not fit the attribute's data type are ignored. */
export function updatedInputOptions(
  dataType: AttributeDataType,
  current: InputOptions,
  flags: InputFlags,
  listItems: 'replace' | 'append' = 'replace',
): InputOptions {
  if (dataType === 'string' && flags.multiline !== undefined) return { multiline: flags.multiline };
  if (dataType === 'list' && flags.list_items !== undefined) {
    const previous = current !== null && 'list_options' in current ? current.list_options : [];
    const labels = listItems === 'append' ? [...previous.map((o) => o.label), ...flags.list_items.filter((l) => !previous.some((o) => o.label === l))] : flags.list_items;
    return { list_options: buildListOptions(labels, previous) };
  }
  if (dataType === 'files' && flags.allow_multiple_values !== undefined) {
    return { allow_multiple_values: flags.allow_multiple_values };
  }
  return current;
}
