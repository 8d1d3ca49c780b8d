/**
 * The sandbox's `articleHtml: 'editor'` switch: article bodies are stored the way
 * Intercom's editor rewrites HTML, so tests can prove a written article never shows as
 * changed. What it does follows Intercom's own examples (a plain-text body comes back as
 * `<p class="no-margin">…</p>`) and the HTML that exported Intercom articles show:
 * `<b>`/`<i>` for `<strong>`/`<em>`, `id="h_…"` on headings, links with
 * `class="intercom-content-link"` and `target="_blank"`, images in
 * `<div class="intercom-container">`, list items and table cells holding paragraphs,
 * tables in `<div class="intercom-interblocks-table-container">` with no header row,
 * code block languages dropped, whitespace between tags removed and runs collapsed,
 * `<br>` in one spelling and characters re-encoded as entities.
 */
import { randomBytes } from 'node:crypto';
import { Element } from 'domhandler';
import type { ChildNode, ParentNode, Text } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'hr', 'div', 'iframe', 'details', 'summary']);
const RENAMES: Record<string, string> = { strong: 'b', em: 'i' };

export function rewriteLikeEditor(html: string): string {
  const document = parseDocument(html, { decodeEntities: true });
  setChildren(document, rewriteChildren(document.children, document, true));
  // dom-serializer re-encodes non-ASCII characters as numeric entities, as editors do.
  return DomUtils.getOuterHTML(document.children, { encodeEntities: true });
}

/** Rewrites a list of siblings; `wrapLoose` puts inline runs into paragraphs. */
function rewriteChildren(nodes: readonly ChildNode[], parent: ParentNode, wrapLoose: boolean): ChildNode[] {
  const out: ChildNode[] = [];
  let loose: ChildNode[] = [];
  const flush = (): void => {
    const meaningful = loose.some((n) => n.type !== 'text' || n.data.trim() !== '');
    if (meaningful) out.push(paragraph(loose, parent));
    loose = [];
  };
  for (const node of nodes) {
    if (node.type === 'comment') continue;
    if (node.type === 'text' || (node.type === 'tag' && !BLOCKS.has(node.name))) {
      if (wrapLoose) loose.push(node);
      else out.push(rewriteInline(node));
      continue;
    }
    if (node.type !== 'tag') continue;
    flush();
    out.push(...rewriteBlock(node));
  }
  flush();
  return out;
}

function rewriteBlock(element: Element): ChildNode[] {
  const tag = element.name;
  if (tag === 'p') {
    const onlyImage = element.children.filter((c) => c.type !== 'text' || c.data.trim() !== '');
    const [image] = onlyImage;
    if (onlyImage.length === 1 && image?.type === 'tag' && image.name === 'img') return [container('intercom-container', [rewriteInline(image)])];
    element.attribs = { class: 'no-margin' };
    setChildren(element, trimmed(element.children.map(rewriteInline)));
    return element.children.length === 0 ? [] : [element];
  }
  if (/^h[1-6]$/.test(tag)) {
    element.attribs = { id: `h_${randomBytes(5).toString('hex')}` };
    setChildren(element, trimmed(element.children.map(rewriteInline)));
    return [element];
  }
  if (tag === 'pre') {
    element.attribs = {};
    for (const child of element.children) if (child.type === 'tag' && child.name === 'code') child.attribs = {};
    return [element];
  }
  if (tag === 'table') return [rewriteTable(element)];
  if (tag === 'ul' || tag === 'ol') {
    element.attribs = element.attribs['start'] ? { start: element.attribs['start'] } : {};
    const items = element.children.filter((c): c is Element => c.type === 'tag' && c.name === 'li');
    for (const li of items) {
      li.attribs = {};
      setChildren(li, rewriteChildren(li.children, li, true));
    }
    setChildren(element, items);
    return [element];
  }
  if (tag === 'hr' || tag === 'iframe') return [element];
  // blockquote, div, details…: keep the element, rewrite what it holds.
  setChildren(element, rewriteChildren(element.children, element, true));
  return [element];
}

function rewriteTable(table: Element): Element {
  const rows: Element[] = [];
  const collect = (nodes: readonly ChildNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      if (node.name === 'tr') rows.push(node);
      else if (node.name === 'thead' || node.name === 'tbody' || node.name === 'tfoot') collect(node.children);
    }
  };
  collect(table.children);
  for (const row of rows) {
    row.attribs = {};
    const cells = row.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
    for (const cell of cells) {
      cell.name = 'td';
      cell.attribs = {};
      setChildren(cell, rewriteChildren(cell.children, cell, true));
    }
    setChildren(row, cells);
  }
  const tbody = element('tbody', {}, rows);
  const rewritten = element('table', { role: 'presentation' }, [tbody]);
  return container('intercom-interblocks-table-container', [rewritten]);
}

function rewriteInline(node: ChildNode): ChildNode {
  if (node.type === 'text') {
    node.data = node.data.replace(/\s+/g, ' ');
    return node;
  }
  if (node.type !== 'tag') return node;
  node.name = RENAMES[node.name] ?? node.name;
  if (node.name === 'a') {
    const href = node.attribs['href'];
    node.attribs = { ...(href !== undefined ? { href } : {}), target: '_blank', class: 'intercom-content-link' };
  } else if (node.name === 'img') {
    node.attribs = { src: node.attribs['src'] ?? '', ...(node.attribs['alt'] ? { alt: node.attribs['alt'] } : {}) };
  } else if (node.name !== 'br') {
    node.attribs = {};
  }
  setChildren(node, node.children.map(rewriteInline));
  return node;
}

function paragraph(nodes: ChildNode[], parent: ParentNode): Element {
  const p = element('p', { class: 'no-margin' }, trimmed(nodes.map(rewriteInline)));
  p.parent = parent;
  return p;
}

function container(className: string, children: ChildNode[]): Element {
  return element('div', { class: className }, children);
}

function element(name: string, attribs: Record<string, string>, children: ChildNode[]): Element {
  const created = new Element(name, attribs);
  setChildren(created, children);
  return created;
}

/** Drops leading and trailing spaces of a block's inline content. */
function trimmed(nodes: ChildNode[]): ChildNode[] {
  const first = nodes[0];
  if (first?.type === 'text') (first as Text).data = first.data.replace(/^\s+/, '');
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') (last as Text).data = last.data.replace(/\s+$/, '');
  return nodes.filter((n) => n.type !== 'text' || n.data !== '');
}

function setChildren(parent: ParentNode, children: ChildNode[]): void {
  parent.children = children;
  children.forEach((child, index) => {
    child.parent = parent;
    child.prev = children[index - 1] ?? null;
    child.next = children[index + 1] ?? null;
  });
}
