import type { ChangeAction } from '../plan/plan-types.js';

/** ANSI styling that collapses to plain text when colour is off. */
export interface Style {
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  magenta(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001B[${open}m${text}\u001B[${close}m`;

export function createStyle(color: boolean): Style {
  if (!color) {
    const plain = (text: string) => text;
    return { green: plain, yellow: plain, red: plain, magenta: plain, cyan: plain, dim: plain, bold: plain };
  }
  return {
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    red: wrap(31, 39),
    magenta: wrap(35, 39),
    cyan: wrap(36, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}

/** Colour only on a terminal, never when NO_COLOR is set (https://no-color.org). */
export function shouldColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined> = process.env, flag?: boolean): boolean {
  // An explicit flag beats the environment (https://no-color.org).
  if (flag !== undefined) return flag;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true;
}

export const ACTION_SYMBOLS: Record<ChangeAction, string> = {
  create: '+',
  update: '~',
  archive: '-',
  unarchive: '^',
  delete: 'x',
  manual: '!',
  blocked: '#',
};

export const ACTION_LEGEND: Record<ChangeAction, string> = {
  create: 'create',
  update: 'update in place',
  archive: 'archive (Intercom keeps archived objects)',
  unarchive: 'unarchive',
  delete: 'delete',
  manual: 'manual step in Intercom (the API cannot do it)',
  blocked: 'blocked (needs --allow-delete)',
};

export function colorFor(action: ChangeAction, style: Style): (text: string) => string {
  switch (action) {
    case 'create':
    case 'unarchive':
      return style.green;
    case 'update':
      return style.yellow;
    case 'archive':
    case 'delete':
      return style.red;
    case 'manual':
      return style.magenta;
    case 'blocked':
      return style.dim;
  }
}
