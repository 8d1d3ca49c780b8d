import { describe, expect, test } from 'vitest';
import { importsOf, sourceFiles } from './source-imports.js';

/**
 * The layers of src/, top to bottom. A module may import its own layer and any layer
 * below it, never one above: commands → services → engine → kinds → model → client.
 * The longest matching prefix decides a file's layer. The sandbox is not a layer: it
 * stands apart (sandbox-boundary.test.ts); `common/` holds the few dependency-free helpers
 * (safe file reads, own-property lookups, loopback checks) that both the product and the
 * sandbox use.
 */
const LAYERS: readonly [layer: string, prefixes: readonly string[]][] = [
  ['library entry', ['index.ts']],
  ['views', ['commands/', 'cli/']],
  ['services', ['services/']],
  ['engine', ['engine/', 'apply/', 'live/', 'export/', 'render/', 'config/', 'workspace/']],
  ['kinds', ['resources/']],
  ['model', ['plan/', 'config/parts/', 'content/']],
  ['client', ['client/']],
  ['base', ['errors.ts', 'version.ts', 'util/', 'common/']],
];

function layerOf(file: string): number {
  let best = -1;
  let bestLength = -1;
  LAYERS.forEach(([, prefixes], index) => {
    for (const prefix of prefixes) {
      if (file.startsWith(prefix) && prefix.length > bestLength) {
        best = index;
        bestLength = prefix.length;
      }
    }
  });
  return best;
}

const product = sourceFiles().filter((file) => !file.startsWith('sandbox/'));
const edges = product.flatMap(importsOf).filter((edge) => !edge.to.startsWith('sandbox/'));

describe('import directions', () => {
  test('every source file belongs to a layer', () => {
    expect(product.filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  test('no import runs back up a layer (type-only imports included)', () => {
    const upward = edges
      .filter((edge) => layerOf(edge.to) < layerOf(edge.from))
      .map((edge) => `${edge.from} (${LAYERS[layerOf(edge.from)]?.[0]}) imports ${edge.to} (${LAYERS[layerOf(edge.to)]?.[0]})`);
    expect(upward).toEqual([]);
  });

  test('the plan model imports no resource kind', () => {
    expect(edges.filter((edge) => edge.from.startsWith('plan/') && edge.to.startsWith('resources/'))).toEqual([]);
  });

  test('the check sees real imports', () => {
    // Guards the scanner itself: were it to find nothing, every test above would pass.
    expect(edges).toContainEqual({ from: 'engine/create-plan.ts', to: 'resources/registry.ts', typeOnly: false, dynamic: false });
    expect(edges.filter((edge) => edge.typeOnly).length).toBeGreaterThan(10);
  });
});
