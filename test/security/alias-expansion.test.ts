/**
 * Issue 12, item 5: a small file whose aliases expand to hundreds of thousands of objects
 * is refused while parsing, with the position of the alias that goes past the bound,
 * before anything is validated, planned or sent.
 */
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { MAX_EXPANDED_NODES } from '../../src/common/yaml-expansion.js';
import { configIssues } from './support/refusals.js';

const HEADER = 'version: 1\nworkspaces:\n  sandbox:\n    sandbox: .intercom/sandbox.json\nhelp_center:\n  collections:\n';

/**
 * Top-level collections whose children are shared through aliases: `anchors` blocks of
 * `children` collections, each reused by 99 further parents (under yaml's own limit of
 * 100 uses per anchor, which is why that limit alone lets this through).
 */
function amplified(anchors: number, children: number): { text: string; collections: number } {
  const lines = [HEADER.trimEnd()];
  let parent = 0;
  for (let a = 0; a < anchors; a++) {
    lines.push(`    - name: P${parent++}`, `      collections: &kids${a}`);
    for (let c = 0; c < children; c++) lines.push(`        - { name: K${c} }`);
    for (let r = 0; r < 99; r++) lines.push(`    - name: P${parent++}`, `      collections: *kids${a}`);
  }
  return { text: `${lines.join('\n')}\n`, collections: anchors * 100 * (children + 1) };
}

describe('alias amplification', () => {
  test('a 120 KB file that would expand to 400,000 collections is refused at the alias that crosses the bound', () => {
    const { text, collections } = amplified(4, 1_000);
    expect(text.length).toBeLessThan(130_000);
    expect(collections).toBeGreaterThan(400_000);

    const issues = configIssues(text);
    expect(issues).toHaveLength(1);
    // Each collection is 3 nodes ({ name: K }): the bound is crossed at an alias, not at the anchor.
    const [issue] = issues;
    const line = text.split('\n')[(issue?.location?.line ?? 0) - 1] ?? '';
    expect(line).toMatch(/^ {6}collections: \*kids\d$/);
    expect(issue?.location?.column).toBe(20);
    expect(issue?.message).toBe(
      `alias *${line.slice(20)} takes the file past ${MAX_EXPANDED_NODES.toLocaleString('en-US')} values once aliases are expanded; no config needs that many, so repeat less through aliases (*name)`,
    );
  });

  test('aliases that stay within the bound still work (shared blocks are a normal YAML feature)', () => {
    const { text } = amplified(1, 20);
    const loaded = parseConfig(text, 'intercom.config.yaml', { env: {} });
    expect(loaded.config.help_center?.collections).toHaveLength(100);
    expect(loaded.config.help_center?.collections?.[99]?.collections).toHaveLength(20);
  });
});
