import { closestMatch } from '../did-you-mean.js';
import type { ConfigPath, Finding } from '../parts/findings.js';
import { at, listOf, quote } from '../parts/findings.js';
import { SINGLE_REFERENCE } from '../interpolate-env.js';
import { baseUrlProblem, type BaseUrlProblem } from '../loopback-host.js';
import { ownValue } from '../../common/own-property.js';
import { WORKSPACE_NAME, WORKSPACE_NAME_RULE } from '../schema.js';
import { isRecord, text, type Loose, type RuleContext } from '../parts/loose.js';

const URL_MESSAGES: Record<BaseUrlProblem, string> = {
  invalid: 'is not a valid URL; write the full base URL, e.g. https://api.intercom.io',
  protocol: 'must start with https:// (or http:// for a loopback host)',
  credentials: 'must not contain a user name or password; the access token goes in `token:`',
  query: 'must not have a query (?…) or fragment (#…); give only the base URL',
  'trailing-dot': 'has a host name ending in a dot; write it without the final dot (e.g. localhost, api.eu.intercom.io)',
  insecure:
    'uses plain http to a host that is not loopback, which would send the access token unencrypted; use https://, or http:// only for localhost, 127.x.x.x or [::1]',
};

/**
 * Workspace declarations: at least one, a default that exists, no conflicting targets,
 * safe URLs, and tokens only as environment references. `raw` is the data before
 * interpolation, where a token written into the file is still visible as such.
 */
export function checkWorkspaces(raw: Loose, data: Loose, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const workspaces = data['workspaces'];
  const rawWorkspaces = isRecord(raw['workspaces']) ? raw['workspaces'] : {};
  if (isRecord(workspaces) && Object.keys(workspaces).length === 0) {
    findings.push(at(['workspaces'], 'declare at least one workspace, e.g. `sandbox: { sandbox: .intercom/sandbox.json }`'));
  }
  const defaultName = text(data['default_workspace']);
  if (defaultName && isRecord(workspaces) && !Object.hasOwn(workspaces, defaultName)) {
    const guess = closestMatch(defaultName, context.workspaceNames);
    const hint = guess !== undefined ? `did you mean ${quote(guess)}?` : `declared workspaces are ${listOf(context.workspaceNames) || '(none)'}`;
    findings.push(at(['default_workspace'], `workspace ${quote(defaultName)} is not declared under \`workspaces:\`; ${hint}`));
  }
  if (!isRecord(workspaces)) return findings;
  for (const [name, workspace] of Object.entries(workspaces)) {
    const path: ConfigPath = ['workspaces', name];
    // zod skips a `__proto__` key without checking it, so names are checked here as well
    // (same message and position as the schema's, so a name it does report is listed once).
    if (!WORKSPACE_NAME.test(name)) findings.push(at(path, `key ${quote(name)}: ${WORKSPACE_NAME_RULE}`, 'key'));
    if (!isRecord(workspace)) continue;
    const rawWorkspace = ownValue(rawWorkspaces, name);
    findings.push(...checkTarget(workspace, isRecord(rawWorkspace) ? rawWorkspace : {}, path));
    findings.push(...checkToken(workspace, isRecord(rawWorkspace) ? rawWorkspace : {}, path));
  }
  return findings;
}

// Presence is read from the raw data: a value dropped for an unset variable still counts.
function checkTarget(workspace: Loose, rawWorkspace: Loose, path: ConfigPath): Finding[] {
  const findings: Finding[] = [];
  const has = (key: string) => rawWorkspace[key] !== undefined;
  if (has('sandbox')) {
    for (const key of ['region', 'url', 'token'].filter(has)) {
      findings.push(at([...path, key], `a sandbox workspace runs locally, so \`${key}\` does not apply; remove \`${key}\`, or remove \`sandbox\` to use Intercom`, 'key'));
    }
  } else if (has('seed')) {
    findings.push(at([...path, 'seed'], 'a seed file only applies to a sandbox workspace; add `sandbox: FILE` or remove `seed`', 'key'));
  } else if (has('switches')) {
    findings.push(at([...path, 'switches'], 'switches only apply to a sandbox workspace (Intercom behaves as it does); add `sandbox: FILE` or remove `switches`', 'key'));
  } else if (has('region') && has('url')) {
    findings.push(at([...path, 'url'], '`url` and `region` both choose the API address; keep only one', 'key'));
  }
  const url = text(workspace['url']);
  if (url !== undefined) {
    const problem = baseUrlProblem(url);
    if (problem) findings.push(at([...path, 'url'], URL_MESSAGES[problem]));
  }
  return findings;
}

// Messages here never include the token value, not even a part of it.
function checkToken(workspace: Loose, rawWorkspace: Loose, path: ConfigPath): Finding[] {
  const rawToken = rawWorkspace['token'];
  if (rawToken === undefined || rawToken === null) return [];
  const tokenPath = [...path, 'token'];
  const reference = typeof rawToken === 'string' ? SINGLE_REFERENCE.exec(rawToken) : null;
  if (!reference) {
    return [
      at(
        tokenPath,
        'must be an environment reference such as ${INTERCOM_TOKEN}, never the token itself: config files get committed and shared. Write `token: ${INTERCOM_TOKEN}` and set that variable',
      ),
    ];
  }
  const variable = reference[1] ?? '';
  const value = workspace['token'];
  if (value === '') return [at(tokenPath, `environment variable ${variable} is set but empty; set it to the access token`)];
  if (typeof value === 'string' && /[\s\p{Cc}]/u.test(value)) {
    return [at(tokenPath, `the value of ${variable} contains spaces, line breaks or control characters (a copied trailing newline?); set it to the bare access token`)];
  }
  return [];
}
