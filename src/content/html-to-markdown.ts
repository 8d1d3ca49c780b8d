/**
 * Intercom HTML → Markdown, for `export`. The stored HTML is first reduced to the body
 * model and written back as plain HTML (body-model.ts, render-model.ts), so the converter
 * never sees Intercom's wrappers and every table has the header row Markdown needs.
 *
 * Library choice (same 1,000-article corpus as markdown-to-html.ts; each candidate's
 * Markdown rendered again with markdown-it and compared by meaning with the original):
 * turndown 7.2.5 + the Joplin GFM plugin kept the meaning of 1,000 of 1,000 articles in
 * ~1.1 s; unified (rehype-parse + rehype-remark + remark-stringify) also 1,000 of 1,000
 * but ~2.8 s and some 60 packages; node-html-markdown was fastest (~0.4 s) but kept only
 * 278 of 1,000 (nested lists inside ordered items were lost). Export is not on the
 * plan's hot path, so fidelity first, then speed: turndown.
 */
import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { parseBody } from './body-model.js';
import { renderBlocks } from './render-model.js';

/** What the list-item rule reads of the DOM node turndown hands it. */
interface ListParent {
  nodeName: string;
  children: ArrayLike<unknown>;
  getAttribute(name: string): string | null;
}

export interface HtmlToMarkdownOptions {
  /**
   * Maps an absolute link URL to the target to write instead (e.g. another exported
   * article's Markdown file); undefined keeps the URL.
   */
  mapLink?: (url: string) => string | undefined;
}

const converter = new TurndownService({
  headingStyle: 'atx',
  hr: '---',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  fence: '```',
  emDelimiter: '*',
  strongDelimiter: '**',
  linkStyle: 'inlined',
});
converter.use(gfm);
// turndown pads list markers to four columns (`-   item`); write them as people do.
converter.addRule('listItem', {
  filter: 'li',
  replacement(content, node) {
    const parent = node.parentNode as ListParent | null;
    let marker = '- ';
    if (parent?.nodeName === 'OL') {
      const start = Number(parent.getAttribute('start') ?? '1');
      marker = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
    }
    const indent = ' '.repeat(marker.length);
    const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n(?=.)/g, `\n${indent}`);
    return `${marker}${body}${node.nextSibling && !body.endsWith('\n') ? '\n' : ''}`;
  },
});
// Embedded media has no Markdown form: keep it as HTML, which Markdown passes through.
converter.keep(['iframe', 'video', 'audio', 'embed', 'object', 'details', 'summary', 'figure', 'u', 'sup', 'sub']);

export function htmlToMarkdown(html: string, options: HtmlToMarkdownOptions = {}): string {
  const blocks = parseBody(html);
  const clean = renderBlocks(blocks, { codeLanguages: true });
  const input = options.mapLink ? rewriteLinks(clean, options.mapLink) : clean;
  const markdown = converter.turndown(input);
  return markdown === '' ? '' : `${markdown.trimEnd()}\n`;
}

/** The clean HTML writes every link as `<a href="…">` exactly, so a pattern is safe here. */
function rewriteLinks(html: string, mapLink: (url: string) => string | undefined): string {
  return html.replace(/<a href="([^"]*)">/g, (whole, encoded: string) => {
    const url = encoded.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const mapped = mapLink(url);
    if (mapped === undefined) return whole;
    return `<a href="${mapped.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  });
}
