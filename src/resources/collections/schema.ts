import * as z from 'zod';
import { description, label, LOCALES, name, previousNames, scope } from '../../config/parts/schema-parts.js';

/** Collections nest at most this deep (collection → sub-collection → sub-sub-collection). */
export const MAX_COLLECTION_DEPTH = 3;

const groupContent = z
  .strictObject({
    name: label().optional().describe('Name in this language.'),
    description: description('Description in this language.'),
  })
  .meta({ id: 'group_content', description: 'Collection text in one language.' });

export type TranslatedGroupContent = z.output<typeof groupContent>;

export const translatedContentSchema = z
  .strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, groupContent.optional()])) as Record<(typeof LOCALES)[number], z.ZodOptional<typeof groupContent>>)
  .describe('Name and description per locale, for multilingual help centers.');

export const collectionSchema = z
  .strictObject({
    name: name('Collection name, unique among its siblings; identifies the collection.'),
    previous_names: previousNames('collection'),
    previous_path: z
      .array(name('Name of a former ancestor collection.'))
      .optional()
      .describe('Former parent path (collection names from the top level) of a collection that moved; empty for one that was at the top level.'),
    description: description('Collection description.'),
    help_center: z
      .string()
      .min(1)
      .optional()
      .describe('Identifier of the help center (top-level collections only; children inherit it). Default: the workspace\'s default help center.'),
    translated_content: translatedContentSchema.optional(),
    get collections() {
      return z.array(collectionSchema).optional().describe('Child collections (at most 3 levels in all).');
    },
    workspaces: scope,
  })
  .meta({ id: 'collection', description: 'A help-center collection, matched by help center, parent path and name.' });

export type DesiredCollection = z.output<typeof collectionSchema>;

export const collectionsSection = {
  help_center: z
    .strictObject({ collections: z.array(collectionSchema).optional().describe('Top-level collections, each with its children.') })
    .optional()
    .describe('Help-center content structure.'),
};
