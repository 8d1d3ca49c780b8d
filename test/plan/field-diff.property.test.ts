/**
 * Properties of the field differ, on random JSON-like records (pure, milliseconds):
 * what is not declared is never compared, equal records have no changes, each change
 * names the live and the declared value at its path, and applying the changes to the live
 * record leaves nothing to change.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffFields, isEqual, newFields } from '../../src/plan/field-diff.js';
import type { FieldChange } from '../../src/plan/plan-types.js';

const SEED = Number(process.env['FC_SEED'] ?? 20_250_101);
const RUNS = { seed: SEED, numRuns: 500 };

type Record_ = Record<string, unknown>;

/** Keys without dots, so a change's dotted path names one place. */
const key = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'name', 'fr', 'de'), minLength: 1, maxLength: 2 });
const scalar = fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; record: Record_ }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(scalar, { maxLength: 3 }), tie('record')),
  record: fc.dictionary(key, tie('value'), { maxKeys: 3 }),
})).value;
/** A top-level record; `undefined` marks a field left out of the config. */
const record = fc.dictionary(key, fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(undefined) }), { maxKeys: 5 });

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const part of path.split('.')) node = typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record_)[part] : undefined;
  return node;
}

/** The live record after the writes the changes describe. */
function applied(live: Record_, changes: FieldChange[]): Record_ {
  const out = structuredClone(live);
  for (const change of changes) {
    const parts = change.path.split('.');
    let node: Record_ = out;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
      node = node[part] as Record_;
    }
    node[parts.at(-1)!] = structuredClone(change.after);
  }
  return out;
}

const byPath = (changes: FieldChange[]) => [...changes].sort((a, b) => a.path.localeCompare(b.path));

describe('diffFields (property)', () => {
  test('a record compared with itself has no changes', () => {
    fc.assert(
      fc.property(record, (r) => {
        expect(diffFields(structuredClone(r), r)).toEqual([]);
      }),
      RUNS,
    );
  });

  test('only declared fields are compared: live-only and undefined fields never show up', () => {
    fc.assert(
      fc.property(record, record, (live, desired) => {
        for (const change of diffFields(live, desired)) {
          const top = change.path.split('.')[0]!;
          expect(desired[top]).not.toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  test('each change holds the live value before and the declared value after, and they differ', () => {
    fc.assert(
      fc.property(record, record, (live, desired) => {
        for (const change of diffFields(live, desired)) {
          expect(change.after).toEqual(valueAt(desired, change.path));
          if ('before' in change) expect(change.before).toEqual(valueAt(live, change.path));
          expect(isEqual(change.before, change.after)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  test('applying the changes converges: diffing again finds nothing', () => {
    const seen = { changes: 0, nested: 0 };
    fc.assert(
      fc.property(record, record, (live, desired) => {
        const changes = diffFields(live, desired);
        seen.changes += changes.length;
        seen.nested += changes.filter((c) => c.path.includes('.')).length;
        expect(diffFields(applied(live, changes), desired)).toEqual([]);
      }),
      RUNS,
    );
    // The records really differ, down to nested fields: the property is not vacuous.
    expect(seen.changes).toBeGreaterThan(RUNS.numRuns);
    expect(seen.nested).toBeGreaterThan(0);
  });

  test('against nothing live, the changes are the fields of a create', () => {
    fc.assert(
      fc.property(record, (desired) => {
        expect(byPath(diffFields({}, desired))).toEqual(byPath(newFields(desired)));
      }),
      RUNS,
    );
  });
});
