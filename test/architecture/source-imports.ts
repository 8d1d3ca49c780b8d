import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

export interface SourceImport {
  /** Both relative to src/, with `/` separators, e.g. `plan/plan-types.ts`. */
  from: string;
  to: string;
  /** `import type …` / `export type … from`: erased when compiled, so it loads nothing. */
  typeOnly: boolean;
  /** `await import('…')`: loaded only when that code runs. */
  dynamic: boolean;
}

/** Every TypeScript file under src/, relative to it. */
export function sourceFiles(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.ts'))
    .sort();
}

/** The imports of one source file that point at other source files (packages are left out). */
export function importsOf(file: string): SourceImport[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false);
  const out: SourceImport[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean, dynamic: boolean): void => {
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return;
    const target = resolve(dirname(join(SRC, file)), specifier.text.replace(/\.js$/, '.ts'));
    out.push({ from: file, to: relative(SRC, target).split('\\').join('/'), typeOnly, dynamic });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false, false);
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly, false);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false, true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}
