import { fileURLToPath } from 'node:url';
import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import { terminalLines } from '../render/escape-terminal.js';
import { schemaReferenceFor } from '../util/schema-reference.js';

/** The root of the running package (dist/ and schemas/ sit under it). */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The first line of every file we write: editors then validate and complete it. The
 * path is one every clone of the user's project can follow (see schemaReference).
 */
export function schemaCommentLine(fromDir: string): string {
  return `# yaml-language-server: $schema=${schemaReferenceFor(PACKAGE_ROOT, fromDir, process.cwd()).ref}`;
}

/**
 * Deterministic YAML: keys in the order given, short lists of scalars and small
 * translation maps inline, no line folding. Export prints to terminals and CI logs, so a
 * string that terminal text would escape (see escape-terminal.ts) is written double-quoted,
 * where YAML's own `\uXXXX` escapes keep the value exact and the text safe.
 */
export function renderConfigYaml(data: Record<string, unknown>, fromDir: string): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && terminalLines(node.value) !== node.value) node.type = 'QUOTE_DOUBLE';
    },
    Seq(_key, node) {
      if (node.items.length > 0 && node.items.length <= 12 && node.items.every((i) => isScalar(i))) node.flow = true;
    },
    Map(_key, node, path) {
      // One translation per line: `fr: { name: …, description: … }`.
      const owner = path[path.length - 3];
      // …unless a value spans lines (an article body), which reads best as a block.
      const short = node.items.every((pair) => isScalar(pair.value) && !String(pair.value.value).includes('\n'));
      if (isPair(owner) && isScalar(owner.key) && owner.key.value === 'translated_content' && short) node.flow = true;
    },
  });
  // Top-level sections read better apart.
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items.slice(1)) {
      if (isScalar(pair.key) && (isSeq(pair.value) || isMap(pair.value))) pair.key.spaceBefore = true;
    }
  }
  // The library escapes C0 controls in double quotes but leaves C1, bidirectional controls
  // and `##[` as they are; each only occurs inside a double-quoted string, where the
  // notation terminalLines writes is a valid YAML escape of the same character.
  const text = doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
  return `${schemaCommentLine(fromDir)}\n${terminalLines(text)}`;
}
