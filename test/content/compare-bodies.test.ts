import { describe, expect, it } from 'vitest';
import { bodyFingerprint, markdownToHtml, normaliseBody, sameBody } from '../../src/content/index.js';

/** Pairs that read the same: what we send, and what Intercom's editor stores. */
const SAME: [string, string, string][] = [
  ['plain text becomes a paragraph', 'Body of the Article', '<p class="no-margin">Body of the Article</p>'],
  ['heading ids and classes', '<h2>Steps</h2>', '<h2 id="h_2f0c8d91aa" class="intercom-align-left">Steps</h2>'],
  ['tag spellings', '<p><strong>a</strong> <em>b</em> <s>c</s></p>', '<p><b>a</b> <i>b</i> <del>c</del></p>'],
  ['mark nesting order and split runs', '<p><strong><em>ab</em></strong></p>', '<p><i><b>a</b></i><em><strong>b</strong></em></p>'],
  ['spaces at mark edges', '<p>a <strong>b</strong> c</p>', '<p>a<strong> b </strong>c</p>'],
  ['whitespace and nbsp', '<p>one two</p>\n\n<p>three</p>', '<p>  one\n\u00a0two </p><p>three<br></p>'],
  ['br spellings', '<p>a<br>b</p>', '<p>a<br/>b</p>'],
  ['entities', '<p>café &amp; “quotes” &lt;tag&gt;</p>', '<p>caf&#xe9; &#38; &ldquo;quotes&rdquo; &lt;tag&gt;</p>'],
  ['link attributes', '<p><a href="https://x.test/a">go</a></p>', '<p><a target="_blank" class="intercom-content-link" rel="nofollow" href="https://x.test/a">go</a></p>'],
  ['image containers', '<p><img src="https://cdn.test/a.png" alt="Shot"></p>', '<div class="intercom-container"><img alt="Shot" src="https://cdn.test/a.png"></div>'],
  ['tight and loose lists', '<ul><li>one</li><li>two<ol><li>x</li></ol></li></ul>', '<ul><li><p class="no-margin">one</p></li><li><p>two</p><ol><li><p>x</p></li></ol></li></ul>'],
  [
    'table header rows and wrappers',
    '<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td><code>x</code></td></tr></tbody></table>',
    '<div class="intercom-interblocks-table-container"><table role="presentation"><tbody><tr><td><p class="no-margin">A</p></td><td><p class="no-margin">B</p></td></tr><tr><td><p class="no-margin">1</p></td><td><p class="no-margin"><code>x</code></p></td></tr></tbody></table></div>',
  ],
  ['code language and trailing newline', '<pre><code class="language-js">const x = 1;\n</code></pre>', '<pre><code>const x = 1;</code></pre>'],
  ['empty paragraphs and comments', '<p>a</p>', '<p class="no-margin"></p><!-- note --><p>a</p><p><br></p>'],
  ['styling spans', '<p>red text</p>', '<p><span style="color: red">red</span> text</p>'],
];

/** Pairs that differ in meaning: each must show as a change. */
const DIFFERENT: [string, string, string][] = [
  ['a word', '<p>Open the store</p>', '<p>Open the shop</p>'],
  ['a link target', '<p><a href="https://x.test/a">go</a></p>', '<p><a href="https://x.test/b">go</a></p>'],
  ['an image source', '<p><img src="https://cdn.test/a.png"></p>', '<p><img src="https://cdn.test/b.png"></p>'],
  ['image alt text', '<p><img src="https://cdn.test/a.png" alt="a"></p>', '<p><img src="https://cdn.test/a.png" alt="b"></p>'],
  ['a heading level', '<h2>Steps</h2>', '<h3>Steps</h3>'],
  ['bold added', '<p>a b</p>', '<p>a <b>b</b></p>'],
  ['list kind', '<ul><li>a</li></ul>', '<ol><li>a</li></ol>'],
  ['list order', '<ul><li>a</li><li>b</li></ul>', '<ul><li>b</li><li>a</li></ul>'],
  ['code content', '<pre><code>a  b</code></pre>', '<pre><code>a b</code></pre>'],
  ['paragraph split', '<p>a b</p>', '<p>a</p><p>b</p>'],
  ['a line break', '<p>a b</p>', '<p>a<br>b</p>'],
  ['a table cell', '<table><tr><td>1</td></tr></table>', '<table><tr><td>2</td></tr></table>'],
  ['an embedded video', '<iframe src="https://youtube.test/a"></iframe>', '<iframe src="https://youtube.test/b"></iframe>'],
];

describe('bodies compare by meaning', () => {
  it.each(SAME)('the same: %s', (_label, sent, stored) => {
    expect(normaliseBody(stored)).toBe(normaliseBody(sent));
    expect(sameBody(sent, stored)).toBe(true);
    expect(bodyFingerprint(stored)).toBe(bodyFingerprint(sent));
  });

  it.each(DIFFERENT)('a change: %s', (_label, before, after) => {
    expect(sameBody(before, after)).toBe(false);
    expect(bodyFingerprint(before)).not.toBe(bodyFingerprint(after));
  });

  it('takes Markdown output and the same text hand-written as HTML as the same body', () => {
    const { html } = markdownToHtml('## Setup\n\n1. Open *Settings*\n2. Click **Save**\n\n```\nnpm ci\n```\n');
    expect(sameBody(html, '<h2>Setup</h2><ol><li><p>Open <em>Settings</em></p></li><li><p>Click <strong>Save</strong></p></li></ol><pre>npm ci</pre>')).toBe(true);
  });
});
