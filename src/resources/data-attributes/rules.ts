import { duplicateTexts } from '../../config/parts/duplicate-texts.js';
import type { ConfigPath, Finding } from '../../config/parts/findings.js';
import { at, quote } from '../../config/parts/findings.js';
import { isRecord, lineOf, records, scopeOf, scopesOverlap, text, type Loose, type RuleContext } from '../../config/parts/loose.js';
import { findNameClashes } from '../../config/parts/name-clashes.js';
import { nameKey, sameName } from '../../plan/same-name.js';
import type { DeclaredObject } from '../kind.js';
import { BUILT_IN_NAMES, isShared, isWritable, listsConversationAttributes, SHARED_MODELS } from './models.js';
import { DATA_ATTRIBUTE_MODELS, DATA_ATTRIBUTE_TYPES, type DataAttributeModelName } from './schema.js';

/**
 * The characters Intercom accepts in a new attribute's name: its 2.14 refusal says
 * "alphanumeric characters, currency symbols, and hyphens", and its own examples use
 * spaces and underscores.
 */
const NAME_CHARACTERS = /^[\p{L}\p{N}\p{Sc} _-]+$/u;

/** Offline rules of `data_attributes:`, each located. */
export function checkDataAttributes(data: Loose, context: RuleContext): Finding[] {
  const section = data['data_attributes'];
  if (!isRecord(section)) return [];
  const findings: Finding[] = [];
  for (const model of DATA_ATTRIBUTE_MODELS) {
    const path: ConfigPath = ['data_attributes', model];
    const list = records(section[model]);
    const noun = `${model} attribute`;
    findings.push(...findNameClashes(list, path, { noun, key: 'name', previousKey: 'previous_names' }, context));
    for (const [i, attribute] of list) findings.push(...checkAttribute(model, attribute, [...path, i]));
  }
  findings.push(...checkSharedNames(section, context));
  const version = text(data['api_version']);
  if (section['conversation'] !== undefined && version !== undefined && !listsConversationAttributes(version)) {
    findings.push(
      at(
        ['data_attributes', 'conversation'],
        `API ${version} no longer lists conversation attributes under /data_attributes, and intercom-config does not read /conversations/attributes yet; use api_version "2.15" or older to verify them, or remove this key`,
        'key',
      ),
    );
  }
  return findings;
}

/** Every declared data attribute, for the `workspaces:` rules every kind shares. */
export function declaredDataAttributes(data: Loose): DeclaredObject[] {
  const section = data['data_attributes'];
  if (!isRecord(section)) return [];
  return DATA_ATTRIBUTE_MODELS.flatMap((model) =>
    records(section[model]).map(
      ([i, value]): DeclaredObject => ({ kind: 'data_attribute', path: ['data_attributes', model, i], value, namePath: [model, text(value['name']) ?? ''] }),
    ),
  );
}

function checkAttribute(model: DataAttributeModelName, attribute: Loose, path: ConfigPath): Finding[] {
  const findings: Finding[] = [];
  const name = text(attribute['name']);
  if (name !== undefined) {
    const builtIn = builtInOwner(model, name);
    if (builtIn !== undefined) {
      const shared = builtIn === model ? '' : `, and ${SHARED_MODELS.join(' and ')} attributes share one set of names`;
      findings.push(
        at([...path, 'name'], `${quote(name)} is one of Intercom's own ${builtIn} attributes${shared}; built-in attributes cannot be declared or changed, so use another name`),
      );
    } else if (isWritable(model) && !NAME_CHARACTERS.test(name)) {
      findings.push(
        at([...path, 'name'], `${quote(name)} cannot be an attribute name: Intercom accepts only letters, digits, spaces, underscores, hyphens and currency symbols`),
      );
    }
  }
  return [...findings, ...checkOptions(attribute, path)];
}

/** The model whose built-in attribute has this name (case aside), if any. */
function builtInOwner(model: DataAttributeModelName, name: string): DataAttributeModelName | undefined {
  const key = nameKey(name);
  const models = isShared(model) ? [model, ...SHARED_MODELS.filter((m) => m !== model)] : [model];
  return models.find((m) => BUILT_IN_NAMES[m].includes(key));
}

function checkOptions(attribute: Loose, path: ConfigPath): Finding[] {
  const dataType = text(attribute['data_type']);
  if (dataType === undefined || !(DATA_ATTRIBUTE_TYPES as readonly string[]).includes(dataType)) return [];
  const options = attribute['options'];
  if (dataType !== 'options') {
    return options === undefined
      ? []
      : [at([...path, 'options'], `\`options\` applies only to options attributes and this one is ${dataType}; remove it, or change data_type`, 'key')];
  }
  if (options === undefined) return [at(path, 'an options attribute needs `options` with at least two values, e.g. options: [free, pro]')];
  if (!Array.isArray(options)) return [];
  const findings = duplicateTexts(options, [...path, 'options'], 'option');
  if (options.length < 2) {
    findings.push(at([...path, 'options'], `an options attribute needs at least two options (Intercom refuses fewer); this one lists ${options.length}`));
  }
  return findings;
}

/**
 * Contact and company attributes share one set of names: Intercom refuses the second
 * of two, so a name declared under both (in a workspace where both exist) is refused here.
 */
function checkSharedNames(section: Loose, context: RuleContext): Finding[] {
  const entries = SHARED_MODELS.flatMap((model) =>
    records(section[model]).flatMap(([i, attribute]) => {
      const name = text(attribute['name']);
      return name === undefined ? [] : [{ model, name, path: ['data_attributes', model, i, 'name'], scope: scopeOf(attribute) }];
    }),
  );
  const findings: Finding[] = [];
  const contacts = entries.filter((e) => e.model === 'contact');
  for (const company of entries.filter((e) => e.model === 'company')) {
    const contact = contacts.find((c) => sameName(c.name, company.name) && scopesOverlap(c.scope, company.scope));
    if (!contact) continue;
    findings.push(
      at(
        company.path,
        `${quote(company.name)} is also declared as a contact attribute (line ${lineOf(context, contact.path)}); contact and company attributes share one set of names in Intercom, so the second could never be created. Rename one, or limit them to different workspaces`,
      ),
    );
  }
  return findings;
}
