import type { LiveCollection } from '../../client/live-types.js';
import type { PlanIssues } from '../../plan/plan-issues.js';
import type { FieldChange } from '../../plan/plan-types.js';
import type { DeclaredNode } from './declared-tree.js';
import type { TranslatedGroupContent } from './schema.js';

/**
 * A collection's `name` and `description` are the content of its help center's default
 * locale (create_collection_request says so). That locale therefore never travels inside
 * `translated_content`: one request carrying it twice, with different values, leaves
 * whichever Intercom prefers — and which one that is, no public source says.
 */
export function defaultLocaleOf(node: DeclaredNode, current?: LiveCollection): string | undefined {
  return current?.default_locale ?? node.helpCenter.locales?.[0];
}

/** The declared translations without the default locale (its content is name and description). */
export function declaredTranslations(node: DeclaredNode, current?: LiveCollection): Record<string, TranslatedGroupContent> | undefined {
  const declared = node.decl.translated_content;
  if (!declared) return undefined;
  const locale = defaultLocaleOf(node, current);
  const out = Object.fromEntries(Object.entries(declared).filter(([key, content]) => key !== locale && content !== undefined));
  return Object.keys(out).length > 0 ? (out as Record<string, TranslatedGroupContent>) : undefined;
}

/**
 * The default locale written in `translated_content` must say what `name` and
 * `description` say; otherwise the file asks for two different texts in one place.
 */
export function checkDefaultLocale(node: DeclaredNode, issues: PlanIssues): void {
  const locale = defaultLocaleOf(node);
  const content = locale === undefined ? undefined : node.decl.translated_content?.[locale as keyof typeof node.decl.translated_content];
  if (!content) return;
  const own = { name: node.decl.name, description: node.decl.description };
  for (const key of ['name', 'description'] as const) {
    const value = content[key];
    if (value === undefined || own[key] === undefined || value === own[key]) continue;
    issues.add(
      [...node.configPath, 'translated_content', locale!, key],
      `translated_content.${locale}.${key} is ${JSON.stringify(value)}, but ${locale} is the default locale of help center ` +
        `"${node.helpCenter.identifier}", whose ${key} is the collection's own ${key} (${JSON.stringify(own[key])}); ` +
        `write the ${locale} text in \`${key}\` only and remove it from translated_content`,
    );
  }
}

/**
 * The `translated_content` of an update: each locale with a changed field, once, with
 * its declared content over what is live (so a locale is never sent half-empty).
 */
export function changedTranslations(fields: readonly FieldChange[], current: LiveCollection, node: DeclaredNode): Record<string, unknown> {
  const locales = new Set(fields.filter((f) => f.path.startsWith('translated_content.')).map((f) => f.path.split('.')[1] ?? ''));
  const declared = declaredTranslations(node, current) ?? {};
  const out: Record<string, Record<string, string>> = {};
  for (const locale of locales) {
    const live: Partial<Record<'name' | 'description', string | null>> = current.translated_content?.[locale] ?? {};
    const content: Record<string, string> = {};
    for (const key of ['name', 'description'] as const) {
      const value = declared[locale]?.[key] ?? live[key];
      if (typeof value === 'string' && value !== '') content[key] = value;
    }
    out[locale] = content;
  }
  return out;
}
