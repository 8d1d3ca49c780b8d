/**
 * The escaping modules, one per target: what a hostile name becomes in terminal text, JSON,
 * markdown and workflow commands. The end-to-end proof with names from Intercom is
 * test/security/control-characters-from-intercom.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { commentValue, markdownCode, markdownFence, markdownInline } from '../../src/render/escape-markdown.js';
import { terminalInline, terminalJson, terminalLines } from '../../src/render/escape-terminal.js';
import { annotation, escapeData, escapeProperty, unescapeData, unescapeProperty } from '../../src/render/escape-workflow-command.js';

/** Every character that must never reach output raw. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('terminal text', () => {
  test('controls and bidirectional overrides are written in notation', () => {
    expect(terminalInline('\u001b]0;owned\u0007Bug')).toBe('\\u001b]0;owned\\u0007Bug');
    expect(terminalInline('Bug\rFeature\nx\ty')).toBe('Bug\\rFeature\\nx\\ty');
    expect(terminalInline('a\u009b2Jb\u202eevil\u2028c\u007f')).toBe('a\\u009b2Jb\\u202eevil\\u2028c\\u007f');
  });

  test('no workflow command can start: `::` at a line start and `##[` anywhere are broken', () => {
    expect(terminalInline('::add-mask::x')).toBe('\\u003a:add-mask::x');
    expect(terminalInline('  ::warning::x')).toBe('  \\u003a:warning::x');
    expect(terminalInline('a ::b:: c')).toBe('a ::b:: c');
    expect(terminalInline('Ship ##[add-mask]secret')).toBe('Ship ##\\u005badd-mask]secret');
    expect(terminalLines('Error: "Ship\n::add-mask::secret" failed\n    \t::error::x')).toBe('Error: "Ship\n\\u003a:add-mask::secret" failed\n    \t\\u003a:error::x');
  });

  test('ordinary text, emoji, joiners and right-to-left scripts are unchanged', () => {
    for (const text of ['Bug report', 'Dev 👩‍💻', 'בקשת שירות', 'می‌خواهم', 'a: b, c % d']) expect(terminalInline(text)).toBe(text);
  });

  test('JSON text stays exact data with no raw control in it', () => {
    const value = { name: '\u001b[2J\u009b\u202e\u2028##[add-mask]x\r\n::y', n: 1 };
    const text = terminalJson(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).not.toContain('##[');
  });
});

describe('markdown', () => {
  test('HTML and markdown syntax become character references; controls are shown', () => {
    expect(markdownInline('</summary><script>alert(1)</script>')).toBe('&lt;/summary&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdownInline('*bold* _em_ [l](u) `c` ~s~ a|b \\')).toBe('&#42;bold&#42; &#95;em&#95; &#91;l&#93;(u) &#96;c&#96; &#126;s&#126; a&#124;b &#92;');
    // The notation's backslash is itself a reference, so it reads as \\n and escapes nothing.
    expect(markdownInline('x\n\n</details>\u001b')).toBe('x&#92;n&#92;n&lt;/details&gt;&#92;u001b');
  });

  test('a mention is kept from notifying outside code, and left alone inside it', () => {
    expect(markdownInline('@acme/support')).toBe('@&#8203;acme/support');
    expect(markdownCode('ada@example.com')).toBe('<code>ada@example.com</code>');
  });

  test('a fence is longer than any backtick run inside it', () => {
    expect(markdownFence('a ``` b\n```` c\u001b', 'diff')).toBe('`````diff\na ``` b\n```` c\\u001b\n`````');
    expect(markdownFence('plain\n\n')).toBe('```\nplain\n```');
  });

  test('a value in a hidden comment cannot close it', () => {
    const value = commentValue('x --> <b>\u202e');
    expect(value).toBe('"x --\\u003e \\u003cb\\u003e\\u202e"');
    expect(JSON.parse(value)).toBe('x --> <b>\u202e');
  });
});

describe('workflow commands', () => {
  test('a message is one line; a property cannot end itself early', () => {
    expect(escapeData('50% done\nnext\r\u001b[2J')).toBe('50%25 done%0Anext\\r\\u001b[2J');
    expect(escapeProperty('a:b,c\n')).toBe('a%3Ab%2Cc%0A');
    expect(unescapeProperty(escapeProperty('dir, x/a:b.yaml'))).toBe('dir, x/a:b.yaml');
    expect(unescapeData(escapeData('two\nlines 100%'))).toBe('two\nlines 100%');
  });

  test('an annotation is exactly one line whatever its parts hold', () => {
    const line = annotation('error', 'bad\n::add-mask::secret', { file: 'a,b:c\n.yaml', line: 3, col: 4, title: '\u001b]0;t\u0007' });
    expect(line).toBe('::error file=a%2Cb%3Ac%0A.yaml,line=3,col=4,title=\\u001b]0;t\\u0007::bad%0A::add-mask::secret\n');
    expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
  });
});
