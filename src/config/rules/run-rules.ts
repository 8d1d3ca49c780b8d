import type { Finding } from '../findings.js';
import { checkCollections } from './collection-rules.js';
import type { Loose, RuleContext } from './loose.js';
import { checkScopeReferences } from './scope-rules.js';
import { checkTicketStates } from './ticket-state-rules.js';
import { checkTicketTypes } from './ticket-type-rules.js';
import { checkWorkspaces } from './workspace-rules.js';

/** Every rule that compares values with each other; each reports all it finds. */
export function runRules(raw: Loose, data: Loose, context: RuleContext): Finding[] {
  return [
    ...checkWorkspaces(raw, data, context),
    ...checkScopeReferences(data, context),
    ...checkTicketStates(data, context),
    ...checkTicketTypes(data, context),
    ...checkCollections(data, context),
  ];
}
