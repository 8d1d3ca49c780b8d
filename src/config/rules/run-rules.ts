import { KINDS } from '../../resources/registry.js';
import type { Finding } from '../parts/findings.js';
import type { Loose, RuleContext } from '../parts/loose.js';
import { checkIgnored } from './ignore-rules.js';
import { checkScopes } from './scope-rules.js';
import { checkWorkspaces } from './workspace-rules.js';

/** Every rule that compares values with each other; each reports all it finds. */
export function runRules(raw: Loose, data: Loose, context: RuleContext): Finding[] {
  return [
    ...checkWorkspaces(raw, data, context),
    ...checkScopes(data, context),
    ...checkIgnored(data),
    ...KINDS.flatMap((kind) => kind.rules(data, context)),
  ];
}
