import { showControls } from './show-controls.js';

/**
 * Text for GitHub-flavoured markdown (pull-request comments, job summaries): every user and
 * Intercom string goes through here. Markdown inside HTML blocks such as `<summary>` is raw
 * HTML, and elsewhere it is markdown: so the text is HTML-escaped, and the characters that
 * start markdown syntax (emphasis, links, code spans, table cells, escapes) become character
 * references, which markdown always shows as the character itself. Controls are shown in
 * notation, so a name stays on its line and cannot end the block it is in.
 */
const MARKDOWN_SPECIAL: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  '|': '&#124;',
};

function escapeInline(text: string): string {
  return showControls(text, 'nothing').replace(/[&<>\\`*_[\]~|]/g, (char) => MARKDOWN_SPECIAL[char] ?? char);
}

/** A name, id, value or message inside a line of markdown or HTML. */
export function markdownInline(text: string): string {
  // `@name` outside code notifies that user or team; a zero-width space keeps it text.
  return escapeInline(text).replace(/@/g, '@&#8203;');
}

/**
 * Inline text as code: `<code>`, not backticks, so no backtick in it can end the span.
 * GitHub never turns `@name` in code into a mention, so an email address stays as it is.
 */
export function markdownCode(text: string): string {
  return `<code>${escapeInline(text)}</code>`;
}

/**
 * Text shown as it is, in a fenced block (`info` names its language): the fence is longer
 * than any backtick run inside, so nothing inside can close it. Line breaks and tabs stay.
 */
export function markdownFence(text: string, info = ''): string {
  const shown = showControls(text.replace(/\n+$/, ''), 'line-breaks-and-tabs');
  const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${shown}\n${fence}`;
}

/**
 * A value inside a hidden HTML comment (`<!-- … -->`): a JSON string whose `<`, `>` and
 * controls are escaped, so it can neither close the comment nor hide part of it.
 */
export function commentValue(text: string): string {
  return showControls(JSON.stringify(text), 'nothing').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}
