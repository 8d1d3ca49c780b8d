/**
 * An article body reduced to what it means: blocks (headings, paragraphs, lists, code,
 * quotes, tables, rules) holding runs of text with a set of marks. Intercom's editor
 * rewrites the HTML it stores (`<p class="no-margin">`, ids on headings, `<b>` for
 * `<strong>`, images in `<div class="intercom-container">`, table cells wrapped in
 * paragraphs, header rows turned into plain rows, whitespace), and none of that survives
 * this reduction, so two bodies that read the same build the same model.
 *
 * What is deliberately not meaning: classes, ids, styles, `target`/`rel`, the language of a
 * code block, header-vs-body table cells, tight-vs-loose lists, the nesting order of marks,
 * spaces at the edges of blocks and of marks, trailing line breaks, empty paragraphs and
 * empty list items.
 */
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** Inline marks, in the order they are written back out. */
export const MARKS = ['link', 'strong', 'em', 'del', 'u', 'sup', 'sub', 'code'] as const;
export type Mark = (typeof MARKS)[number];

export type Run =
  | { kind: 'text'; text: string; marks: Mark[]; href?: string }
  | { kind: 'break' }
  | { kind: 'image'; src: string; alt: string; href?: string };

export type Block =
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  /** `language` is kept for export only; comparison ignores it (Intercom may drop it). */
  | { kind: 'code'; text: string; language?: string }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'table'; rows: Block[][][] }
  | { kind: 'rule' }
  /** Embedded media kept by source (iframe, video): meaning is the URL. */
  | { kind: 'embed'; tag: string; src: string }
  /** A container we do not interpret (details, summary, figure…): kept by tag. */
  | { kind: 'container'; tag: string; blocks: Block[] };

const MARK_TAGS: Record<string, Mark> = {
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  del: 'del',
  s: 'del',
  strike: 'del',
  u: 'u',
  ins: 'u',
  sup: 'sup',
  sub: 'sub',
  code: 'code',
  kbd: 'code',
  tt: 'code',
};

/** Elements that are pure wrappers: their children count, they do not. */
const TRANSPARENT_BLOCKS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'center', 'body', 'html']);
const CONTAINERS = new Set(['details', 'summary', 'figure', 'figcaption', 'dl', 'dt', 'dd']);
const EMBEDS = new Set(['iframe', 'video', 'audio', 'embed', 'object']);
const IGNORED = new Set(['script', 'style', 'head', 'title', 'meta', 'link', 'template', 'colgroup', 'col']);
const BLOCK_TAGS = new Set([
  ...TRANSPARENT_BLOCKS,
  ...CONTAINERS,
  ...EMBEDS,
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'pre',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'hr',
]);

const SPACES = /[\s\u00a0]+/g;

/** Parses HTML (as Intercom stores it, or as we render it) into the body model. */
export function parseBody(html: string): Block[] {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  return readBlocks(document.children);
}

function readBlocks(nodes: readonly ChildNode[]): Block[] {
  const blocks: Block[] = [];
  let pending: ChildNode[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    pushParagraph(blocks, readRuns(pending));
    pending = [];
  };
  for (const node of nodes) {
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      if (IGNORED.has(node.name)) continue;
      if (BLOCK_TAGS.has(node.name)) {
        flush();
        readBlock(node, blocks);
        continue;
      }
    }
    if (node.type === 'text' || node.type === 'tag') pending.push(node);
  }
  flush();
  return blocks;
}

function readBlock(element: Element, out: Block[]): void {
  const tag = element.name;
  if (TRANSPARENT_BLOCKS.has(tag) || tag === 'li' || tag === 'td' || tag === 'th' || tag === 'tr') {
    // Stray cells, rows and items outside their parents read as their content.
    out.push(...readBlocks(element.children));
    return;
  }
  if (tag === 'p') {
    pushParagraph(out, readRuns(element.children));
    return;
  }
  if (/^h[1-6]$/.test(tag)) {
    const runs = finishRuns(readRuns(element.children));
    if (runs.length > 0) out.push({ kind: 'heading', level: Number(tag.slice(1)), runs });
    return;
  }
  switch (tag) {
    case 'ul':
    case 'ol': {
      // An empty item shows nothing (and Markdown round trips drop it): not meaning.
      const items = element.children
        .filter((child): child is Element => child.type === 'tag' && child.name === 'li')
        .map((li) => readBlocks(li.children))
        .filter((item) => item.length > 0);
      if (items.length === 0) return;
      const start = tag === 'ol' ? Number.parseInt(element.attribs['start'] ?? '1', 10) : 1;
      out.push({ kind: 'list', ordered: tag === 'ol', start: Number.isFinite(start) ? start : 1, items });
      return;
    }
    case 'pre': {
      // The first newline after <pre> is not content (HTML parsing rule); trailing ones are layout.
      const text = textContent(element).replace(/^\r?\n/, '').replace(/\s+$/, '');
      const language = codeLanguage(element);
      out.push({ kind: 'code', text, ...(language !== undefined ? { language } : {}) });
      return;
    }
    case 'blockquote': {
      const blocks = readBlocks(element.children);
      if (blocks.length > 0) out.push({ kind: 'quote', blocks });
      return;
    }
    case 'table': {
      const rows = tableRows(element).map((row) => row.map((cell) => readBlocks(cell.children)));
      if (rows.length > 0) out.push({ kind: 'table', rows });
      return;
    }
    case 'hr':
      out.push({ kind: 'rule' });
      return;
    default:
      break;
  }
  if (EMBEDS.has(tag)) {
    const src = (element.attribs['src'] ?? firstSourceOf(element) ?? '').trim();
    if (src !== '') out.push({ kind: 'embed', tag, src });
    return;
  }
  const blocks = readBlocks(element.children);
  if (blocks.length > 0) out.push({ kind: 'container', tag, blocks });
}

