import type { LiveAttribute } from '../../client/live-types.js';
import type { DesiredAttribute } from './schema.js';

/** A declared, active attribute with the live one it matched (none when it is created). */
export interface PlacedAttribute {
  declared: DesiredAttribute;
  live: LiveAttribute | undefined;
}

/**
 * Intercom shows a type's attributes in the order it assigned on create (`order`), and
 * the API has no call to reorder them. When the order the form will have after this
 * plan (live ones where they are, new ones appended in config order) differs from the
 * config's, the plan says so: only Intercom's settings can move them.
 */
export function formOrderNote(typeName: string, placed: readonly PlacedAttribute[], live: readonly LiveAttribute[]): string | undefined {
  const position = new Map(live.map((attribute) => [attribute, attribute.order]));
  const existing = placed.filter((p) => p.live !== undefined).sort((a, b) => (position.get(a.live!) ?? 0) - (position.get(b.live!) ?? 0));
  const created = placed.filter((p) => p.live === undefined);
  const after = [...existing, ...created].map((p) => p.declared.name);
  const wanted = placed.map((p) => p.declared.name);
  if (after.every((name, i) => name === wanted[i])) return undefined;
  return (
    `attributes of ticket type "${typeName}" will be in the order ${after.map((n) => `"${n}"`).join(', ')} in Intercom, ` +
    `not ${wanted.map((n) => `"${n}"`).join(', ')} as in the config: Intercom orders attributes by creation and the API cannot ` +
    `reorder them. Drag them into place in Intercom (Settings → Tickets → "${typeName}"), or list them in the config in Intercom's order`
  );
}
