import { describe, expect, it } from 'vitest';
import { isRelativeTarget, markdownToHtml } from '../../src/content/index.js';

describe('markdownToHtml', () => {
  it('renders CommonMark with GFM tables and strikethrough, and passes raw HTML through', () => {
    const { html } = markdownToHtml('# Title\n\n~~old~~ **new**\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<div class="intercom-interblocks-callout"><p>Note</p></div>\n');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<s>old</s> <strong>new</strong>');
    expect(html).toMatch(/<table>[\s\S]*<th>a<\/th>[\s\S]*<td>2<\/td>/);
    expect(html).toContain('<div class="intercom-interblocks-callout"><p>Note</p></div>');
  });

  it('maps relative link targets through the resolver and lists the ones it does not know, with positions', () => {
    const source = 'Intro\n\nSee [install](install.md#setup) and [faq](faq.md).\nAlso [home](https://acme.test), [top](#top) and [mail](mailto:a@b.test).\n\n- [again](install.md)\n';
    const seen: string[] = [];
    const result = markdownToHtml(source, {
      resolveLink: (target) => {
        seen.push(target);
        return target.startsWith('install.md') ? 'https://help.acme.test/en/articles/5-install' : undefined;
      },
    });
    expect(seen).toEqual(['install.md#setup', 'faq.md', 'install.md']);
    expect(result.html).toContain('<a href="https://help.acme.test/en/articles/5-install">install</a>');
    expect(result.html).toContain('<a href="faq.md">faq</a>');
    expect(result.unresolvedLinks).toEqual([{ target: 'faq.md', line: 3, column: 43 }]);
    expect(result.imageProblems).toEqual([]);
  });

  it('reports images Intercom cannot show: relative paths and non-https sources, in Markdown and raw HTML', () => {
    const source = [
      '![ok](https://cdn.acme.test/a.png)',
      '',
      'Text ![shot](img/shot.png) and ![old](http://cdn.acme.test/b.png)',
      '',
      '<p><img src="../c.png"></p>',
      '',
      'Inline <img src="/d.png"> here',
    ].join('\n');
    expect(markdownToHtml(source).imageProblems).toEqual([
      { src: 'img/shot.png', reason: 'relative', line: 3, column: 14 },
      { src: 'http://cdn.acme.test/b.png', reason: 'not-https', line: 3, column: 39 },
      { src: '../c.png', reason: 'relative', line: 5, column: 14 },
      { src: '/d.png', reason: 'relative', line: 7, column: 18 },
    ]);
  });

  it('finds a repeated target at each of its places', () => {
    const { unresolvedLinks } = markdownToHtml('[a](x.md) [b](x.md)\n\n[c](x.md)\n');
    expect(unresolvedLinks.map((l) => [l.line, l.column])).toEqual([[1, 5], [1, 15], [3, 5]]);
  });

  it('tells relative targets from absolute ones', () => {
    expect(['a.md', '../a.md', '/faq', 'img/x.png'].every(isRelativeTarget)).toBe(true);
    expect(['https://x.test', '//cdn.test/a.png', '#top', 'mailto:a@b.test', 'data:image/png;base64,AA', ''].some(isRelativeTarget)).toBe(false);
  });
});
