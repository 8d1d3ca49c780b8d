import type { ConfigPath, Finding } from '../../config/parts/findings.js';
import { at, quote } from '../../config/parts/findings.js';
import { duplicateTexts } from '../../config/parts/duplicate-texts.js';
import { records, text, texts, type Loose, type RuleContext } from '../../config/parts/loose.js';
import { findNameClashes } from '../../config/parts/name-clashes.js';
import { sameName } from '../../plan/same-name.js';
import { ATTRIBUTE_FIELDS } from './fields.js';
import { ATTRIBUTE_DATA_TYPES, BUILT_IN_ATTRIBUTE_NAMES } from './schema.js';

/** The attributes of one ticket type: unique names, no built-ins, fields that depend on data_type. */
export function checkAttributes(type: Loose, typePath: ConfigPath, context: RuleContext): Finding[] {
  const path = [...typePath, 'attributes'];
  const attributes = records(type['attributes']);
  const findings = findNameClashes(attributes, path, { noun: 'attribute', key: 'name', previousKey: 'previous_names' }, context);
  for (const [i, attribute] of attributes) {
    const attributePath = [...path, i];
    findings.push(...checkBuiltInNames(attribute, attributePath), ...checkTypeSpecificFields(attribute, attributePath));
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
    const builtIn = BUILT_IN_ATTRIBUTE_NAMES.find((b) => name !== undefined && sameName(b, name));
    if (builtIn) {
      findings.push(at(namePath, `${quote(builtIn)} is a built-in attribute that Intercom adds to every ticket type; it cannot be declared or changed, so use another name`));
    }
  }
  return findings;
}

/** Computed once: the check runs for every attribute of a file, thousands in a large one. */
const TYPE_SPECIFIC_FIELDS = ATTRIBUTE_FIELDS.typeSpecific;

function checkTypeSpecificFields(attribute: Loose, path: ConfigPath): Finding[] {
  const dataType = text(attribute['data_type']);
  if (!dataType || !(ATTRIBUTE_DATA_TYPES as readonly string[]).includes(dataType)) return [];
  const findings: Finding[] = [];
  for (const [key, only] of TYPE_SPECIFIC_FIELDS) {
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
