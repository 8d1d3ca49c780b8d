/**
 * A body change as a readable line diff: both sides are shown as Markdown (what authors
 * write) and compared line by line with jsdiff (`diff` 9.0.0, the standard text differ),
 * keeping a few unchanged lines around each change and eliding the rest.
 */
import { diffLines } from 'diff';
import { htmlToMarkdown } from './html-to-markdown.js';

export interface BodyDiffLine {
  /** `+` added, `-` removed, ` ` unchanged context, `…` unchanged lines left out. */
  op: '+' | '-' | ' ' | '…';
  text: string;
}

export interface BodyDiff {
  lines: BodyDiffLine[];
  added: number;
  removed: number;
}

export interface DiffBodiesOptions {
  /** Unchanged lines kept before and after each change; default 2. */
  context?: number;
}

/** Diff of two HTML bodies, as Markdown lines. Equal bodies give no lines. */
export function diffBodies(beforeHtml: string, afterHtml: string, options: DiffBodiesOptions = {}): BodyDiff {
  return diffMarkdown(htmlToMarkdown(beforeHtml), htmlToMarkdown(afterHtml), options);
}

export function diffMarkdown(before: string, after: string, options: DiffBodiesOptions = {}): BodyDiff {
  const context = options.context ?? 2;
  const all: BodyDiffLine[] = [];
  let added = 0;
  let removed = 0;
  for (const part of diffLines(before, after)) {
    const op = part.added ? '+' : part.removed ? '-' : ' ';
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (op === '+') added += lines.length;
    if (op === '-') removed += lines.length;
    for (const text of lines) all.push({ op, text });
  }
  if (added === 0 && removed === 0) return { lines: [], added, removed };
  return { lines: withContext(all, context), added, removed };
}

function withContext(all: readonly BodyDiffLine[], context: number): BodyDiffLine[] {
  const keep = all.map(() => false);
  all.forEach((line, index) => {
    if (line.op === ' ') return;
    for (let i = Math.max(0, index - context); i <= Math.min(all.length - 1, index + context); i += 1) keep[i] = true;
  });
  const out: BodyDiffLine[] = [];
  let skipped = 0;
  all.forEach((line, index) => {
    if (keep[index]) {
      if (skipped > 0) out.push({ op: '…', text: `${skipped} unchanged line${skipped === 1 ? '' : 's'}` });
      skipped = 0;
      out.push(line);
    } else {
      skipped += 1;
    }
  });
  if (skipped > 0) out.push({ op: '…', text: `${skipped} unchanged line${skipped === 1 ? '' : 's'}` });
  return out;
}
