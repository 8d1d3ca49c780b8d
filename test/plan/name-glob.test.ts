import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exactPattern, parseNameGlob, parseSelector, selectorMatches, type NameGlob } from '../../src/plan/name-glob.js';

function glob(pattern: string): NameGlob {
  const parsed = parseNameGlob(pattern);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

describe('name globs', () => {
  test.each([
    ['Customer Request*', ['Customer Request'], true],
    ['Customer Request*', ['Customer Requests (old)'], true],
    ['Customer Request*', ['A Customer Request'], false],
    ['Customer Request*', ['Customer Request', 'Severity'], false],
    ['Bug report/Internal*', ['Bug report', 'Internal notes'], true],
    ['Bug report/Internal*', ['Bug report'], false],
    ['*/Severity', ['Bug report', 'Severity'], true],
    ['Bug?', ['Bugs'], true],
    ['Bug?', ['Bug'], false],
    ['Legacy/**', ['Legacy'], true],
    ['Legacy/**', ['Legacy', 'Old', 'Older'], true],
    ['Legacy/**', ['Legacies'], false],
    ['**/Drafts', ['Drafts'], true],
    ['**/Drafts', ['Guides', 'Setup', 'Drafts'], true],
    ['Guides/**/Old', ['Guides', 'Old'], true],
    ['Guides/**/Old', ['Guides', 'A', 'B', 'Old'], true],
    ['Guides/**/Old', ['Guides', 'A', 'Older'], false],
    ['**', ['anything', 'at', 'all'], true],
    ['Q&A \\/ FAQ', ['Q&A / FAQ'], true],
    ['Q&A \\/ FAQ', ['Q&A ', ' FAQ'], false],
    ['Price \\*', ['Price *'], true],
    ['Price \\*', ['Price tag'], false],
    ['a.b(c)', ['a.b(c)'], true],
    ['a.b(c)', ['aXb(c)'], false],
    // Names compare as Intercom compares them (issue 12 item 13): case and Unicode form aside.
    ['bug', ['Bug'], true],
    ['BUG REPORT/sev*', ['Bug report', 'Severity'], true],
    ['Caf\u00e9*', ['Cafe\u0301 menu'], true],
    ['cafe\u0301', ['CAF\u00c9'], true],
    ['\u039f\u0394\u039f\u03a3', ['\u03bf\u03b4\u03bf\u03c3'], true],
    ['bug', ['Bugs'], false],
  ] as const)('%s on %j → %s', (pattern, path, expected) => {
    expect(glob(pattern).matches(path)).toBe(expected);
  });

  test('how many segments a pattern can match, for kinds with a fixed depth', () => {
    expect(glob('Bug report/Internal*')).toMatchObject({ minSegments: 2, maxSegments: 2 });
    expect(glob('Legacy/**')).toMatchObject({ minSegments: 1, maxSegments: Number.POSITIVE_INFINITY });
  });

  test.each([
    ['', /cannot be empty/],
    ['/Guides', /empty name/],
    ['Guides/', /empty name/],
    ['Guides//Setup', /empty name/],
    ['Legacy**', /"\*\*" must be a whole segment/],
  ])('%j is refused: %s', (pattern, message) => {
    const parsed = parseNameGlob(pattern);
    expect('error' in parsed && parsed.error).toMatch(message);
  });

  test('a pattern without wildcards matches exactly its own path (property)', () => {
    const name = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/[*?\\/]/.test(s));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), fc.array(name, { minLength: 1, maxLength: 4 }), (a, b) => {
        const g = glob(a.join('/'));
        expect(g.matches(a)).toBe(true);
        expect(g.matches(b)).toBe(a.length === b.length && a.every((x, i) => x === b[i]));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  test('a long path against a pattern with several ** stays fast (memoised)', () => {
    const path = Array.from({ length: 200 }, (_, i) => `n${i}`);
    expect(glob('**/**/**/**/x').matches(path)).toBe(false);
  });
});

describe('selectors (kind:pattern), for --target and --exclude', () => {
  const kinds = ['ticket_type', 'ticket_type_attribute', 'collection'];

  test('match on kind and name path', () => {
    const parsed = parseSelector('collection:Guides/**', kinds);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(selectorMatches(parsed, 'collection', ['Guides', 'Setup'])).toBe(true);
    expect(selectorMatches(parsed, 'ticket_type', ['Guides'])).toBe(false);
    const attribute = parseSelector('ticket_type_attribute:Bug report/Severity', kinds);
    expect('error' in attribute || selectorMatches(attribute, 'ticket_type_attribute', ['Bug report', 'Severity'])).toBe(true);
  });

  test('a missing or unknown kind, or a bad pattern, is a message', () => {
    expect(parseSelector('Bug*', kinds)).toEqual({ error: '"Bug*" names no kind; write kind:pattern, e.g. ticket_type:Name*' });
    expect(parseSelector('ticket:Bug*', kinds)).toEqual({ error: '"ticket" is not a kind; kinds are ticket_type, ticket_type_attribute, collection' });
    expect(parseSelector('collection:Guides//x', kinds)).toMatchObject({ error: expect.stringMatching(/empty name/) });
  });

  test('an alias names a kind, and an unknown kind gets the suggestion it is given', () => {
    const options = { aliases: { attribute: 'ticket_type_attribute' }, suggest: (kind: string) => (kind === 'tickettype' ? 'ticket_type' : undefined) };
    expect(parseSelector('attribute:Bug report/Severity', kinds, options)).toMatchObject({ kind: 'ticket_type_attribute', text: 'attribute:Bug report/Severity' });
    expect(parseSelector('tickettype:Bug*', kinds, options)).toEqual({
      error: '"tickettype" is not a kind; did you mean ticket_type? kinds are ticket_type, ticket_type_attribute (or attribute), collection',
    });
    // Own keys only: a name Object.prototype has is not an alias.
    expect(parseSelector('toString:x', kinds, options)).toMatchObject({ error: expect.stringMatching(/is not a kind/) });
  });

  test('exactPattern matches exactly the path it was made from, whatever its names hold', () => {
    for (const path of [['Bug report'], ['Guides', 'a/b', 'x*y?'], ['back\\slash', '**']]) {
      const glob = parseNameGlob(exactPattern(path));
      if ('error' in glob) throw new Error(glob.error);
      expect(glob.matches(path)).toBe(true);
      expect(glob.matches([...path.slice(0, -1), `${path.at(-1)}x`])).toBe(false);
    }
    expect(exactPattern(['Guides', 'a/b'])).toBe('Guides/a\\/b');
  });

  test('a pattern made to backtrack (`*a*a…*b` against a long run of a) is answered, not explored exponentially', () => {
    // A backtracking regex needs about 60^30 steps for this; the matcher retries only its last `*`.
    const glob = parseNameGlob(`${'*a'.repeat(30)}*b`);
    if ('error' in glob) throw new Error(glob.error);
    expect(glob.matches(['a'.repeat(60)])).toBe(false);
    expect(glob.matches([`${'a'.repeat(60)}b`])).toBe(true);
    expect(glob.matches([`x${'ya'.repeat(30)}zb`])).toBe(true);
  });

  test('`*` and `?` against folded names and code points, as before', () => {
    const cases: [string, string, boolean][] = [
      ['bug*', 'Bug report', true],
      ['*REPORT', 'Bug report', true],
      ['B?g*', 'Bug', true],
      ['B?g', 'Bg', false],
      ['?', '🐞', true],
      ['??', '🐞', false],
      ['a*b*c', 'abc', true],
      ['a*b*c', 'acb', false],
      ['*', '', true],
      ['a\\*', 'a*', true],
      ['a\\*', 'ab', false],
    ];
    for (const [pattern, name, expected] of cases) {
      const glob = parseNameGlob(pattern);
      if ('error' in glob) throw new Error(glob.error);
      expect(glob.matches([name]), `${pattern} vs ${name}`).toBe(expected);
    }
  });
});
