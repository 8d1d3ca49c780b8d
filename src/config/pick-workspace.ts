/**
 * Which workspace a command uses: the one asked for, else `default_workspace`, else the
 * only one declared, else the one named `sandbox`. Undefined when none of these applies.
 */
export function pickWorkspaceName(
  requested: string | undefined,
  defaultWorkspace: string | undefined,
  declared: readonly string[],
): string | undefined {
  if (requested !== undefined) return requested;
  if (defaultWorkspace !== undefined) return defaultWorkspace;
  if (declared.length === 1) return declared[0];
  return declared.includes('sandbox') ? 'sandbox' : undefined;
}
