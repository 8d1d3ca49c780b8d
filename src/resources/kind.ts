/**
 * One resource kind, one module. A kind owns everything about its objects: its section of
 * the config file, the rules that section must follow, which listings it reads, how
 * declared objects match live ones, what differs, the request for each change, how a
 * lost create is found again, export, and what a saved plan fingerprints. The engine
 * loops over the registry (`registry.ts`) and never names a kind.
 */
import type * as z from 'zod';
import type { IntercomApi } from '../client/live-types.js';
import type { ConfigPath, Finding } from '../config/parts/findings.js';
import type { Loose, RuleContext } from '../config/parts/loose.js';
import type { PlanIssues } from '../plan/plan-issues.js';
import type { ChangeBase, IdRef, OperationBase, PlanNote, PlanOptions, UnappliedField } from '../plan/plan-types.js';
import type { LiveFamily, LiveState } from './live-families.js';

/** What a write needs: the API, and the ids of objects created earlier in the same apply. */
export interface WriteContext {
  api: IntercomApi;
  /** The id of a live object, or of an object created earlier in this apply. */
  resolve(ref: IdRef): string;
  /**
   * Intercom's answer to an earlier write of this apply, by the change's address; undefined
   * when it gave none (a create recovered by re-reading). Articles read a new article's URL here.
   */
  answerOf(address: string): object | undefined;
}

/** One write's outcome: the id written and Intercom's answer, the object as it now is (none for a delete). */
export interface Written {
  id: string;
  answer?: object;
  /** The body as sent, when the write filled in more than the plan holds (links to objects created in this apply). */
  sent?: object;
}

export type OperationOf<C extends ChangeBase> = NonNullable<C['operation']>;

/** One write per operation type; a kind that forgets one does not compile. */
export type WriteMap<Op extends OperationBase> = {
  [T in Op['type']]: (operation: Extract<Op, { type: T }>, ctx: WriteContext) => Promise<Written>;
};

/**
 * What every kind of change in a plan provides — a child kind (attributes, planned by
 * their ticket type) included: how its changes are named, described, written, recovered
 * after a lost answer, and fingerprinted.
 */
export interface ChangeKindModule<C extends ChangeBase = ChangeBase> {
  /** The `kind` of its changes, as plan JSON names it. */
  readonly name: C['kind'];
  /** Change fields (besides name and id) that say which object it is about, in plan JSON order. */
  readonly identity: readonly Exclude<keyof C, keyof ChangeBase>[];
  /** The one-line title every renderer shows, e.g. `ticket type "Bug report"`. */
  describe(change: C): string;
  readonly writes: WriteMap<OperationOf<C>>;
  /**
   * The managed fields, as `kit/managed-fields.ts` declares them: every write's answer is
   * read through them to check that Intercom applied what was sent (src/apply/verify-answer.ts).
   */
  readonly fields: AnswerFields;
  /**
   * Only for kinds whose plan shows fields in another form than the request carries them
   * (article bodies as Markdown): the fields of a write its answer does not show as sent.
   */
  unapplied?(change: C, written: Written): UnappliedField[];
  /** Where in Intercom's UI a person changes this object, for what the API cannot change. */
  whereInIntercom(change: C): string;
  /**
   * The names that identify a change's object, top-down (`["Bug report", "Severity"]` for
   * an attribute): what `ignore:` patterns and selectors match (src/plan/name-glob.ts).
   */
  namePath(change: C): string[];
  /**
   * The kind whose objects hold this kind's by name: each name path begins with its
   * holder's (`ticket_type` for attributes, `collection` for articles and collections).
   */
  readonly heldBy?: string;
  /** Shorter names `--target` and `--exclude` accept for this kind besides `name` (`attribute`). */
  readonly aliases?: readonly string[];
  /** How `ignore:` names objects of this kind; a kind without it cannot be ignored. */
  readonly ignore?: IgnoreSpec;
  /**
   * Where the objects its creates make live, so apply can look for them by name (Intercom
   * has no lock and no idempotency keys): absent only for a kind that never creates.
   */
  readonly created?: CreatedObjects<C>;
  /** Each live object its changes can touch, by id, as a saved plan hashes it (no timestamps). */
  liveObjects(live: LiveState): Iterable<readonly [id: string, object: unknown]>;
}

