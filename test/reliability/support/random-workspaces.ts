/**
 * fast-check arbitraries for the plan-convergence property: a random live workspace (as a
 * sandbox seed) and a random valid config over the same small name pools, so that
 * matches, renames, moves, archives and prunes all happen often.
 */
import fc from 'fast-check';
import type { AttributeDataType, DesiredAttribute, DesiredCollection, DesiredTicketType } from '../../../src/config/config-types.js';
import type { AttributeSeed, CollectionSeed, SandboxSeed, TicketTypeSeed } from '../../../src/sandbox/index.js';

const TYPE_NAMES = ['Bug', 'Question', 'Incident', 'Feature', 'Task'];
/** Each name has one data_type, so a matched attribute never changes type (that is refused). */
const ATTRIBUTE_TYPES: Record<string, AttributeDataType> = {
  Severity: 'list',
  Priority: 'list',
  Steps: 'string',
  Notes: 'string',
  Votes: 'integer',
  Count: 'integer',
  Amount: 'decimal',
  Urgent: 'boolean',
  Due: 'datetime',
  Files: 'files',
};
const ATTRIBUTE_NAMES = Object.keys(ATTRIBUTE_TYPES);
const COLLECTION_NAMES = ['Guides', 'Setup', 'Billing', 'FAQ', 'Security', 'Mobile', 'Teams', 'Reports', 'Privacy', 'API'];
const TEXTS = ['', 'Old text', 'New text', 'Ünïcödé ✓'];
const DESCRIPTIONS = TEXTS.filter((text) => text !== '');
const ITEMS = ['Low', 'Medium', 'High', 'Critical'];
const CATEGORIES = ['Customer', 'Back-office', 'Tracker'] as const;
const ICONS = ['🐞', '💡', '🎟️'];

/** A value, or (when `optional`) sometimes absent: absent fields are not managed. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Fields that only some data types take. */
function typeSpecific(dataType: AttributeDataType, optional: boolean) {
  const wrap = <T>(arb: fc.Arbitrary<T>) => (optional ? maybe(arb) : arb);
  if (dataType === 'list') return fc.record({ list_items: fc.subarray(ITEMS, { minLength: 1 }) });
  if (dataType === 'string') return fc.record({ multiline: wrap(fc.boolean()) });
  if (dataType === 'files') return fc.record({ allow_multiple_values: wrap(fc.boolean()) });
  return fc.constant({});
}

function attributeFields(dataType: AttributeDataType, optional: boolean) {
  const wrap = <T>(arb: fc.Arbitrary<T>) => (optional ? maybe(arb) : arb);
  return fc
    .tuple(
      fc.record({
        // Live attributes may have an empty description; a declared one always has a text
        // (an attribute is never created without one, nor cleared: that is refused).
        description: optional ? fc.constantFrom(...DESCRIPTIONS) : fc.constantFrom(...TEXTS),
        required_to_create: wrap(fc.boolean()),
        visible_on_create: wrap(fc.boolean()),
        visible_to_contacts: wrap(fc.boolean()),
        archived: wrap(fc.boolean()),
      }),
      typeSpecific(dataType, optional),
    )
    .map(([common, specific]) => withoutUndefined({ ...common, ...specific }));
}

const liveAttributes = fc
  .subarray(ATTRIBUTE_NAMES, { maxLength: 4 })
  .chain((names) => fc.tuple(...names.map((name) => attributeFields(ATTRIBUTE_TYPES[name]!, false).map((f): AttributeSeed => ({ name, data_type: ATTRIBUTE_TYPES[name]!, ...f })))));

const liveTypes: fc.Arbitrary<TicketTypeSeed[]> = fc.subarray(TYPE_NAMES, { maxLength: 4 }).chain((names) =>
  fc.tuple(
    ...names.map((name) =>
      fc
        .record({
          description: fc.constantFrom(...TEXTS),
          category: fc.constantFrom(...CATEGORIES),
          icon: fc.constantFrom(...ICONS),
          is_internal: fc.boolean(),
          archived: fc.boolean(),
          attributes: liveAttributes,
        })
        .map((fields): TicketTypeSeed => ({ name, ...fields })),
    ),
  ),
);

/** Unused names of the same data type as `name`: the only previous names that keep data_type. */
function renameCandidates(name: string, taken: readonly string[]): string[] {
  return ATTRIBUTE_NAMES.filter((n) => n !== name && ATTRIBUTE_TYPES[n] === ATTRIBUTE_TYPES[name] && !taken.includes(n));
}

