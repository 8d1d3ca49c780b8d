/**
 * Article bodies: Markdown → HTML for writing, HTML → Markdown for export, comparison by
 * meaning (Intercom's editor rewrites stored HTML), and readable diffs for plans. Pure:
 * no I/O, no knowledge of Intercom ids.
 */
export { markdownToHtml, isRelativeTarget } from './markdown-to-html.js';
export type { ImageProblem, MarkdownToHtmlOptions, RelativeLink, RenderedMarkdown, SourcePosition } from './markdown-to-html.js';
export { htmlToMarkdown } from './html-to-markdown.js';
export type { HtmlToMarkdownOptions } from './html-to-markdown.js';
export { bodyFingerprint, normaliseBody, sameBody } from './compare-bodies.js';
export { diffBodies, diffMarkdown } from './diff-bodies.js';
export type { BodyDiff, BodyDiffLine, DiffBodiesOptions } from './diff-bodies.js';
