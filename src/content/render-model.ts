/**
 * Writes the body model back out as plain, deterministic HTML: no classes, no ids, marks
 * in one fixed order, the first table row as a header row (what Markdown tables need).
 * The same model always gives the same text, so this text is the comparison form.
 */
import { MARKS } from './body-model.js';
import type { Block, Mark, Run } from './body-model.js';

const MARK_TAG: Record<Exclude<Mark, 'link'>, string> = {
  strong: 'strong',
  em: 'em',
  del: 'del',
  u: 'u',
  sup: 'sup',
  sub: 'sub',
  code: 'code',
};

export interface RenderOptions {
  /** Write code block languages (for export); the comparison form leaves them out. */
  codeLanguages?: boolean;
}

export function renderBlocks(blocks: readonly Block[], options: RenderOptions = {}): string {
  return blocks.map((block) => renderBlock(block, options)).join('\n');
}

function renderBlock(block: Block, options: RenderOptions): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${renderRuns(block.runs)}</p>`;
    case 'heading':
      return `<h${block.level}>${renderRuns(block.runs)}</h${block.level}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      return `<${tag}${start}>\n${block.items.map((item) => `<li>${renderItem(item, options)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'code': {
      const language = options.codeLanguages && block.language ? ` class="language-${escapeAttribute(block.language)}"` : '';
      return `<pre><code${language}>${escapeText(block.text)}</code></pre>`;
    }
    case 'quote':
      return `<blockquote>\n${renderBlocks(block.blocks, options)}\n</blockquote>`;
    case 'table':
      return renderTable(block.rows, options);
    case 'rule':
      return '<hr>';
    case 'embed':
      return `<${block.tag} src="${escapeAttribute(block.src)}"></${block.tag}>`;
    case 'container':
      return `<${block.tag}>\n${renderBlocks(block.blocks, options)}\n</${block.tag}>`;
  }
}

/**
 * A list item or table cell whose text is one paragraph (possibly followed by sub-lists)
 * is written with that paragraph inline, as a tight Markdown list renders.
 */
function renderItem(blocks: readonly Block[], options: RenderOptions): string {
  const [first, ...rest] = blocks;
  if (first === undefined) return '';
  if (first.kind === 'paragraph' && rest.every((block) => block.kind === 'list')) {
    return rest.length === 0 ? renderRuns(first.runs) : `${renderRuns(first.runs)}\n${renderBlocks(rest, options)}\n`;
  }
  return `\n${renderBlocks(blocks, options)}\n`;
}

function renderTable(rows: readonly (readonly Block[][])[], options: RenderOptions): string {
  const [head, ...body] = rows;
  const cells = (row: readonly Block[][], tag: string): string => row.map((cell) => `<${tag}>${renderItem(cell, options)}</${tag}>`).join('');
  const lines = ['<table>', `<thead><tr>${cells(head ?? [], 'th')}</tr></thead>`];
  if (body.length > 0) lines.push(`<tbody>\n${body.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('\n')}\n</tbody>`);
  lines.push('</table>');
  return lines.join('\n');
}

function renderRuns(runs: readonly Run[]): string {
  let out = '';
  for (const run of runs) {
    if (run.kind === 'break') {
      out += '<br>';
    } else if (run.kind === 'image') {
      const image = `<img src="${escapeAttribute(run.src)}" alt="${escapeAttribute(run.alt)}">`;
      out += run.href === undefined ? image : `<a href="${escapeAttribute(run.href)}">${image}</a>`;
    } else {
      out += wrap(escapeText(run.text), run.marks, run.href);
    }
  }
  return out;
}

function wrap(text: string, marks: readonly Mark[], href: string | undefined): string {
  let out = text;
  // Innermost first: MARKS lists the outermost mark first.
  for (const mark of [...MARKS].reverse()) {
    if (!marks.includes(mark)) continue;
    if (mark === 'link') out = `<a href="${escapeAttribute(href ?? '')}">${out}</a>`;
    else out = `<${MARK_TAG[mark]}>${out}</${MARK_TAG[mark]}>`;
  }
  return out;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
