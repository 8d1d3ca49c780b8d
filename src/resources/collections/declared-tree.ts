import type { LiveHelpCenter } from '../../client/live-types.js';
import type { DesiredCollection } from '../../config/config-types.js';
import { address, inWorkspace, type ConfigPath, type PlanInput, type PlanIssues } from '../../plan/plan-context.js';
import { defaultHelpCenter } from './live-tree.js';

/** One declared collection with its place in the tree, flattened in pre-order. */
export interface DeclaredNode {
  decl: DesiredCollection;
  configPath: ConfigPath;
  /** Names from the top level down, this node included. */
  names: string[];
  helpCenter: LiveHelpCenter;
  parent: DeclaredNode | undefined;
  address: string;
}

/** Flattens `help_center.collections`, resolving each top-level node's help center. */
export function declaredNodes(input: PlanInput, issues: PlanIssues): DeclaredNode[] {
  const helpCenters = input.live.helpCenters ?? [];
  const nodes: DeclaredNode[] = [];
  const visit = (
    list: readonly DesiredCollection[],
    path: ConfigPath,
    parent: DeclaredNode | undefined,
    helpCenter: LiveHelpCenter | undefined,
  ): void => {
    list.forEach((decl, index) => {
      if (!inWorkspace(decl, input.workspace)) return;
      const configPath = [...path, index];
      const hc = parent ? helpCenter : resolveHelpCenter(decl, configPath, helpCenters, issues);
      if (!hc) return;
      const names = [...(parent?.names ?? []), decl.name];
      const node: DeclaredNode = {
        decl,
        configPath,
        names,
        helpCenter: hc,
        parent,
        address: address('collection', hc.identifier, ...names),
      };
      checkLocales(node, issues);
      nodes.push(node);
      visit(decl.collections ?? [], [...configPath, 'collections'], node, hc);
    });
  };
  visit(input.config.help_center?.collections ?? [], ['help_center', 'collections'], undefined, undefined);
  return nodes;
}

function resolveHelpCenter(
  decl: DesiredCollection,
  path: ConfigPath,
  helpCenters: readonly LiveHelpCenter[],
  issues: PlanIssues,
): LiveHelpCenter | undefined {
  if (helpCenters.length === 0) {
    issues.add(path, 'the workspace has no help center, so collections cannot be created; set one up in Intercom first');
    return undefined;
  }
  if (decl.help_center === undefined) return defaultHelpCenter(helpCenters);
  const found = helpCenters.find((h) => h.identifier === decl.help_center);
  if (!found) {
    const known = helpCenters.map((h) => `"${h.identifier}"`).join(', ');
    issues.add([...path, 'help_center'], `no help center "${decl.help_center}" in this workspace; it has ${known}`);
  }
  return found;
}

function checkLocales(node: DeclaredNode, issues: PlanIssues): void {
  const locales = node.helpCenter.locales;
  if (!locales || !node.decl.translated_content) return;
  for (const locale of Object.keys(node.decl.translated_content)) {
    if (locales.includes(locale)) continue;
    issues.add(
      [...node.configPath, 'translated_content', locale],
      `help center "${node.helpCenter.identifier}" has no "${locale}" locale (it has ${locales.join(', ')}); ` +
        'add the language in Intercom or remove this translation',
    );
  }
}
