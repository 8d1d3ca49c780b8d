import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closestMatch, levenshtein } from '../../src/config/did-you-mean.js';

const KEYS = ['name', 'previous_names', 'description', 'data_type', 'list_items', 'multiline', 'required_to_create'];

describe('closestMatch', () => {
  test.each([
    ['nme', 'name'],
    ['descripton', 'description'],
    ['dataType', 'data_type'],
    ['list-items', 'list_items'],
    ['MultiLine', 'multiline'],
    ['previous_name', 'previous_names'],
    ['required_to_creat', 'required_to_create'],
  ])('%s → %s', (input, expected) => {
    expect(closestMatch(input, KEYS)).toBe(expected);
  });

  test.each(['colour', 'x', 'icon', 'archived_at'])('%s has no close match', (input) => {
    expect(closestMatch(input, KEYS)).toBeUndefined();
  });

  test('never suggests the input itself, and always one of the candidates', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (input) => {
        const guess = closestMatch(input, KEYS);
        if (guess !== undefined) {
          expect(KEYS).toContain(guess);
          expect(guess).not.toBe(input);
        }
      }),
    );
  });
});

describe('levenshtein', () => {
  test('counts single-character edits', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });

  test('is symmetric and bounded by the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        expect(levenshtein(a, b)).toBe(levenshtein(b, a));
        expect(levenshtein(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});
