import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { unescapeData, unescapeProperty } from '../../src/render/escape-workflow-command.js';

export { annotation, type AnnotationLevel, type AnnotationProperties } from '../../src/render/escape-workflow-command.js';

/**
 * The runner reads `::command::` lines from a step's output. Everything the action prints
 * that holds user or Intercom text goes through here, so a name with `::` or a line break
 * can never start a command of its own. Annotations are escaped where the CLI's are
 * (src/render/escape-workflow-command.ts).
 */

/**
 * Free text (CLI output, plans, errors) between `::stop-commands::` and its resume token,
 * so the runner treats every line in between as text. The token is random per block:
 * the text cannot guess it to resume early.
 */
export function verbatim(text: string, token: string = randomUUID()): string {
  if (text === '') return '';
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}

/**
 * The lines GITHUB_OUTPUT expects: `name<<DELIMITER`, the value, `DELIMITER`. The
 * delimiter is random and checked against the value, so a value cannot end it early.
 */
export function outputLines(outputs: Record<string, string | undefined>): string {
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    let delimiter = `ghadelimiter_${randomUUID()}`;
    while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  return text;
}

export async function writeOutputs(file: string | undefined, outputs: Record<string, string | undefined>): Promise<void> {
  if (file) await appendFile(file, outputLines(outputs));
}

export async function appendSummary(file: string | undefined, markdown: string): Promise<void> {
  if (file) await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

/** `::error file=F,line=L,col=C::message` as the CLI prints it for config errors. */
export interface CliAnnotation {
  file: string;
  line: number;
  col: number;
  message: string;
}

const CLI_ERROR_LINE = /^::error file=([^,:\r\n]*),line=(\d+),col=(\d+)::([^\r\n]*)$/;

/** Located config errors from CLI output; any other line is text, never a command. */
export function parseCliAnnotations(output: string): CliAnnotation[] {
  const found: CliAnnotation[] = [];
  for (const line of output.split('\n')) {
    const match = CLI_ERROR_LINE.exec(line);
    if (!match) continue;
    found.push({ file: unescapeProperty(match[1]!), line: Number(match[2]), col: Number(match[3]), message: unescapeData(match[4]!) });
  }
  return found;
}
