import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import type { ConfigPath, Finding } from './parts/findings.js';
import { formatPath, quote } from './parts/findings.js';
import { parseSimpleYaml } from './simple-yaml.js';
import { createLocator, lazyLocator, type SourceLocator } from './source-locator.js';
import { findExpansionOverflow, MAX_EXPANDED_NODES } from '../common/yaml-expansion.js';

export interface ParsedYaml {
  locator: SourceLocator;
  findings: Finding[];
  /** The document as plain data; absent when the YAML itself is broken. */
  data?: unknown;
}

/** Aliases may repeat shared blocks, but a file expanding to thousands of copies is an attack or a mistake. */
const MAX_ALIAS_EXPANSIONS = 100;

/** The options every full parse uses, so that positions always come from the same reading. */
function parseFull(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // uniqueKeys off: duplicates are reported below with both positions, which the parser does not give.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, merge: true });
  return { doc, lineCounter };
}

/**
 * Text → data, with every YAML-level problem located. Most files are written in the plain
 * subset that simple-yaml.ts reads in a fraction of the time; their source positions are
 * computed by the full parser only if something asks for one (an error to report).
 */
export function parseYamlText(text: string, file: string): ParsedYaml {
  const simple = parseSimpleYaml(text, MAX_EXPANDED_NODES);
  if (simple !== undefined) {
    return {
      locator: lazyLocator(() => {
        const { doc, lineCounter } = parseFull(text);
        return createLocator(doc, lineCounter, file, text);
      }),
      findings: [],
      data: simple,
    };
  }
  return parseChecked(text, file);
}

/** The full parser, with the checks the simple reader leaves to it. */
function parseChecked(text: string, file: string): ParsedYaml {
  const { doc, lineCounter } = parseFull(text);
  const locator = createLocator(doc, lineCounter, file, text);
  const positionOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const findings = syntaxFindings(doc, positionOf);
  if (findings.length > 0) return { locator, findings };

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    findings.push({
      path: [],
      position: { line: 1, column: 1 },
      message: 'the file is empty; start with `version: 1` and a `workspaces:` mapping (see the README)',
    });
    return { locator, findings };
  }

  findings.push(...checkTree(doc, doc.contents, positionOf));
  if (findings.length === 0 && !isMap(doc.contents)) {
    findings.push({
      path: [],
      position: positionOf(doc.contents.range?.[0] ?? 0),
      message: 'the file must be a mapping of keys such as `version:`, `workspaces:` and `ticket_types:`, not a list or a single value',
    });
  }
  if (findings.length === 0) {
    const overflow = findExpansionOverflow(doc);
    if (overflow) findings.push({ path: [], position: positionOf(overflow.node.range?.[0] ?? 0), message: overflowMessage(overflow.node) });
  }
  if (findings.length > 0) return { locator, findings };

  try {
    return { locator, findings, data: doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) };
  } catch (error) {
    findings.push({
      path: [],
      position: { line: 1, column: 1 },
      message: `the YAML cannot be expanded: ${(error as Error).message}; use fewer aliases (*name)`,
    });
    return { locator, findings };
  }
}

/**
 * After a syntax error the parser recovers by guessing, and what it reports next is often
 * a consequence of its guess (an error on the following line that goes away with the
 * first). So only the first error is reported, with the warnings written before it;
 * warnings alone (e.g. unknown tags) are independent of each other and all reported.
 */
function syntaxFindings(doc: Document, positionOf: PositionOf): Finding[] {
  const byPosition = (a: YAMLError, b: YAMLError) => a.pos[0] - b.pos[0];
  const firstError = [...doc.errors].sort(byPosition)[0];
  const before = doc.warnings.filter((warning) => firstError === undefined || warning.pos[0] < firstError.pos[0]);
  const reported = firstError ? [...before, firstError] : before;
  const findings: Finding[] = [];
  const seen = new Set<number>();
  for (const problem of reported.sort(byPosition)) {
    // The parser sometimes reports one problem twice at the same place, in other words.
    if (seen.has(problem.pos[0])) continue;
    seen.add(problem.pos[0]);
    findings.push({ path: [], position: positionOf(problem.pos[0]), message: syntaxMessage(problem) });
  }
  return findings;
}

function overflowMessage(node: Node): string {
  const limit = MAX_EXPANDED_NODES.toLocaleString('en-US');
  return isAlias(node)
    ? `alias *${node.source} takes the file past ${limit} values once aliases are expanded; no config needs that many, so repeat less through aliases (*name)`
    : `the file holds more than ${limit} values; check that --config points at the right file`;
}

function syntaxMessage(error: YAMLError): string {
  switch (error.code) {
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document (a `---` line after content); keep everything in one document';
    case 'TAG_RESOLVE_FAILED':
      return `${error.message.replace(/\.$/, '')}; this file takes plain values only, so remove the tag (use \${NAME} to read the environment)`;
    case 'TAB_AS_INDENT':
      return 'YAML does not allow tabs for indentation; indent with spaces';
    default:
      return `YAML syntax error: ${error.message.replace(/\.$/, '')}; check the indentation and quoting here`;
  }
}

type PositionOf = (offset: number) => { line: number; column: number };

/** Duplicate keys, keys that are not plain text, and aliases that point nowhere or at themselves. */
function checkTree(doc: Document, root: Node, positionOf: PositionOf): Finding[] {
  const findings: Finding[] = [];
  const ancestors = new Set<Node>();
  const finding = (node: Node, path: ConfigPath, message: string): void => {
    findings.push({ path, position: positionOf(node.range?.[0] ?? 0), message });
  };

  const visit = (node: Node, path: ConfigPath): void => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) finding(node, path, `alias *${node.source} has no anchor &${node.source} before it; define the anchor or remove the alias`);
      else if (ancestors.has(target as Node)) finding(node, path, `alias *${node.source} points at a block that contains it; YAML aliases cannot be recursive`);
      return;
    }
    ancestors.add(node);
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (item && typeof item === 'object') visit(item as Node, [...path, index]);
      });
    } else if (isMap(node)) {
      const seen = new Map<string, Node>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (key === null || !isScalar(key)) {
          finding((key ?? node) as Node, path, `${formatPath(path)}: keys must be plain text, not a list or mapping`);
          continue;
        }
        if (typeof key.value === 'symbol' || key.value === '<<') {
          if (pair.value) visit(pair.value as Node, path);
          continue;
        }
        const name = String(key.value);
        const first = seen.get(name);
        if (first) {
          const firstLine = positionOf(first.range?.[0] ?? 0).line;
          finding(key, [...path, name], `${formatPath([...path, name])}: duplicate key ${quote(name)} (first written on line ${firstLine}); a key may appear only once in a mapping, so remove or merge one of them`);
        } else {
          seen.set(name, key);
        }
        if (pair.value) visit(pair.value as Node, [...path, name]);
      }
    }
    ancestors.delete(node);
  };

  visit(root, []);
  return findings;
}
