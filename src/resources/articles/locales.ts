import type { LiveArticle } from '../../client/live-types.js';
import type { PlanIssues } from '../../plan/plan-issues.js';
import type { DeclaredArticle } from './declared.js';

/**
 * Translations must be in a language the help center offers: Intercom ignores content for
 * any other without an error, so the plan would show it missing forever. The default
 * language is the top level of the article, never a translation. `known` is the matched live
 * article, or the default language other articles of the help center report. Help centers list their
 * languages from API 2.16 on; without the list only the default language is checked.
 */
export function checkLocales(article: DeclaredArticle, known: LiveArticle | string | undefined, issues: PlanIssues): void {
  const translated = Object.keys(article.decl.translated_content ?? {});
  if (translated.length === 0) return;
  const { helpCenter } = article;
  const locales = helpCenter.locales;
  // The article's own default language, else the one its help center's articles report, else the first listed.
  const defaultLocale = (typeof known === 'string' ? known : known?.default_locale) ?? locales?.[0];
  for (const locale of translated) {
    const path = [...article.path, 'translated_content', locale];
    if (locale === defaultLocale) {
      issues.add(path, `"${locale}" is the default language of help center "${helpCenter.identifier}": its content is the article's top level (title, body…), so move it there`);
    } else if (locales && !locales.includes(locale)) {
      issues.add(
        path,
        `help center "${helpCenter.identifier}" has no "${locale}" language (it has ${locales.join(', ')}); add the language in Intercom or remove this translation`,
      );
    }
  }
}
