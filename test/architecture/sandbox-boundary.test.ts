import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importsOf, sourceFiles, type SourceImport } from './source-imports.js';

const all = sourceFiles().flatMap(importsOf);
const inSandbox = (file: string) => file.startsWith('sandbox/');
/** Dependency-free helpers (safe file reads, own-property lookups) shared by both sides. */
const inCommon = (file: string) => file.startsWith('common/');

/** Source files loaded when `entry` is imported: static value imports, followed transitively. */
function loadedBy(entry: string): Set<string> {
  const byFile = new Map<string, SourceImport[]>();
  for (const edge of all) byFile.set(edge.from, [...(byFile.get(edge.from) ?? []), edge]);
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const edge of byFile.get(file) ?? []) {
      if (edge.typeOnly || edge.dynamic || seen.has(edge.to)) continue;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return seen;
}

describe('the sandbox stands apart from the product', () => {
  test('the sandbox imports nothing from the product', () => {
    expect(all.filter((edge) => inSandbox(edge.from) && !inSandbox(edge.to) && !inCommon(edge.to))).toEqual([]);
  });

  test('the shared helpers import nothing from either side', () => {
    expect(all.filter((edge) => inCommon(edge.from) && !inCommon(edge.to))).toEqual([]);
  });

  test('the product reaches the sandbox only through src/sandbox/index.ts', () => {
    const intoSandbox = all.filter((edge) => !inSandbox(edge.from) && inSandbox(edge.to));
    expect(intoSandbox.length).toBeGreaterThan(0);
    expect(intoSandbox.filter((edge) => edge.to !== 'sandbox/index.ts')).toEqual([]);
  });

  test('the main entry point does not load the sandbox', () => {
    const loaded = loadedBy('index.ts');
    expect(loaded.has('services/workspace-session.ts')).toBe(true);
    expect([...loaded].filter(inSandbox)).toEqual([]);
  });

  test('library users get it from its own entry point, intercom-config/sandbox', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, { types: string; import: string }>;
    };
    // (Its `require` condition only explains that the package is ESM: test/packaging covers it.)
    expect(pkg.exports['./sandbox']).toMatchObject({ types: './dist/sandbox/index.d.ts', import: './dist/sandbox/index.js' });
  });
});
