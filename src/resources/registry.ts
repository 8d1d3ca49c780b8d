/**
 * Every resource kind, in plan order. Config schema composition, scope checks, live reads,
 * planning, fingerprints, export, workspace diff, counts and apply all loop over this
 * list; adding a kind is one folder under src/resources/ and one line here (see
 * CONTRIBUTING.md). `test/resources/registry.test.ts` proves every consumer covers every kind.
 */
import type { ChangeBase } from '../plan/plan-types.js';
import type { ChangeKindModule, OperationOf, ResourceKind, WriteContext, Written } from './kind.js';
import { articleKind } from './articles/kind.js';
import { collectionKind } from './collections/kind.js';
import { dataAttributeKind } from './data-attributes/kind.js';
import { ticketStateKind } from './ticket-states/kind.js';
import { ticketTypeKind } from './ticket-types/kind.js';

/**
 * Plan order: ticket states, then ticket types (each followed by its attributes), data
 * attributes, then collections, then articles (which find the collections they go into
 * among the collection changes).
 */
export const KINDS = [ticketStateKind, ticketTypeKind, dataAttributeKind, collectionKind, articleKind] as const;

export type RegisteredKind = (typeof KINDS)[number];

/** The top-level config keys the kinds declare (`ticket_types`, `help_center`, …). */
export type SectionKey<K = RegisteredKind> = K extends { section: infer S } ? keyof S & string : never;

type ChangesOf<K> = K extends ResourceKind<infer _Shape, infer C, infer Child> ? C | Child : never;

/** One planned change, discriminated by `kind`. */
export type Change = ChangesOf<RegisteredKind>;
export type ChangeKind = Change['kind'];
/** What apply sends for one change: exactly one write. */
export type Operation = OperationOf<Change>;

type Module = RegisteredKind | RegisteredKind['children'][number];

/** Every kind a plan can contain: each registered kind, then the kinds it plans inside. */
export const CHANGE_KIND_MODULES: readonly Module[] = KINDS.flatMap((kind): Module[] => [kind, ...kind.children]);

export const CHANGE_KINDS: readonly ChangeKind[] = CHANGE_KIND_MODULES.map((module) => module.name);

const BY_NAME = new Map<string, Module>(CHANGE_KIND_MODULES.map((module) => [module.name, module]));

/**
 * The module of a change's kind. Modules are looked up by `change.kind` (and writes by
 * `operation.type`), so each one only ever sees its own changes: this file is the one
 * place where the differently typed modules are seen through a single type.
 */
export function kindOf<C extends Change>(change: C): ChangeKindModule<C> {
  return BY_NAME.get(change.kind) as unknown as ChangeKindModule<C>;
}

/** The write for a change's operation (by `operation.type`), or undefined for a change that is never sent. */
export function writeOf(change: Change): ((ctx: WriteContext) => Promise<Written>) | undefined {
  const operation = change.operation;
  if (operation === undefined) return undefined;
  const writes = kindOf(change).writes as unknown as Record<string, (op: ChangeBase['operation'], ctx: WriteContext) => Promise<Written>>;
  const write = writes[operation.type];
  return write && ((ctx) => write(operation, ctx));
}