function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (nodes: readonly ChildNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      if (node.name === 'tr') {
        rows.push(node.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th')));
      } else if (node.name === 'thead' || node.name === 'tbody' || node.name === 'tfoot') {
        visit(node.children);
      }
    }
  };
  visit(table.children);
  return rows.filter((row) => row.length > 0);
}

/** `class="language-js"` on `<pre>` or its `<code>`, as Markdown renderers write it. */
function codeLanguage(pre: Element): string | undefined {
  const code = pre.children.find((c): c is Element => c.type === 'tag' && c.name === 'code');
  const classes = `${pre.attribs['class'] ?? ''} ${code?.attribs['class'] ?? ''}`;
  return /(?:^|\s)language-([\w+#-]+)/.exec(classes)?.[1];
}

function firstSourceOf(element: Element): string | undefined {
  for (const child of element.children) {
    if (child.type === 'tag' && child.name === 'source' && child.attribs['src']) return child.attribs['src'];
  }
  return undefined;
}

function textContent(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'tag') {
    if (node.name === 'br') return '\n';
    return node.children.map(textContent).join('');
  }
  return '';
}

function pushParagraph(out: Block[], runs: Run[]): void {
  const finished = finishRuns(runs);
  if (finished.length > 0) out.push({ kind: 'paragraph', runs: finished });
}

/** Inline content → runs, with the marks and link in force at each text node. */
function readRuns(nodes: readonly ChildNode[], marks: readonly Mark[] = [], href?: string): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      runs.push({ kind: 'text', text: node.data.replace(SPACES, ' '), marks: [...marks], ...(href !== undefined ? { href } : {}) });
      continue;
    }
    if (node.type !== 'tag' || IGNORED.has(node.name)) continue;
    const tag = node.name;
    if (tag === 'br') {
      runs.push({ kind: 'break' });
    } else if (tag === 'img') {
      const src = (node.attribs['src'] ?? '').trim();
      if (src !== '') runs.push({ kind: 'image', src, alt: (node.attribs['alt'] ?? '').replace(SPACES, ' ').trim(), ...(href !== undefined ? { href } : {}) });
    } else if (tag === 'a') {
      const link = node.attribs['href']?.trim();
      runs.push(...readRuns(node.children, link ? withMark(marks, 'link') : marks, link || href));
    } else if (MARK_TAGS[tag] !== undefined) {
      runs.push(...readRuns(node.children, withMark(marks, MARK_TAGS[tag]), href));
    } else {
      // span, font, abbr…: styling only; block tags nested in inline content read inline.
      runs.push(...readRuns(node.children, marks, href));
    }
  }
  return runs;
}

function withMark(marks: readonly Mark[], mark: Mark): Mark[] {
  if (marks.includes(mark)) return [...marks];
  return MARKS.filter((m) => m === mark || marks.includes(m));
}

/**
 * Canonical runs: spaces at the edges of marks move outside them, adjacent runs with the
 * same marks merge, repeated spaces collapse, and the block is trimmed at both ends
 * (trailing line breaks included).
 */
function finishRuns(runs: Run[]): Run[] {
  const split: Run[] = [];
  for (const run of runs) {
    if (run.kind !== 'text' || run.marks.length === 0 || run.marks.includes('code')) {
      split.push(run);
      continue;
    }
    const leading = /^ +/.exec(run.text)?.[0] ?? '';
    const trailing = run.text.length > leading.length ? (/ +$/.exec(run.text)?.[0] ?? '') : '';
    const core = run.text.slice(leading.length, run.text.length - trailing.length);
    if (leading) split.push({ kind: 'text', text: ' ', marks: [] });
    if (core) split.push({ ...run, text: core });
    if (trailing) split.push({ kind: 'text', text: ' ', marks: [] });
  }
  const merged: Run[] = [];
  for (const run of split) {
    const last = merged[merged.length - 1];
    if (run.kind === 'text') {
      if (run.text === '') continue;
      if (last?.kind === 'text' && sameMarks(last, run)) {
        last.text = collapse(last.text + run.text);
        continue;
      }
      const previousEndsInSpace = last === undefined || last.kind === 'break' || (last.kind === 'text' && last.text.endsWith(' '));
      const text = previousEndsInSpace ? run.text.replace(/^ +/, '') : run.text;
      if (text !== '') merged.push({ ...run, text: collapse(text) });
      continue;
    }
    if (run.kind === 'break' && last?.kind === 'text') last.text = last.text.replace(/ +$/, '');
    merged.push(run);
  }
  while (merged.length > 0) {
    const last = merged[merged.length - 1];
    if (last?.kind === 'break') merged.pop();
    else if (last?.kind === 'text' && last.text.trim() === '') merged.pop();
    else break;
  }
  const last = merged[merged.length - 1];
  if (last?.kind === 'text') last.text = last.text.replace(/ +$/, '');
  while (merged[0]?.kind === 'break') merged.shift();
  return merged;
}

function collapse(text: string): string {
  return text.replace(/ {2,}/g, ' ');
}

function sameMarks(a: Extract<Run, { kind: 'text' }>, b: Extract<Run, { kind: 'text' }>): boolean {
  return a.href === b.href && a.marks.length === b.marks.length && a.marks.every((m, i) => m === b.marks[i]);
}
