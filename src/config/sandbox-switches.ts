import * as z from 'zod';

/**
 * The sandbox's switches as the config file and `sandbox --switch` accept them: one per API
 * behaviour no public source settles, each with its values (the first is the default)
 * and what intercom-config does under each. The sandbox keeps its own list (it imports
 * nothing from the product); a test keeps the two the same.
 */
export const SWITCH_DOCS = {
  duplicate_names: {
    values: ['allow', 'reject'],
    about: 'Two ticket types, two attributes of one type, or two sibling collections with one name.',
    tool: 'Names identify objects, so intercom-config never creates a second one; it converges either way.',
  },
  empty_attribute_description: {
    values: ['accept', 'reject'],
    about: 'An attribute created or updated with `description: ""`.',
    tool: 'Intercom requires a description on create: a plan that would create an attribute without one, or clear one, stops with a located error before any write.',
  },
  list_items_on_update: {
    values: ['replace', 'append'],
    about: 'What an attribute update does with `list_items`: replaces the options, or only adds new ones.',
    tool: 'Under append, removing an option is reported as not applied by Intercom (exit 1); the next plan shows it as a manual step in Intercom.',
  },
  category_on_update: {
    values: ['change', 'keep'],
    about: 'Whether a ticket type update changes `category`, or silently keeps the old one.',
    tool: 'Under keep, the change is reported as not applied by Intercom (exit 1); the next plan shows it as a manual step.',
  },
  customer_is_internal: {
    values: ['honour', 'force-false'],
    about: 'Whether `is_internal: true` on a Customer ticket type is kept.',
    tool: 'Customer tickets are always shared with customers: `validate` refuses is_internal: true on a Customer type either way.',
  },
  child_help_center_id: {
    values: ['id', 'null'],
    about: 'Whether child collections carry their help center id, or null as in Intercom\'s own list example.',
    tool: 'A child belongs to its parent\'s help center (a top-level null is the default help center); it converges either way.',
  },
  name_vs_translation: {
    values: ['name-wins', 'translation-wins'],
    about: 'Which value stays when one collection write carries a name and a different default-locale translation.',
    tool: 'The name is the default locale\'s content, so intercom-config never sends that locale in translated_content; it converges either way.',
  },
  request_order: {
    values: ['in-order', 'shuffled'],
    about: 'Whether parallel requests are processed as they arrive, or each after a random delay.',
    tool: 'Writes that depend on each other wait for each other (attributes of one ticket type are created one by one, in config order); it converges either way.',
  },
  collection_pages_null: {
    values: ['single-page', 'always'],
    about: 'Whether collection listings send `pages: null` only when everything fits on one page, or always.',
    tool: 'Pages are followed until the distinct collections read reach total_count; a short listing is an error, never a plan to create duplicates.',
  },
  help_center_pages: {
    values: ['unpaged', 'paged'],
    about: 'Whether help centers come in one answer, or paged.',
    tool: 'Pages are followed when the answer is paged.',
  },
  icon_variation_selector: {
    values: ['kept', 'stripped'],
    about: 'Whether ticket type icons keep the emoji variation selector U+FE0F.',
    tool: 'Icons compare equal with and without U+FE0F; it converges either way.',
  },
  article_html: {
    values: ['verbatim', 'editor'],
    about: 'Whether article bodies are stored as sent, or rewritten the way Intercom\'s editor does (classes, heading ids, tag spellings, whitespace).',
    tool: 'Bodies compare by meaning (text, structure, links), never by bytes, so an article written once never shows as changed; it converges either way.',
  },
  data_attribute_limit: {
    values: ['workspace', 'model'],
    about: 'Whether the cap of 250 custom data attributes counts contact and company attributes together, or each model on its own.',
    tool: 'The plan counts them together (per model only when a workspace already holds more than 250 in all) and stops before the first create that would pass the limit.',
  },
} as const;

export type SwitchName = keyof typeof SWITCH_DOCS;

export const SWITCH_NAMES = Object.keys(SWITCH_DOCS) as SwitchName[];

/** `allow (default) | reject`. */
export function switchValues(name: SwitchName): string {
  const [first, ...rest] = SWITCH_DOCS[name].values;
  return [`${first} (default)`, ...rest].join(' | ');
}

/** `switches:` of a sandbox workspace. */
export const switchesSchema = z
  .strictObject(
    Object.fromEntries(
      SWITCH_NAMES.map((name) => {
        const doc = SWITCH_DOCS[name];
        const values = doc.values as unknown as [string, ...string[]];
        return [name, z.enum(values).optional().describe(`${doc.about} ${switchValues(name)}. ${doc.tool}`)];
      }),
    ) as { [N in SwitchName]: z.ZodOptional<z.ZodEnum<{ [V in (typeof SWITCH_DOCS)[N]['values'][number]]: V }>> },
  )
  .describe('Sandbox only: how the sandbox settles API behaviours no public source does. Each defaults to its first value.');

export type SandboxSwitchSettings = z.output<typeof switchesSchema>;