const desiredAttributes: fc.Arbitrary<DesiredAttribute[]> = fc.subarray(ATTRIBUTE_NAMES, { maxLength: 4 }).chain((names) =>
  fc
    .tuple(...names.map((name) => fc.tuple(attributeFields(ATTRIBUTE_TYPES[name]!, true), fc.boolean())))
    .map((drawn) => {
      // Each unused name of the same data type is the previous name of at most one attribute.
      const claimed = new Set<string>();
      return drawn.map(([fields, rename], i): DesiredAttribute => {
        const name = names[i]!;
        const previous = rename ? renameCandidates(name, names).find((c) => !claimed.has(c)) : undefined;
        if (previous) claimed.add(previous);
        return { name, data_type: ATTRIBUTE_TYPES[name]!, ...fields, ...(previous ? { previous_names: [previous] } : {}) };
      });
    }),
);

const desiredTypes: fc.Arbitrary<DesiredTicketType[]> = fc.subarray(TYPE_NAMES, { maxLength: 4 }).chain((names) => {
  const free = TYPE_NAMES.filter((n) => !names.includes(n));
  return fc.tuple(
    ...names.map((name, index) =>
      fc
        .record({
          description: maybe(fc.constantFrom(...TEXTS)),
          // is_internal as each category allows it (the opposite is refused, see the test).
          internal: fc.constantFrom(...CATEGORIES, undefined).chain((category) =>
            fc.record({ category: fc.constant(category), is_internal: maybe(category === 'Back-office' ? fc.boolean() : fc.constant(category === 'Tracker')) }),
          ),
          icon: maybe(fc.constantFrom(...ICONS)),
          archived: maybe(fc.boolean()),
          rename: fc.boolean(),
          attributes: desiredAttributes,
        })
        .map(({ rename, internal, ...fields }): DesiredTicketType => {
          // Each unused name is the previous name of at most one type.
          const previous = rename ? free[index] : undefined;
          return withoutUndefined({ name, ...fields, ...internal, ...(previous ? { previous_names: [previous] } : {}) });
        }),
    ),
  );
});

/** A tree shape up to three levels deep; names are assigned afterwards, unique in the tree. */
interface Shape {
  description: string | undefined;
  french: string | undefined;
  children: Shape[];
}

function shapes(depth: number): fc.Arbitrary<Shape[]> {
  const node: fc.Arbitrary<Shape> = fc.record({
    description: maybe(fc.constantFrom(...TEXTS)),
    french: maybe(fc.constantFrom('Guides FR', 'Aide', 'Facturation')),
    children: depth < 3 ? fc.constant(null).chain(() => shapes(depth + 1)) : fc.constant([]),
  });
  return fc.array(node, { maxLength: depth === 1 ? 4 : 2 });
}

function nameTree<T>(forest: Shape[], names: string[], build: (shape: Shape, name: string, children: T[]) => T): T[] {
  const out: T[] = [];
  for (const shape of forest) {
    const name = names.shift();
    if (name === undefined) break;
    out.push(build(shape, name, nameTree(shape.children, names, build)));
  }
  return out;
}

const liveCollections: fc.Arbitrary<CollectionSeed[]> = fc
  .tuple(shapes(1), fc.shuffledSubarray(COLLECTION_NAMES, { minLength: COLLECTION_NAMES.length }))
  .map(([forest, names]) =>
    nameTree<CollectionSeed>(forest, names, (shape, name, children) =>
      withoutUndefined({
        name,
        description: shape.description,
        translated_content: shape.french ? { fr: { name: shape.french, description: '' } } : undefined,
        collections: children.length ? children : undefined,
      }),
    ),
  );

const desiredCollections: fc.Arbitrary<DesiredCollection[]> = fc
  .tuple(shapes(1), fc.shuffledSubarray(COLLECTION_NAMES, { minLength: COLLECTION_NAMES.length }))
  .map(([forest, names]) =>
    nameTree<DesiredCollection>(forest, names, (shape, name, children) =>
      withoutUndefined({
        name,
        description: shape.description,
        translated_content: shape.french ? { fr: { name: shape.french } } : undefined,
        collections: children.length ? children : undefined,
      }),
    ),
  );

export interface Scenario {
  live: SandboxSeed;
  desired: { ticket_types: DesiredTicketType[]; help_center: { collections: DesiredCollection[] } };
  /** `--prune --allow-delete`: archive and delete what the config does not list. */
  prune: boolean;
}

export const scenarios: fc.Arbitrary<Scenario> = fc.record({
  live: fc.record({ ticket_types: liveTypes, collections: liveCollections }),
  desired: fc.record({ ticket_types: desiredTypes, help_center: fc.record({ collections: desiredCollections }) }),
  prune: fc.boolean(),
});
