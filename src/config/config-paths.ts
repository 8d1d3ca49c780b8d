import type { DesiredCollection, IntercomConfig } from './config-types.js';
import type { ConfigPath } from './findings.js';

/** Path of every resource object in a validated config, so a resource can be located later. */
export function indexResourcePaths(config: IntercomConfig): WeakMap<object, ConfigPath> {
  const paths = new WeakMap<object, ConfigPath>();
  paths.set(config, []);
  for (const [name, workspace] of Object.entries(config.workspaces)) paths.set(workspace, ['workspaces', name]);
  config.ticket_states?.forEach((state, i) => paths.set(state, ['ticket_states', i]));
  config.ticket_types?.forEach((type, i) => {
    paths.set(type, ['ticket_types', i]);
    type.attributes?.forEach((attribute, j) => paths.set(attribute, ['ticket_types', i, 'attributes', j]));
  });
  const visit = (collections: DesiredCollection[] | undefined, path: ConfigPath): void => {
    collections?.forEach((collection, i) => {
      paths.set(collection, [...path, i]);
      visit(collection.collections, [...path, i, 'collections']);
    });
  };
  visit(config.help_center?.collections, ['help_center', 'collections']);
  return paths;
}
