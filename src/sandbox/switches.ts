/**
 * Switches: where no public source settles how Intercom behaves, the sandbox can behave
 * either way, so intercom-config is tested under each value. The first value of each is
 * the default and the sandbox's behaviour before the switch existed.
 */
import { SandboxError } from './sandbox-error.js';

export const SANDBOX_SWITCHES = {
  /** Ticket types, attributes of one type and sibling collections with one name (case-insensitive). */
  duplicate_names: ['allow', 'reject'],
  /** `description: ""` on attribute create and update. */
  empty_attribute_description: ['accept', 'reject'],
  /** `list_items` on an attribute update: the new list, or the old one plus new labels. */
  list_items_on_update: ['replace', 'append'],
  /** `category` on a ticket type update: changed, or silently kept. */
  category_on_update: ['change', 'keep'],
  /** `is_internal: true` on a Customer ticket type: honoured, or silently false. */
  customer_is_internal: ['honour', 'force-false'],
  /** `help_center_id` of a child collection in answers: the id, or null (as in Intercom's own example). */
  child_help_center_id: ['id', 'null'],
  /** A collection write whose name differs from its default-locale translation: which one wins. */
  name_vs_translation: ['name-wins', 'translation-wins'],
  /** Requests processed as they arrive, or each after a random delay (so parallel ones reorder). */
  request_order: ['in-order', 'shuffled'],
  /** `pages: null` in collection listings only when one page holds everything, or always. */
  collection_pages_null: ['single-page', 'always'],
  /** Help centers in one answer, or paged like collections, one per page. */
  help_center_pages: ['unpaged', 'paged'],
  /** Ticket type icons kept as sent, or with the emoji variation selector U+FE0F removed. */
  icon_variation_selector: ['kept', 'stripped'],
  /**
   * Article bodies stored as sent, or rewritten the way Intercom's editor does (classes,
   * heading ids, tag spellings, whitespace; model/editor-html.ts).
   */
  article_html: ['verbatim', 'editor'],
  /**
   * What the cap on live custom data attributes counts: contact and company together (the
   * literal "per workspace"), or each model on its own.
   */
  data_attribute_limit: ['workspace', 'model'],
} as const;

export type SwitchName = keyof typeof SANDBOX_SWITCHES;
export type SandboxSwitches = { -readonly [N in SwitchName]: (typeof SANDBOX_SWITCHES)[N][number] };

export const SWITCH_NAMES = Object.keys(SANDBOX_SWITCHES) as SwitchName[];

export function defaultSwitches(): SandboxSwitches {
  return Object.fromEntries(SWITCH_NAMES.map((name) => [name, SANDBOX_SWITCHES[name][0]])) as SandboxSwitches;
}

/** The defaults with `given` on top; an unknown switch or value is a SandboxError naming the choices. */
export function resolveSwitches(given: Partial<Record<string, string>> = {}): SandboxSwitches {
  const out = defaultSwitches() as Record<string, string>;
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(SANDBOX_SWITCHES, name)) {
      throw new SandboxError(`Unknown sandbox switch '${name}'`, { hint: `Switches: ${SWITCH_NAMES.join(', ')}.` });
    }
    const values: readonly string[] = SANDBOX_SWITCHES[name as SwitchName];
    if (!values.includes(value)) {
      throw new SandboxError(`Sandbox switch ${name} cannot be '${value}'`, { hint: `Use one of: ${values.join(', ')}.` });
    }
    out[name] = value;
  }
  return out as SandboxSwitches;
}

/** A small seeded generator (mulberry32): the same seed gives the same delays on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Most event-loop turns a shuffled request waits; parallel requests arrive within a few turns. */
const MAX_SHUFFLE_TURNS = 64;

/**
 * What `request_order: shuffled` waits before processing a request: a random number of
 * event-loop turns, never wall-clock time, so tests stay fast and need no timers.
 */
export function shuffleDelay(random: () => number): () => Promise<void> {
  return async () => {
    const turns = Math.floor(random() * MAX_SHUFFLE_TURNS);
    for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  };
}
