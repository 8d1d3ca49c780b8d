import { diffFields, isEqual } from '../../plan/field-diff.js';
import type { FieldChange } from '../../plan/plan-types.js';

/** How one managed field reads live and travels on the wire. */
export interface FieldSpec<L, V> {
  /** The live value as the config would write it; default: the live field of the same name. */
  live?: (object: L) => unknown;
  /** Only objects of this `data_type` have the field (e.g. `list_items` on list attributes). */
  onlyFor?: string;
  /** What a live object the field applies to holds when Intercom leaves the field out. */
  liveDefault?: unknown;
  /** How a request body carries the value, when not as written (e.g. options as one text). */
  wire?: (value: NonNullable<V>) => unknown;
  /** The form two values are compared in, when spellings Intercom treats alike must match. */
  comparable?: (value: unknown) => unknown;
}

/**
 * A kind's managed fields, declared once as data. Diffing, request bodies and export all
 * read them from here, so a field is added (or its defaulting changed) in one place. A
 * field left out of the config (undefined) is never compared or sent.
 */
export class ManagedFields<D, L, W, K extends keyof D & string> {
  readonly names: readonly K[];

  constructor(private readonly specs: { [P in K]: FieldSpec<L, D[P]> }) {
    this.names = Object.keys(specs) as K[];
  }

  /** The declared values, in field order (undefined: not managed). */
  desired(declared: D): Record<K, unknown> {
    const out = {} as Record<K, unknown>;
    for (const name of this.names) out[name] = declared[name];
    return out;
  }

  /** A live object as the config would declare it, defaults filled in, in field order. */
  live(object: L): Record<K, unknown> {
    const out = {} as Record<K, unknown>;
    for (const name of this.names) {
      const spec = this.specs[name];
      const value = spec.live ? spec.live(object) : (object as Record<string, unknown>)[name];
      out[name] = value === undefined && this.appliesTo(name, object) ? spec.liveDefault : value;
    }
    return out;
  }

  /** The fields a live object of its data_type has, as config would write them (for export). */
  exported(object: L): Partial<Record<K, unknown>> {
    const live = this.live(object);
    const out: Partial<Record<K, unknown>> = {};
    for (const name of this.names) {
      if (this.appliesTo(name, object) && live[name] !== undefined) out[name] = live[name];
    }
    return out;
  }

  /**
   * The changes that make a live object (as `live()` gives it) match the desired values:
   * field diffs, minus values that differ only in a spelling Intercom treats alike.
   */
  changes(live: Record<string, unknown>, desired: Record<string, unknown>): FieldChange[] {
    return diffFields(live, desired).filter((f) => !this.same(f.path, f.before, f.after));
  }

  /** Whether two values of a field (a dotted path below a managed field) are the same to Intercom. */
  same(path: string, a: unknown, b: unknown): boolean {
    const spec = (this.specs as Record<string, FieldSpec<L, unknown> | undefined>)[path];
    return spec?.comparable ? isEqual(spec.comparable(a), spec.comparable(b)) : isEqual(a, b);
  }

  /** Fields that apply only to one data_type, with that data_type. */
  get typeSpecific(): [K, string][] {
    return this.names.flatMap((name): [K, string][] => {
      const only = this.specs[name].onlyFor;
      return only === undefined ? [] : [[name, only]];
    });
  }

  /** A request body of the defined values, each as the API takes it. */
  body(values: Partial<Record<string, unknown>>): W {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(values)) if (value !== undefined) out[name] = this.toWire(name, value);
    return out as W;
  }

  /** An update body: only the changed fields, with their new values. */
  bodyOf(fields: readonly FieldChange[]): W {
    return Object.fromEntries(fields.map((f) => [f.path, this.toWire(f.path, f.after)])) as W;
  }

  private toWire(name: string, value: unknown): unknown {
    const spec = (this.specs as Record<string, FieldSpec<L, unknown> | undefined>)[name];
    return spec?.wire && value !== undefined && value !== null ? spec.wire(value) : value;
  }

  private appliesTo(name: K, object: L): boolean {
    const only = this.specs[name].onlyFor;
    return only === undefined || (object as { data_type?: unknown }).data_type === only;
  }
}

/**
 * `managedFields<Declared, Live, Body>()({ name: {}, … })`: field names are checked against
 * the declared type; bodies are typed as the request body `Body`.
 */
export function managedFields<D, L, W = Record<string, unknown>>() {
  return <const K extends keyof D & string>(specs: { [P in K]: FieldSpec<L, D[P]> }) => new ManagedFields<D, L, W, K>(specs);
}
