/**
 * Properties over generated articles (headings, paragraphs with marks, links and images,
 * nested lists, code, tables, quotes, rules): a written article never compares as
 * changed once Intercom's editor rewrote it (the sandbox's `articleHtml: 'editor'`), and
 * exporting what Intercom stores to Markdown gives a body that compares the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, markdownToHtml, normaliseBody, sameBody } from '../../src/content/index.js';
import { rewriteLikeEditor } from '../../src/sandbox/model/editor-html.js';

const word = fc.oneof(
  fc.constantFrom('open', 'the', 'app', 'Settings', 'save', 'café', 'naïve', '2024', 'v1.2', 'e-mail'),
  fc.constantFrom('a*b', 'snake_case', '#1', '[x]', 'x < y', 'A&B', '50%', '"quoted"', "it's", 'back\\slash', '1.', '- dash'),
);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const url = fc.constantFrom('https://acme.test/a', 'https://acme.test/b?x=1&y=2', 'https://help.acme.test/en/articles/5-install');
const inline = fc.oneof(
  { weight: 4, arbitrary: words },
  words.map((t) => `**${t}**`),
  words.map((t) => `*${t}*`),
  words.map((t) => `~~${t}~~`),
  fc.constantFrom('`npm ci`', '`a < b`'),
  fc.tuple(words, url).map(([t, u]) => `[${t}](${u})`),
  fc.tuple(fc.constantFrom('Shot', 'Diagram', ''), fc.constantFrom('https://cdn.acme.test/a.png', 'https://cdn.acme.test/b.gif')).map(([alt, src]) => `![${alt}](${src})`),
);
const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const heading = fc.tuple(fc.integer({ min: 1, max: 4 }), words).map(([level, text]) => `${'#'.repeat(level)} ${text}`);
const list = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, fc.option(fc.array(line, { minLength: 1, maxLength: 3 }), { nil: undefined })), { minLength: 1, maxLength: 4 }))
  .map(([ordered, items]) =>
    items
      .map(([text, children], i) => {
        const marker = ordered ? `${i + 1}. ` : '- ';
        const nested = (children ?? []).map((child) => `${' '.repeat(marker.length)}- ${child}`).join('\n');
        return nested ? `${marker}${text}\n${nested}` : `${marker}${text}`;
      })
      .join('\n'),
  );
const code = fc.tuple(fc.constantFrom('', 'js', 'bash'), fc.array(fc.constantFrom('const x = 1;', '  indented();', 'echo "$HOME" > out', 'a  b'), { minLength: 1, maxLength: 3 })).map(([lang, lines]) => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``);
const cell = fc.oneof(fc.constantFrom('1', 'yes', 'Pro'), fc.constantFrom('**bold**', '`code`', '[x](https://acme.test/t)'));
const table = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).chain(([cols, rows]) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows + 1, maxLength: rows + 1 }).map((cells) =>
    [`| ${cells[0]?.join(' | ')} |`, `|${' --- |'.repeat(cols)}`, ...cells.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n'),
  ),
);
const quote = line.map((text) => `> ${text}`);
const block = fc.oneof({ weight: 4, arbitrary: paragraph }, heading, list, code, table, quote, fc.constant('---'));
const article = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => `${blocks.join('\n\n')}\n`);

describe('article bodies (generated articles)', () => {
  it("never compare as changed after Intercom's editor rewrote them", () => {
    fc.assert(
      fc.property(article, (markdown) => {
        const sent = markdownToHtml(markdown).html;
        const stored = rewriteLikeEditor(sent);
        expect(normaliseBody(stored)).toBe(normaliseBody(sent));
      }),
      { numRuns: 300 },
    );
  });

  it('export to Markdown and write again: the same body, from the HTML as sent and as stored', () => {
    fc.assert(
      fc.property(article, (markdown) => {
        const sent = markdownToHtml(markdown).html;
        for (const html of [sent, rewriteLikeEditor(sent)]) {
          const exported = htmlToMarkdown(html);
          expect(normaliseBody(markdownToHtml(exported).html)).toBe(normaliseBody(sent));
          // Exporting is stable: the exported Markdown exports to itself.
          expect(htmlToMarkdown(markdownToHtml(exported).html)).toBe(exported);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does see a changed word', () => {
    fc.assert(
      fc.property(article, (markdown) => {
        const sent = markdownToHtml(markdown).html;
        const changed = markdownToHtml(`${markdown}\nextra word\n`).html;
        expect(sameBody(sent, rewriteLikeEditor(changed))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
