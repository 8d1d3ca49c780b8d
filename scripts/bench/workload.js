// @ts-check
/**
 * Generated workspaces for the benchmark: sandbox seeds of a given size, and configs that
 * match them exactly (from `exportResources`) or change a known number of objects.
 */
import { stringify } from 'yaml';

/**
 * Data types cycled through a ticket type's attributes, so every comparison path runs.
 * @type {Omit<import('../../src/sandbox/index.js').AttributeSeed, 'name'>[]}
 */
const ATTRIBUTE_KINDS = [
  { data_type: 'string' },
  { data_type: 'list', list_items: ['Low', 'Medium', 'High'] },
  { data_type: 'integer' },
  { data_type: 'decimal' },
  { data_type: 'boolean' },
  { data_type: 'datetime' },
  { data_type: 'files', allow_multiple_values: true },
  { data_type: 'string', multiline: true },
  { data_type: 'list', list_items: ['Web', 'iOS', 'Android', 'Desktop'] },
  { data_type: 'boolean', required_to_create: true },
];

const pad = (/** @type {number} */ n, width = 4) => String(n).padStart(width, '0');

/** @typedef {{ name: string; description: string; translated_content?: Record<string, { name: string; description: string }>; collections?: CollectionSeed[] }} CollectionSeed */

/**
 * `count` ticket types, each with `attributesPerType` attributes of mixed data types.
 * @param {number} count
 * @param {number} attributesPerType
 * @returns {import('../../src/sandbox/index.js').TicketTypeSeed[]}
 */
export function ticketTypeSeeds(count, attributesPerType) {
  return Array.from({ length: count }, (_, t) => ({
    name: `Type ${pad(t + 1)}`,
    description: `Requests of kind ${t + 1}`,
    category: /** @type {const} */ (['Customer', 'Back-office', 'Tracker'])[t % 3],
    icon: '🎟️',
    attributes: Array.from({ length: attributesPerType }, (_, a) => ({
      name: `Field ${pad(a + 1, 2)}`,
      description: `Field ${a + 1} of type ${t + 1}`,
      ...structuredClone(/** @type {(typeof ATTRIBUTE_KINDS)[number]} */ (ATTRIBUTE_KINDS[a % ATTRIBUTE_KINDS.length])),
    })),
  }));
}

/**
 * `count` collections in groups of ten, three levels deep (1 section, 3 topics, 6
 * sub-topics), with a French translation on every fourth one.
 * @param {number} count
 * @returns {CollectionSeed[]}
 */
export function collectionSeeds(count, prefix = 'Section') {
  /** @type {CollectionSeed[]} */
  const groups = [];
  let made = 0;
  const next = (/** @type {string} */ name) => {
    made += 1;
    /** @type {CollectionSeed} */
    const collection = { name, description: `About ${name.toLowerCase()}` };
    if (made % 4 === 0) collection.translated_content = { fr: { name: `${name} (fr)`, description: 'En français' } };
    return collection;
  };
  for (let g = 1; made < count; g += 1) {
    const section = next(`${prefix} ${pad(g)}`);
    groups.push(section);
    for (let t = 1; t <= 3 && made < count; t += 1) {
      const topic = next(`Topic ${g}.${t}`);
      (section.collections ??= []).push(topic);
      for (let s = 1; s <= 2 && made < count; s += 1) (topic.collections ??= []).push(next(`Sub-topic ${g}.${t}.${s}`));
    }
  }
  return groups;
}

/**
 * @param {import('./types.js').WorkloadSize} size
 * @returns {import('../../src/sandbox/index.js').SandboxSeed}
 */
export function seedFor({ ticketTypes = 0, attributesPerType = 0, collections = 0 }) {
  return { ticket_types: ticketTypeSeeds(ticketTypes, attributesPerType), collections: collectionSeeds(collections) };
}

/**
 * Objects a seed creates: types + attributes + collections (built-in attributes not counted).
 * @param {import('./types.js').WorkloadSize} size
 */
export function objectCount({ ticketTypes = 0, attributesPerType = 0, collections = 0 }) {
  return ticketTypes * (1 + attributesPerType) + collections;
}

/**
 * A config file for a workspace served at `url`, the token coming from INTERCOM_TOKEN.
 * @param {string} url
 * @param {object} resources
 */
export function configText(url, resources) {
  const head = { version: 1, api_version: '2.14', default_workspace: 'bench', workspaces: { bench: { url, token: '${INTERCOM_TOKEN}' } } };
  return stringify({ ...head, ...resources }, { lineWidth: 0, aliasDuplicateObjects: false });
}

/**
 * An in-memory config (as loadConfig would return it) holding `resources`.
 * @param {object} resources
 */
export function configObject(resources) {
  return { version: 1, api_version: '2.14', workspaces: { bench: { url: 'http://127.0.0.1:1' } }, ...resources };
}

/**
 * Visits every collection of an exported (nested) collection list.
 * @template {{ collections?: T[] | undefined }} T
 * @param {T[] | undefined} list
 * @param {(collection: T) => void} visit
 */
export function eachCollection(list, visit) {
  for (const collection of list ?? []) {
    visit(collection);
    eachCollection(collection.collections, visit);
  }
}
