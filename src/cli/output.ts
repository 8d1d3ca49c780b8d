/**
 * The one output path: a command's typed result, shown as text, JSON or markdown on
 * stdout, with the exit code the result implies.
 */
import { terminalJson } from '../render/escape-terminal.js';
import { shouldColor } from '../render/style.js';
import type { CliIo, TextOutput } from './io.js';

export type OutputFormat = 'text' | 'json' | 'markdown';

/** How one command shows its result. Errors are thrown, never part of a result. */
export interface ResultView<R> {
  text(result: R, options: { color: boolean }): string;
  /** The --json document. */
  json(result: R): unknown;
  markdown?(result: R): string;
  /** Default 0. */
  exitCode?(result: R): number;
  /**
   * With --json, the text is still written, to stderr, for the person watching (apply's
   * summary); otherwise --json prints only the JSON.
   */
  textOnStderrWithJson?: boolean;
}

export interface ShowOptions {
  format: OutputFormat;
  /** --color / --no-color; undefined lets the stream and NO_COLOR / FORCE_COLOR decide. */
  color?: boolean | undefined;
}

/** The result as one format's text (`color` only matters for text). */
export function renderResult<R>(view: ResultView<R>, result: R, format: OutputFormat, color: boolean): string {
  if (format === 'json') return `${terminalJson(view.json(result))}\n`;
  if (format === 'markdown' && view.markdown) return view.markdown(result);
  return view.text(result, { color });
}

export function writeResult<R>(io: CliIo, view: ResultView<R>, result: R, options: ShowOptions): void {
  const colorOn = (stream: TextOutput) => shouldColor(stream, io.env, options.color);
  if (options.format === 'json' && view.textOnStderrWithJson) write(io.stderr, view.text(result, { color: colorOn(io.stderr) }));
  write(io.stdout, renderResult(view, result, options.format, colorOn(io.stdout)));
  const code = view.exitCode?.(result) ?? 0;
  if (code !== 0) io.setExitCode(code);
}

function write(stream: TextOutput, text: string): void {
  if (text !== '') stream.write(text);
}
