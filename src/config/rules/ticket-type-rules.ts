import { BUILT_IN_ATTRIBUTE_NAMES } from '../api-versions.js';
import { ATTRIBUTE_DATA_TYPES, type AttributeDataType } from '../config-types.js';
import type { ConfigPath, Finding } from '../findings.js';
import { at, quote } from '../findings.js';
import { duplicateTexts } from './duplicate-texts.js';
import { findNameClashes } from './name-clashes.js';
import { records, scopeOf, text, texts, type Loose, type RuleContext } from './loose.js';
import { checkScopeWithinParent } from './scope-rules.js';

/** Ticket types and their attributes: unique names, built-ins, fields that depend on data_type. */
export function checkTicketTypes(data: Loose, context: RuleContext): Finding[] {
  const types = records(data['ticket_types']);
  const findings = findNameClashes(types, ['ticket_types'], { noun: 'ticket type', key: 'name', previousKey: 'previous_names' }, context);
  for (const [index, type] of types) {
    const path: ConfigPath = ['ticket_types', index];
    const attributes = records(type['attributes']);
    findings.push(
      ...findNameClashes(attributes, [...path, 'attributes'], { noun: 'attribute', key: 'name', previousKey: 'previous_names' }, context),
      ...duplicateTexts(type['states'], [...path, 'states'], 'state'),
    );
    for (const [i, attribute] of attributes) {
      const attributePath = [...path, 'attributes', i];
      findings.push(
        ...checkBuiltInNames(attribute, attributePath),
        ...checkTypeSpecificFields(attribute, attributePath),
        ...checkScopeWithinParent(scopeOf(attribute), scopeOf(type), [...attributePath, 'workspaces'], 'ticket type'),
      );
    }
  }
  return findings;
}

function checkBuiltInNames(attribute: Loose, path: ConfigPath): Finding[] {
  const findings: Finding[] = [];
  const names: Array<[ConfigPath, string | undefined]> = [
    [[...path, 'name'], text(attribute['name'])],
    ...texts(attribute['previous_names']).map(([i, n]): [ConfigPath, string] => [[...path, 'previous_names', i], n]),
  ];
  for (const [namePath, name] of names) {
    const builtIn = BUILT_IN_ATTRIBUTE_NAMES.find((b) => b === name?.toLowerCase());
    if (builtIn) {
      findings.push(at(namePath, `${quote(builtIn)} is a built-in attribute that Intercom adds to every ticket type; it cannot be declared or changed, so use another name`));
    }
  }
  return findings;
}

const ONLY_FOR: Array<[key: string, dataType: AttributeDataType]> = [
  ['list_items', 'list'],
  ['multiline', 'string'],
  ['allow_multiple_values', 'files'],
];

function checkTypeSpecificFields(attribute: Loose, path: ConfigPath): Finding[] {
  const dataType = text(attribute['data_type']);
  if (!dataType || !(ATTRIBUTE_DATA_TYPES as readonly string[]).includes(dataType)) return [];
  const findings: Finding[] = [];
  for (const [key, only] of ONLY_FOR) {
    if (attribute[key] !== undefined && dataType !== only) {
      findings.push(at([...path, key], `\`${key}\` applies only to ${only} attributes and this one is ${dataType}; remove it, or change data_type`, 'key'));
    }
  }
  if (dataType === 'list') findings.push(...checkListItems(attribute, path));
  return findings;
}

function checkListItems(attribute: Loose, path: ConfigPath): Finding[] {
  const items = attribute['list_items'];
  if (items === undefined) {
    return [at(path, 'a list attribute needs `list_items` with its options, e.g. list_items: [Low, Medium, High]')];
  }
  if (!Array.isArray(items)) return [];
  if (items.length === 0) return [at([...path, 'list_items'], 'a list attribute needs at least one option')];
  const findings = duplicateTexts(items, [...path, 'list_items'], 'option');
  for (const [i, item] of texts(items)) {
    if (item.includes(',')) {
      findings.push(at([...path, 'list_items', i], `option ${quote(item)} contains a comma; Intercom receives the options as one comma-separated text, so it would become several options. Remove the comma`));
    }
  }
  return findings;
}
