/**
 * The texts of the plan's refusals: what Intercom cannot do to a data attribute, and how
 * to migrate instead. Each names the attribute and ends with what to do next.
 */
import type { LiveDataAttribute } from '../../client/live-types.js';
import { formDifference } from '../../plan/same-name.js';
import { MODELS } from './models.js';
import type { DataAttributeModelName, DesiredDataAttribute } from './schema.js';

const archiveOld = (name: string) =>
  `archive "${name}" (keep it in the file with archived: true, or remove it and plan with --prune)`;

export function typeChangeMessage(model: DataAttributeModelName, wanted: DesiredDataAttribute, liveType: string): string {
  const { holders } = MODELS[model];
  return (
    `${model} attribute "${wanted.name}" is of type ${liveType} in Intercom; it cannot become ${wanted.data_type} because ` +
    `the API cannot change data_type. To migrate: declare a new attribute under a new name (for example ` +
    `"${wanted.name}_${wanted.data_type}") with data_type ${wanted.data_type}, copy the values ${holders} hold into it, ` +
    `then ${archiveOld(wanted.name)}.`
  );
}

export function renameMessage(model: DataAttributeModelName, wanted: DesiredDataAttribute, old: LiveDataAttribute): string {
  const { holders } = MODELS[model];
  return (
    `${model} attribute "${old.name}" (id ${old.id}) cannot be renamed to "${wanted.name}": the API cannot rename data ` +
    `attributes. To migrate: remove "${old.name}" from previous_names so that the plan creates "${wanted.name}", copy the ` +
    `values ${holders} hold into it, then ${archiveOld(old.name)}.`
  );
}

export function caseOnlyMessage(model: DataAttributeModelName, wanted: DesiredDataAttribute, live: LiveDataAttribute): string {
  return (
    `"${wanted.name}" differs only in ${formDifference(wanted.name, live.name)} from the live ${model} attribute "${live.name}" (id ${live.id}); Intercom ` +
    `treats the two as one name and cannot rename attributes, so write it as "${live.name}".`
  );
}

export function builtInMessage(wanted: DesiredDataAttribute, builtIn: LiveDataAttribute): string {
  return (
    `"${wanted.name}" is one of Intercom's own ${builtIn.model} attributes in this workspace ("${builtIn.label}"); ` +
    'built-in attributes cannot be declared or changed, so use another name.'
  );
}

export function takenByOtherModelMessage(model: DataAttributeModelName, wanted: DesiredDataAttribute, other: LiveDataAttribute): string {
  const id = other.id === null ? '' : ` (id ${other.id})`;
  return (
    `a ${other.model} attribute named "${other.name}"${id} already exists; contact and company attributes share one set ` +
    `of names in Intercom, so ${model} attribute "${wanted.name}" cannot be created. Use another name.`
  );
}

export function optionsRemovedNote(model: DataAttributeModelName, name: string, removed: readonly string[]): string {
  const list = removed.map((o) => `"${o}"`).join(', ');
  const { holders } = MODELS[model];
  return (
    `${model} attribute "${name}": ${removed.length === 1 ? 'option' : 'options'} ${list} will no longer be offered, ` +
    `but ${holders} that hold ${removed.length === 1 ? 'it' : 'one'} keep the value; change those first if it should go.`
  );
}

export function archiveRefusedMessage(intercomSaid: string): string {
  return (
    'Intercom refused to archive it: something in the workspace still uses this attribute (a workflow, rule, series ' +
    'or report, for example). Remove that use in Intercom and apply again, or keep the attribute: drop archived: true, ' +
    `or keep it declared so that --prune leaves it alone. (${intercomSaid})`
  );
}
