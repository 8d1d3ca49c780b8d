import { describe, expect, it } from 'vitest';
import { diffBodies, diffMarkdown, htmlToMarkdown, markdownToHtml, sameBody } from '../../src/content/index.js';

const STORED = [
  '<h2 id="h_5b1e0a9c3d">Install the app</h2>',
  '<p class="no-margin">Open <b>Settings</b>, then <i>Apps</i>. See <a href="https://help.acme.test/en/articles/7-billing" target="_blank" class="intercom-content-link">billing</a>.</p>',
  '<ol><li><p class="no-margin">Download</p></li><li><p class="no-margin">Run <code>setup</code></p><ul><li><p class="no-margin">macOS</p></li></ul></li></ol>',
  '<div class="intercom-container"><img src="https://downloads.intercomcdn.com/i/o/1/shot.png" alt="Screenshot"></div>',
  '<div class="intercom-interblocks-table-container"><table role="presentation"><tbody><tr><td><p class="no-margin">Plan</p></td><td><p class="no-margin">Seats</p></td></tr><tr><td><p class="no-margin">Pro</p></td><td><p class="no-margin">10</p></td></tr></tbody></table></div>',
  '<pre><code>npm ci</code></pre>',
  '<div class="intercom-h2b-video"><iframe src="https://www.youtube.com/embed/abc" frameborder="0"></iframe></div>',
].join('');

describe('htmlToMarkdown', () => {
  it('writes Intercom HTML as plain Markdown: no classes, ids or wrappers; the first table row as header', () => {
    expect(htmlToMarkdown(STORED)).toBe(
      [
        '## Install the app',
        '',
        'Open **Settings**, then *Apps*. See [billing](https://help.acme.test/en/articles/7-billing).',
        '',
        '1. Download',
        '2. Run `setup`',
        '   - macOS',
        '',
        '![Screenshot](https://downloads.intercomcdn.com/i/o/1/shot.png)',
        '',
        '| Plan | Seats |',
        '| --- | --- |',
        '| Pro | 10  |',
        '',
        '```',
        'npm ci',
        '```',
        '',
        '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
        '',
      ].join('\n'),
    );
    expect(sameBody(markdownToHtml(htmlToMarkdown(STORED)).html, STORED)).toBe(true);
  });

  it('lets the caller turn article URLs back into relative targets', () => {
    const markdown = htmlToMarkdown(STORED, { mapLink: (url) => (url.includes('/articles/7-') ? 'billing.md' : undefined) });
    expect(markdown).toContain('See [billing](billing.md).');
    expect(markdown).toContain('](https://downloads.intercomcdn.com/i/o/1/shot.png)');
  });

  it('keeps code block languages when the HTML has them, and escapes Markdown characters in text', () => {
    expect(htmlToMarkdown('<pre><code class="language-js">let a = 1;</code></pre><p>*not emphasis* and # not a heading</p>')).toBe(
      '```js\nlet a = 1;\n```\n\n\\*not emphasis\\* and # not a heading\n',
    );
    expect(htmlToMarkdown('')).toBe('');
  });
});

describe('body diffs', () => {
  it('shows a changed line in Markdown, with context, and nothing for bodies that read the same', () => {
    const before = markdownToHtml('# Title\n\nOne\n\nTwo\n\nThree\n\nFour\n\nFive\n').html;
    const after = markdownToHtml('# Title\n\nOne\n\nTwo\n\nTHREE\n\nFour\n\nFive\n').html;
    expect(diffBodies(before, after, { context: 1 })).toEqual({
      added: 1,
      removed: 1,
      lines: [
        { op: '…', text: '5 unchanged lines' },
        { op: ' ', text: '' },
        { op: '-', text: 'Three' },
        { op: '+', text: 'THREE' },
        { op: ' ', text: '' },
        { op: '…', text: '3 unchanged lines' },
      ],
    });
    expect(diffBodies(before, `<div class="x">${before.replace(/<p>/g, '<p class="no-margin">')}</div>`)).toEqual({ added: 0, removed: 0, lines: [] });
  });

  it('diffs Markdown directly, from nothing to something', () => {
    expect(diffMarkdown('', 'New\n')).toEqual({ added: 1, removed: 0, lines: [{ op: '+', text: 'New' }] });
  });
});
