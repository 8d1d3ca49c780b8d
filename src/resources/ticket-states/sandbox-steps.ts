/**
 * The sandbox commands that perform a ticket-state manual step, quoted for a shell, so a
 * plan against a sandbox workspace (where no Intercom settings page exists) says exactly
 * how to clear it.
 */

/** A word as a POSIX shell reads it back: bare when safe, else in double quotes. */
export function shellWord(text: string): string {
  return /^[\w./:@%+=-]+$/.test(text) ? text : `"${text.replace(/["\\$`]/g, '\\$&')}"`;
}

export function addStateCommand(label: string, category: string | undefined, externalLabel: string | undefined): string {
  const parts = ['intercom-config sandbox states add', shellWord(label), `--category ${category ?? 'CATEGORY'}`];
  if (externalLabel !== undefined && externalLabel !== label) parts.push(`--external-label ${shellWord(externalLabel)}`);
  return parts.join(' ');
}

export function assignStatesCommand(typeName: string, labels: readonly string[]): string {
  return ['intercom-config sandbox states assign', shellWord(typeName), ...labels.map(shellWord)].join(' ');
}