/** A live object as the checks around a create see it. */
export interface LiveNamed {
  id: string;
  name: string;
  archived: boolean;
}

/**
 * How apply finds the object a create makes by its name, at its place: just before the
 * create is sent (another apply may have made one since the plan), after a lost answer
 * (find out whether it happened before sending it again), and after the apply (a duplicate
 * a concurrent run made at the same moment). The checks themselves are the apply's
 * (src/apply/create-checks.ts); a kind only says where to look and how to undo.
 */
export interface CreatedObjects<C extends ChangeBase> {
  /** The listings holding the objects a create of `change` could clash with. */
  families(change: C): readonly LiveFamily[];
  /**
   * Live objects at the create's place bearing its name as Intercom compares names
   * (src/plan/same-name.ts), archived ones included. `ctx` resolves ids created earlier.
   */
  sameName(change: C, live: LiveState, ctx: WriteContext): readonly LiveNamed[];
  /**
   * How a duplicate this apply made is undone: `archive` (under another name, where the
   * kind can be renamed: reversible, so always done) or `delete` (only with --allow-delete).
   */
  readonly undo: 'archive' | 'delete';
  /** Undoes the duplicate `object`, which this apply created; throws when it cannot (the report then says why). */
  undoDuplicate(change: C, object: LiveNamed, ctx: UndoContext): Promise<Undone>;
  /** The API call that undoes it, for a report that leaves it to a person, e.g. `DELETE /articles/42`. */
  undoRequest(change: C, object: LiveNamed, ctx: UndoContext): string;
}

/** What undoing a duplicate may look at besides the API. */
export interface UndoContext extends WriteContext {
  /** The listings read after the apply (those the kind's `families` name). */
  live: LiveState;
  /** Ids of every object this apply created: only those may go with the duplicate. */
  createdHere: ReadonlySet<string>;
  /** What an archived duplicate is renamed to, so that it no longer matches. */
  renamed(object: LiveNamed): string;
}

export interface Undone {
  /** What was done, for the report: `archived it and renamed it "Bug (duplicate 42)"`. */
  done: string;
  /** Other objects of this apply that went with it (the contents of a deleted collection). */
  removed: readonly string[];
}

/** A kind's part of the `ignore:` section. */
export interface IgnoreSpec {
  /** Its key under `ignore:`, e.g. `ticket_types`. */
  readonly key: string;
  /** What one object is called in messages, e.g. `ticket type`. */
  readonly noun: string;
  /** How a pattern is written, with an example, for the schema description. */
  readonly patterns: string;
  /** Segments of every name path of this kind; absent for trees of any depth. */
  readonly depth?: number;
  /** Every live object of this kind, with its id and name path. */
  liveNames(live: LiveState): Iterable<LiveName>;
}

export interface LiveName {
  id: string;
  path: string[];
}

/** Which objects `ignore:` puts out of reach, by kind name and name path. */
export interface IgnoreCheck {
  ignores(kind: string, path: readonly string[]): boolean;
}

/** How a write's answer is read back: a `ManagedFields` declaration fits. */
export interface AnswerFields {
  /** The answer (a live object) as the config would write it. */
  live(object: never): Record<string, unknown>;
  /** Whether two values of a field (a dotted path) are the same to Intercom. */
  same(path: string, a: unknown, b: unknown): boolean;
}

