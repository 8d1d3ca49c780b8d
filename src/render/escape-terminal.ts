import { showControls } from './show-controls.js';

/**
 * Text for a terminal or a CI log, where every user and Intercom string goes through here.
 * Controls are shown in notation (see show-controls.ts). GitHub's runner also reads the
 * log: a line that starts with `::` (after blanks) is a workflow command, and so is `##[`
 * anywhere in a line (its older syntax). Both are broken by writing one character of them
 * in the same notation, so the text still reads the same to a person.
 */
function neutraliseCommands(text: string): string {
  return text.replace(/##\[/g, '##\\u005b').replace(/^([^\S\n]*):(?=:)/gm, '$1\\u003a');
}

/** A name, id or value inside one line of output: line breaks are shown too. */
export function terminalInline(text: string): string {
  return neutraliseCommands(showControls(text, 'nothing'));
}

/** A message or body of several lines, which keeps its line breaks and tabs. */
export function terminalLines(text: string): string {
  return neutraliseCommands(showControls(text, 'line-breaks-and-tabs'));
}

/**
 * JSON for stdout. The value stays exact (a JSON string may escape any character), but the
 * characters JSON.stringify leaves raw — C1 controls, bidirectional controls, DEL, the
 * Unicode separators — and `##[` are written as `\uXXXX` escapes, so the text is safe to print.
 */
export function terminalJson(value: unknown): string {
  return neutraliseCommands(showControls(JSON.stringify(value, null, 2), 'line-breaks'));
}
