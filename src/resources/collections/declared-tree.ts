import type { LiveHelpCenter } from '../../client/live-types.js';
import { inWorkspace } from '../../config/parts/schema-parts.js';
import type { ConfigPath, PlanIssues } from '../../plan/plan-issues.js';
import { address } from '../../plan/plan-types.js';
import type { KindPlanContext } from '../kind.js';
import { defaultHelpCenter } from './help-centers.js';
import type { DesiredCollection } from './schema.js';
import { checkDefaultLocale } from './translations.js';

/**
 * One declared collection with its place in the tree, flattened in pre-order. Its config
 * path, names and address are worked out on first use: an unchanged collection of a large
 * tree needs none of them.
 */
export class DeclaredNode {
  #configPath: ConfigPath | undefined;
  #names: string[] | undefined;
  #address: string | undefined;

  constructor(
    readonly decl: DesiredCollection,
    /** Position in the parent's `collections:` list (or the top-level list). */
    readonly index: number,
    readonly helpCenter: LiveHelpCenter,
    readonly parent: DeclaredNode | undefined,
  ) {}

  get configPath(): ConfigPath {
    this.#configPath ??= [...(this.parent ? this.parent.configPath : ['help_center']), 'collections', this.index];
    return this.#configPath;
  }

  /** Names from the top level down, this node included. */
  get names(): string[] {
    this.#names ??= this.parent ? [...this.parent.names, this.decl.name] : [this.decl.name];
    return this.#names;
  }

  /** `collection["hc"]["top"]…["this"]`: the parent's address plus this node's name. */
  get address(): string {
    this.#address ??= this.parent
      ? `${this.parent.address}${address('', this.decl.name)}`
      : address('collection', this.helpCenter.identifier, this.decl.name);
    return this.#address;
  }
}

/** Flattens `help_center.collections`, resolving each top-level node's help center. */
export function declaredNodes(declared: readonly DesiredCollection[], ctx: KindPlanContext): DeclaredNode[] {
  const { issues } = ctx;
  const helpCenters = ctx.live.helpCenters ?? [];
  const nodes: DeclaredNode[] = [];
  const visit = (
    list: readonly DesiredCollection[],
    parent: DeclaredNode | undefined,
    helpCenter: LiveHelpCenter | undefined,
  ): void => {
    list.forEach((decl, index) => {
      if (!inWorkspace(decl, ctx.workspace)) return;
      const hc = parent ? helpCenter : resolveHelpCenter(decl, ['help_center', 'collections', index], helpCenters, issues);
      if (!hc) return;
      const node = new DeclaredNode(decl, index, hc, parent);
      checkLocales(node, issues);
      checkDefaultLocale(node, issues);
      nodes.push(node);
      if (decl.collections) visit(decl.collections, node, hc);
    });
  };
  visit(declared, undefined, undefined);
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
  if (decl.help_center === undefined) {
    const fallback = defaultHelpCenter(helpCenters);
    if (!fallback) {
      const names = helpCenters.map((h) => `"${h.identifier}"`).join(', ');
      issues.add(
        [...path, 'name'],
        `the workspace has several help centers (${names}) and Intercom did not say which one is the default; ` +
          'name the help center of this collection with `help_center:`',
      );
    }
    return fallback;
  }
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
