import type { KindPlanContext } from '../kind.js';
import { isCustom, liveAttributes, SHARED_MODELS } from './models.js';
import type { DataAttributeChange, Sources } from './plan.js';

/**
 * Intercom's help centre caps custom data attributes at 250 per workspace, and archived
 * ones do not count. Whether contact and company attributes count together is not
 * documented: the plan counts them together (the limit as worded), unless the workspace
 * already holds more than one shared count would allow — then the limit must be per model.
 */
export const CUSTOM_ATTRIBUTE_LIMIT = 250;

type SharedModel = (typeof SHARED_MODELS)[number];

/**
 * Holds the plan against the limit. The plan notes each model's count after it runs; a
 * create (or unarchive) that would pass the limit stops the plan, located at the first
 * such attribute, before anything is written. When the plan fits only because it also
 * archives attributes, its creates wait for those archives.
 */
export function checkCustomAttributeLimit(changes: readonly DataAttributeChange[], sources: Sources, ctx: KindPlanContext): void {
  const writes = changes.filter((c) => c.operation !== undefined && (SHARED_MODELS as readonly string[]).includes(c.model));
  const adds = writes.filter((c) => c.action === 'create' || c.action === 'unarchive');
  const archives = writes.filter((c) => c.action === 'archive');
  if (adds.length === 0 && archives.length === 0) return;

  const active = Object.fromEntries(
    SHARED_MODELS.map((m) => [m, (liveAttributes(ctx.live, m) ?? []).filter((a) => isCustom(a) && !a.archived).length]),
  ) as Record<SharedModel, number>;
  const perModel = SHARED_MODELS.reduce((n, m) => n + active[m], 0) > CUSTOM_ATTRIBUTE_LIMIT;
  const groups: SharedModel[][] = perModel ? SHARED_MODELS.map((m) => [m]) : [[...SHARED_MODELS]];

  const after = (m: SharedModel) => active[m] + adds.filter((c) => c.model === m).length - archives.filter((c) => c.model === m).length;
  ctx.notes.push({ message: countNote(SHARED_MODELS.map((m) => [m, active[m], after(m)] as const), perModel) });

  for (const models of groups) {
    const inGroup = (c: DataAttributeChange) => (models as string[]).includes(c.model);
    const base = models.reduce((n, m) => n + active[m], 0);
    const groupAdds = adds.filter(inGroup);
    const groupArchives = archives.filter(inGroup);
    const afterArchives = base - groupArchives.length;
    const first = Math.max(0, CUSTOM_ATTRIBUTE_LIMIT - afterArchives);
    const passing = groupAdds[first];
    if (passing !== undefined) {
      const path = sources.get(passing) ?? ['data_attributes', passing.model];
      ctx.issues.add(path, limitMessage(passing, afterArchives + first + 1, models, perModel));
    } else if (base + groupAdds.length > CUSTOM_ATTRIBUTE_LIMIT) {
      // It fits only once the archives are done: they run first.
      const archived = groupArchives.map((c) => c.address);
      for (const change of groupAdds) change.dependsOn = [...(change.dependsOn ?? []), ...archived];
    }
  }
}

function countNote(counts: readonly (readonly [SharedModel, number, number])[], perModel: boolean): string {
  const each = counts.map(([model, before, after]) => `${model} ${after}${after === before ? '' : ` (now ${before})`}`).join(', ');
  if (perModel) {
    return `Active custom attributes after this plan: ${each}, each against Intercom's limit of ${CUSTOM_ATTRIBUTE_LIMIT} (counted per model: this workspace already holds more than one shared count would allow).`;
  }
  const total = counts.reduce((n, [, , after]) => n + after, 0);
  return `Active custom attributes after this plan: ${each}; ${total} of the ${CUSTOM_ATTRIBUTE_LIMIT} Intercom allows per workspace (archived ones do not count).`;
}

function limitMessage(change: DataAttributeChange, count: number, models: readonly SharedModel[], perModel: boolean): string {
  const verb = change.action === 'create' ? 'creating' : 'unarchiving';
  const what = `${models.join(' and ')} attributes`;
  const scope = perModel ? `per model (this workspace already holds more than ${CUSTOM_ATTRIBUTE_LIMIT} in all)` : 'per workspace';
  return (
    `${verb} ${change.model} attribute "${change.name}" would make ${count} active custom ${what}, and Intercom allows ` +
    `${CUSTOM_ATTRIBUTE_LIMIT} ${scope}; archived attributes do not count. Archive attributes you no longer use ` +
    '(archived: true, or remove them and plan with --prune), or declare fewer new ones.'
  );
}
