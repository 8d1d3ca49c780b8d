import { showControls } from './show-controls.js';

/**
 * GitHub workflow commands (`::error file=F,line=L::message`), the one place that escapes
 * their parts, for the CLI and the action alike. The runner decodes `%25`, `%0D`, `%0A`
 * (and in properties `%3A`, `%2C`). Line breaks are encoded; every other control, CR
 * included, is shown in notation, so a message can hold line breaks but never a terminal
 * sequence or a line overwrite.
 */

/** A command's message: one line of output whatever it holds. */
export function escapeData(text: string): string {
  return showControls(text, 'line-breaks').replace(/%/g, '%25').replace(/\n/g, '%0A');
}

/** A property value: also no `:` or `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function unescapeData(text: string): string {
  return text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

export function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  col?: number;
}

/** `::LEVEL props::message` and its line break. */
export function annotation(level: AnnotationLevel, message: string, properties: AnnotationProperties = {}): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}
