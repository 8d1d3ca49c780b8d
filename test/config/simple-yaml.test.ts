/**
 * The fast reader's contract (src/config/simple-yaml.ts): whatever text it accepts, the
 * full parser reads without an error or warning, to the same data. It may decline any
 * text — the full parser then decides — but it must never read a file differently, or a
 * config refused (or read) one way today would be read another way on the fast path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, test } from 'vitest';
import { parseSimpleYaml } from '../../src/config/simple-yaml.js';

const ROOT = join(import.meta.dirname, '..', '..');
const LIMIT = 500_000;

/** What the full parser makes of `text`, read with the options config loading uses. */
function fullRead(text: string): { clean: boolean; data: unknown } {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, merge: true });
  return { clean: doc.errors.length === 0 && doc.warnings.length === 0, data: doc.toJS() };
}

/** The contract for one text; returns whether the fast reader accepted it. */
function holdsFor(text: string): boolean {
  const simple = parseSimpleYaml(text, LIMIT);
  if (simple === undefined) return false;
  const full = fullRead(text);
  expect(full.clean, `the full parser reports problems in a text the fast reader accepted:\n${text}`).toBe(true);
  expect(simple, `read differently:\n${text}`).toStrictEqual(full.data);
  return true;
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The benchmark's workload generator (scripts/bench/workload.js, plain JavaScript). */
interface Workload {
  seedFor(size: { ticketTypes: number; attributesPerType: number; collections: number }): { ticket_types: unknown[]; collections: unknown[] };
  configText(url: string, resources: Record<string, unknown>): string;
}

const HEAD = 'version: 1\nworkspaces:\n  sandbox:\n    sandbox: .intercom/sandbox.json\n';

describe('the fast YAML reader', () => {
  test('reads every config fixture and example it accepts exactly as the full parser does', () => {
    const files = [join(ROOT, 'intercom.config.yaml'), ...yamlFilesUnder(join(ROOT, 'examples')), ...yamlFilesUnder(join(ROOT, 'test/fixtures/config'))];
    const accepted = files.filter((file) => holdsFor(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
    // Most files are plain; if the reader declined them all, this test would prove nothing.
    expect(accepted.length).toBeGreaterThan(files.length / 2);
    expect(accepted.map((file) => relative(ROOT, file))).toContain('test/fixtures/config/valid/minimal/intercom.config.yaml');
  });

  test('accepts a large exported workspace (the benchmark file), so large files take the fast path', async () => {
    const { configText, seedFor } = (await import(new URL('../../scripts/bench/workload.js', import.meta.url).href)) as Workload;
    const seed = seedFor({ ticketTypes: 50, attributesPerType: 10, collections: 300 });
    const text = configText('http://127.0.0.1:4010', { ticket_types: seed.ticket_types, help_center: { collections: seed.collections } });
    expect(holdsFor(text)).toBe(true);
  });

  test('reads the plain forms the same way: scalars of the core schema, quotes, comments, compact lists', () => {
    const text = [
      'a: 1',
      'b: -2.5e3',
      'c: 0x1F',
      'd: 0o17',
      'e: .inf',
      'f: ~',
      'g: True',
      'h: "2.14"',
      "i: 'it''s'",
      'j: "caf\\u00e9 \\"quoted\\""',
      'k: value # a comment',
      'l: C#',
      'm: http://host:80/path',
      'n: [a, "b, c", 3, true]',
      'o: []',
      'p: {}',
      'p2: { name: Premiers pas, description: "Premi\u00e8res \u00e9tapes", n: 2 }',
      'q:',
      'r: 1_000',
      'list:',
      '- one',
      '-   name: two',
      '    extra: yes',
      'nested:',
      '   deeper:',
      '      - x   ',
      '# trailing comment',
    ].join('\r\n');
    expect(holdsFor(`${text}\r\n`)).toBe(true);
  });

  test.each([
    ['an anchor and alias', `${HEAD}a: &x 1\nb: *x\n`],
    ['a merge key', `${HEAD}a:\n  <<: {x: 1}\n`],
    ['a tag', `${HEAD}a: !secret x\n`],
    ['a block scalar', `${HEAD}a: |\n  text\n`],
    ['a multi-line plain scalar', `${HEAD}a: one\n  two\n`],
    ['a nested flow collection', `${HEAD}a: { x: [1] }\n`],
    ['a flow mapping with a quoted key', `${HEAD}a: { "x": 1 }\n`],
    ['a quoted key', `${HEAD}"a b": 1\n`],
    ['a numeric key', `${HEAD}1: x\n`],
    ['a null key', `${HEAD}null: x\n`],
    ['a tab', `${HEAD}a:\tx\n`],
    ['a duplicate key', `${HEAD}a: 1\na: 2\n`],
    ['a document marker', `---\n${HEAD}`],
    ['a directive', `%YAML 1.1\n---\n${HEAD}`],
    ['a nested mapping on one line', `${HEAD}a: b: c\n`],
    ['a comment glued to a quote', `${HEAD}a: "x"#c\n`],
    ['a YAML-only escape', `${HEAD}a: "\\x41"\n`],
    ['a key of more than 1024 characters', `${HEAD}${'k'.repeat(1025)}: x\n`],
    ['a list as the root', '- a\n- b\n'],
    ['an empty file', '\n# nothing\n'],
    ['bad indentation', `${HEAD}ticket_types:\n  - name: Bug\n     description: too far in\n`],
    ['an unclosed flow list', `${HEAD}a: [x, y\n`],
  ])('leaves %s to the full parser', (_name, text) => {
    expect(parseSimpleYaml(text, LIMIT)).toBeUndefined();
  });

  test('leaves a file with more values than the bound to the full parser, which locates the crossing', () => {
    const text = `items:\n${'  - x\n'.repeat(20)}`;
    expect(parseSimpleYaml(text, 100)).toBeDefined();
    expect(parseSimpleYaml(text, 10)).toBeUndefined();
  });

  test('property: generated and then mangled config-like texts are accepted only when read exactly as the full parser reads them', () => {
    fc.assert(
      fc.property(documentText, fc.array(mutation, { maxLength: 4 }), (text, mutations) => {
        holdsFor(text);
        holdsFor(mutations.reduce((current, mutate) => mutate(current), text));
      }),
      // About a quarter of the texts are accepted; 150,000 runs found no difference when this was written.
      { numRuns: 500 },
    );
  });
});

// --- Generated texts: YAML written the many ways people write it, with tricky scalars. ---

/** Scalars that mean something else than text to YAML, or sit on its syntax. */
const trickyScalar = fc.constantFrom(
  '1', '-1', '+1', '0o7', '0x1F', '0b1', '1e3', '.5', '1.', '.inf', '-.Inf', '.NaN', '1_000', '2024-01-01', '12:30',
  'null', 'Null', 'NULL', '~', 'true', 'False', 'yes', 'no', 'on', 'a: b', 'a:', 'a #b', 'a#b', '- a', '-a', '?a', ':a',
  '&a', '*a', '!a', '|', '>', '%a', '@a', '`a', '[a]', '{a}', 'a, b', "it's", 'say "hi"', 'C:\\path', ' lead', 'trail ',
  'caf\u00e9', '\u00a0nbsp', 'tab\tin', '🎟️', '',
);
const wordScalar = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ._/-]{0,12}$/);
const scalar = fc.oneof({ arbitrary: wordScalar, weight: 6 }, { arbitrary: trickyScalar, weight: 2 }, { arbitrary: fc.string({ maxLength: 8 }), weight: 1 });
const keyName = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/), weight: 6 },
  { arbitrary: fc.constantFrom('name', 'fr', 'pt-BR', 'a.b', 'true', 'null', '1', '<<', 'a b', '__proto__'), weight: 1 },
);

