/**
 * Every write is checked against its answer. Intercom answers a write with the object as
 * it now is; a value it ignored or changed shows there. This is the one place that
 * compares, for every kind: what each change sent (its field changes) with what the
 * answer holds, read through the kind's managed-field declaration.
 */
import { formatPath, type ConfigPath } from '../config/parts/findings.js';
import { UserError, type SourceLocation } from '../errors.js';
import type { UnappliedField } from '../plan/plan-types.js';
import type { Written } from '../resources/kind.js';
import { kindOf, type Change } from '../resources/registry.js';

export type { UnappliedField } from '../plan/plan-types.js';

/**
 * The fields of `change` that the write's answer does not show as sent. Fields an answer
 * does not carry at all (e.g. a collection's `parent`, written as an id) are not judged
 * here. A kind whose plan shows fields in another form than it sends them (article bodies
 * as Markdown, links filled in at write time) compares what it sent itself.
 */
export function unappliedFields(change: Change, written: Written): UnappliedField[] {
  const module = kindOf(change);
  if (module.unapplied) return module.unapplied(change, written);
  const answer = written.answer;
  if (answer === undefined || change.fields === undefined) return [];
  const managed = module.fields.live(answer as never);
  const out: UnappliedField[] = [];
  for (const field of change.fields) {
    if (!('after' in field)) continue;
    const [top = '', ...rest] = field.path.split('.');
    const source: Record<string, unknown> = top in managed ? managed : (answer as Record<string, unknown>);
    if (!(top in source)) continue;
    const received = rest.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), source[top]);
    if (!module.fields.same(field.path, field.after, received)) out.push({ path: field.path, sent: field.after, received });
  }
  return out;
}

/** A write Intercom answered without applying every field: reported as such, never as success. */
export class NotAppliedError extends UserError {
  override name = 'NotAppliedError';

  constructor(
    readonly change: Change,
    /** The object written (the new id for a create). */
    readonly id: string,
    readonly fields: readonly UnappliedField[],
    locate?: (path: ConfigPath) => SourceLocation | undefined,
  ) {
    super(notAppliedMessage(change, fields, locate), {
      hint: 'Intercom accepted the request but kept its own value. The next plan shows each such field as a manual step in Intercom.',
    });
  }
}

function notAppliedMessage(change: Change, fields: readonly UnappliedField[], locate?: (path: ConfigPath) => SourceLocation | undefined): string {
  const parts = fields.map((f) => {
    const at = change.source && locate?.([...change.source, ...f.path.split('.')]);
    const where = at ? `${at.file}:${at.line}:${at.column}: ` : change.source ? `${formatPath([...change.source, ...f.path.split('.')])}: ` : '';
    return `${where}${f.path} sent ${JSON.stringify(f.sent)}, received ${JSON.stringify(f.received)}`;
  });
  return `not applied by Intercom: ${parts.join('; ')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
