import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';

/** The JSON Schema shipped with the package, wherever it is installed. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schemas/intercom.config.schema.json', import.meta.url));

/** The first line of every file we write: editors then validate and complete it. */
export function schemaCommentLine(fromDir: string): string {
  const path = relative(fromDir, SCHEMA_FILE).split('\\').join('/');
  return `# yaml-language-server: $schema=${path.startsWith('.') ? path : `./${path}`}`;
}

/**
 * Deterministic YAML: keys in the order given, short lists of scalars and small
 * translation maps inline, no line folding.
 */
export function renderConfigYaml(data: Record<string, unknown>, fromDir: string): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_key, node) {
      if (node.items.length > 0 && node.items.length <= 12 && node.items.every((i) => isScalar(i))) node.flow = true;
    },
    Map(_key, node, path) {
      // One translation per line: `fr: { name: …, description: … }`.
      const owner = path[path.length - 3];
      if (isPair(owner) && isScalar(owner.key) && owner.key.value === 'translated_content') node.flow = true;
    },
  });
  // Top-level sections read better apart.
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items.slice(1)) {
      if (isScalar(pair.key) && (isSeq(pair.value) || isMap(pair.value))) pair.key.spaceBefore = true;
    }
  }
  return `${schemaCommentLine(fromDir)}\n${doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false })}`;
}
