import * as z from 'zod';
import { description, LOCALES, MAX_NAME_LENGTH, name, scope } from '../../config/parts/schema-parts.js';

export const ARTICLE_STATES = ['published', 'draft'] as const;

const email = (what: string) =>
  z
    .string()
    .min(1)
    .max(MAX_NAME_LENGTH)
    .regex(/^[^\s@]+@[^\s@]+$/, { error: 'is not an email address; authors are teammates, named by the email they sign in with' })
    .describe(what);

const bodyFile = z
  .string()
  .min(1)
  .describe('Markdown file with the body, relative to this config file. Relative links to other articles\' files become their Intercom URLs; images must be absolute https URLs.');
const body = z.string().describe('The body in Markdown, written inline (instead of body_file).');
const state = z.enum(ARTICLE_STATES).describe('published or draft. Left out: not managed (a new article starts as a draft).');

const articleContent = z
  .strictObject({
    title: name('Title in this language.'),
    description: description('Description in this language.'),
    body_file: bodyFile.optional(),
    body: body.optional(),
    state: state.optional(),
    author: email('Author of this translation (an admin\'s email); default: the article\'s author.').optional(),
  })
  .meta({ id: 'article_content', description: 'An article\'s content in one language.' });

export type DesiredArticleContent = z.output<typeof articleContent>;

export const articleTranslationsSchema = z
  .strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, articleContent.optional()])) as Record<(typeof LOCALES)[number], z.ZodOptional<typeof articleContent>>)
  .describe('Content per locale other than the help center\'s default one (whose content is the top level).');

export const articleSchema = z
  .strictObject({
    title: name('Title in the default language; with the help center and collection it identifies the article.'),
    previous_titles: z
      .array(name('A former title.'))
      .optional()
      .describe('Former titles. A live article found under one of them (here or, if it is the only one, elsewhere in the help center) is renamed and moved, not recreated.'),
    collection: z
      .array(name('Name of a collection.'))
      .optional()
      .describe('The collection the article is in, as collection names from the top level down. Left out: the article stands alone.'),
    help_center: z
      .string()
      .min(1)
      .optional()
      .describe('Identifier of the help center whose collection it is in. Default: the workspace\'s default help center.'),
    description: description('Description in the default language.'),
    body_file: bodyFile.optional(),
    body: body.optional(),
    state: state.optional(),
    author: email('Author (an admin\'s email); default: help_center.default_author.').optional(),
    translated_content: articleTranslationsSchema.optional(),
    workspaces: scope,
  })
  .meta({ id: 'article', description: 'A help-center article, matched by help center, collection path and title.' });

export type DesiredArticle = z.output<typeof articleSchema>;

export const articlesSection = {
  help_center: z
    .strictObject({
      default_author: email('The author of every article that names none: an admin\'s email (ids differ between workspaces, emails do not).').optional(),
      articles: z.array(articleSchema).optional().describe('Help-center articles, their bodies in Markdown.'),
    })
    .optional(),
};