/** Everything a kind's planner may look at besides the config. Planners are pure. */
export interface KindPlanContext {
  workspace: string;
  /** The Intercom-Version the workspace is read and written with. */
  apiVersion: string;
  live: LiveState;
  options: PlanOptions;
  issues: PlanIssues;
  /** What the plan should say besides its changes. */
  notes: PlanNote[];
  /** Objects the config's `ignore:` puts out of reach: never matched, changed, archived or deleted. */
  ignore: IgnoreCheck;
  /** Changes planned by kinds earlier in the registry (an article finds the create of its collection). */
  planned: readonly ChangeBase[];
  /**
   * Makes the change at `address` wait for `prerequisite`, whichever kind planned either
   * (a collection delete waits for the articles leaving it). Applied once every kind has planned.
   */
  order(address: string, prerequisite: string): void;
}

/** A declared object found in the raw file, for the rules every kind shares (`workspaces:`, `ignore:`). */
export interface DeclaredObject {
  /** The kind of change it would be planned as (`ticket_type_attribute` for an attribute). */
  kind: string;
  path: ConfigPath;
  value: Loose;
  /** The object this one is declared inside (attribute → ticket type, sub-collection → collection). */
  parent?: { object: DeclaredObject; noun: string };
  /**
   * Its name path (what `ignore:` patterns match), when that is not its parent's path
   * plus its `name` — e.g. `[model, name]` for a data attribute.
   */
  namePath?: string[];
}

/** The part of the config a section shape describes, e.g. `{ ticket_types?: DesiredTicketType[] }`. */
export type SectionOf<Shape extends z.ZodRawShape> = z.output<z.ZodObject<Shape>>;

/**
 * A top-level kind: a `ChangeKindModule` that also has a section in the config file.
 * `C` is its own changes; `Child` the changes of the kinds it plans inside its objects.
 */
export interface ResourceKind<Shape extends z.ZodRawShape, C extends ChangeBase, Child extends ChangeBase = never>
  extends ChangeKindModule<C> {
  /**
   * Top-level keys this kind adds to the config file, with their zod schemas; the types
   * of declared objects are inferred from them. Two kinds may share a key whose schema is
   * an optional object (`help_center:`): their keys are merged.
   */
  readonly section: Shape;
  /** Kinds planned inside this kind's objects, in plan order. */
  readonly children: readonly ChangeKindModule<Child>[];
  /** Rules that compare values (duplicates, references, Intercom limits), run on the raw file. */
  rules(data: Loose, context: RuleContext): Finding[];
  /** Every object of this kind and its children declared in the raw file. */
  declaredObjects(data: Loose): DeclaredObject[];
  /** The listings to read for this config; none when the file does not mention the kind. */
  reads(config: SectionOf<Shape>): readonly LiveFamily[];
  /** The changes that make the workspace match, children's included, in execution-friendly order. */
  plan(config: SectionOf<Shape>, ctx: KindPlanContext): (C | Child)[];
  /** The live objects as config, deterministic, without ignored ones; nothing when its listings were not read. */
  export(live: LiveState, options?: ExportOptions): SectionOf<Shape>;
  /** How many objects the file declares, by a plural name per kind (`ticket_types`, `attributes`). */
  count(config: SectionOf<Shape>): Record<string, number>;
  /**
   * Only for kinds whose config points at other files (article bodies): reads them, relative
   * to the config file's directory, into the validated section, and checks what needs their
   * text. Runs while loading, before any request; problems are located findings.
   */
  readFiles?(config: SectionOf<Shape>, context: FileContext): Promise<Finding[]>;
}

/** How a kind exports. */
export interface ExportOptions {
  /** Objects `ignore:` keeps out of reach are left out. */
  ignore?: IgnoreCheck;
  /** Each article body gets a file name (see `export --articles-dir`). */
  articleFiles?: boolean;
}

/** Where a kind's files are read from, and how config values are located for messages. */
export interface FileContext {
  /** Absolute directory of the config file. */
  dir: string;
  /** The config file as given (for messages about it). */
  file: string;
  /** Reads a file (absolute path) as UTF-8 text; throws FileReadError. */
  read(path: string): Promise<string>;
}
