/**
 * The `Intercom-Version` header: which values exist and how they compare. Preview (and its
 * older name Unstable) is newer than every numbered version.
 */

const NUMBERED = [
  '1.0', '1.1', '1.2', '1.3', '1.4',
  '2.0', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9',
  '2.10', '2.11', '2.12', '2.13', '2.14', '2.15', '2.16',
];
const PREVIEW_NAMES = ['Preview', 'Unstable'];

export interface ApiVersion {
  raw: string;
  /** Sortable rank: major * 1000 + minor; Infinity for Preview. */
  rank: number;
}

export function parseApiVersion(raw: string): ApiVersion | undefined {
  if (PREVIEW_NAMES.includes(raw)) return { raw, rank: Number.POSITIVE_INFINITY };
  if (!NUMBERED.includes(raw)) return undefined;
  return { raw, rank: rankOf(raw) };
}

export function isKnownApiVersion(raw: string): boolean {
  return parseApiVersion(raw) !== undefined;
}

/** True when `version` is `minimum` or newer ('2.16' style minimum). */
export function atLeast(version: ApiVersion, minimum: string): boolean {
  return version.rank >= rankOf(minimum);
}

function rankOf(numbered: string): number {
  const [major, minor] = numbered.split('.').map(Number);
  return (major ?? 0) * 1000 + (minor ?? 0);
}