type Tree = string | Tree[] | { [key: string]: Tree };
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('tree'), { maxLength: 3 }),
    fc.dictionary(keyName, tie('tree'), { maxKeys: 4 }),
  ),
}));

interface Style {
  indent: number;
  compactLists: boolean;
  lineEnd: string;
  quoting: number;
}
const style = fc.record({ indent: fc.integer({ min: 1, max: 4 }), compactLists: fc.boolean(), lineEnd: fc.constantFrom('\n', '\r\n'), quoting: fc.nat(2) });

/** A scalar written plain, single-quoted or double-quoted (as JSON writes it). */
function writeScalar(value: string, quoting: number, salt: number): string {
  const how = (quoting + salt) % 3;
  if (how === 1) return `'${value.replaceAll("'", "''")}'`;
  if (how === 2) return JSON.stringify(value);
  return value;
}

function writeTree(value: Tree, at: number, s: Style, lines: string[], prefix: string): void {
  const pad = ' '.repeat(at);
  if (typeof value === 'string') {
    lines.push(`${prefix}${writeScalar(value, s.quoting, lines.length)}`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || value.every((item) => typeof item === 'string')) {
      lines.push(`${prefix}[${value.map((item, i) => writeScalar(item as string, s.quoting, i)).join(', ')}]`);
      return;
    }
    if (prefix !== '') lines.push(prefix.trimEnd());
    const listAt = s.compactLists ? Math.max(0, at - s.indent) : at;
    for (const item of value) writeTree(item, listAt + 2, s, lines, `${' '.repeat(listAt)}- `);
    return;
  }
  const entries = Object.entries(value);
  if (entries.length === 0 || (prefix !== '' && s.quoting === 0 && entries.every(([, item]) => typeof item === 'string'))) {
    lines.push(`${prefix}{${entries.map(([key, item], i) => ` ${key}: ${writeScalar(item as string, s.quoting, i)}`).join(',')} }`);
    return;
  }
  entries.forEach(([key, item], index) => {
    const start = index === 0 && prefix !== '' ? prefix : pad;
    if (typeof item === 'string' || (Array.isArray(item) && item.every((x) => typeof x === 'string'))) {
      writeTree(item, at + s.indent, s, lines, `${start}${key}: `);
    } else {
      lines.push(`${start}${key}:`);
      writeTree(item, at + s.indent, s, lines, '');
    }
  });
}

const documentText = fc
  .tuple(fc.dictionary(keyName, tree, { minKeys: 1, maxKeys: 5 }), style, fc.array(fc.nat(), { maxLength: 3 }))
  .map(([root, s, commentSpots]) => {
    const lines: string[] = [];
    writeTree(root, 0, s, lines, '');
    for (const spot of commentSpots) lines.splice(spot % (lines.length + 1), 0, `${' '.repeat(spot % 5)}# note`);
    return `${lines.join(s.lineEnd)}${s.lineEnd}`;
  });

/** One small edit at a random place: the characters YAML's syntax is made of. */
const mutation = fc
  .tuple(fc.nat(), fc.constantFrom(' ', '  ', '-', '- ', ':', ': ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '\n', '\t', '&', '*', '!', '|', '?', '%', '\\', '1', '.', '\u00a0', ''), fc.nat(2))
  .map(([where, insert, remove]) => (text: string) => {
    const at = where % (text.length + 1);
    return text.slice(0, at) + insert + text.slice(at + remove);
  });
