import * as z from 'zod';
import { nameCharacterProblem } from './name-characters.js';

/**
 * Pieces every kind's config schema is built from, so that names, descriptions and
 * `workspaces:` read and fail alike in every section of the file.
 */

export const MAX_NAME_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 10_000;

/** Locales accepted in `translated_content` (Intercom's group_translated_content keys). */
export const LOCALES = [
  'ar', 'bg', 'bs', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'he', 'hr', 'hu', 'id', 'it',
  'ja', 'ko', 'lt', 'lv', 'mn', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sl', 'sr', 'sv', 'tr', 'vi', 'pt-BR',
  'zh-CN', 'zh-TW',
] as const;
export type Locale = (typeof LOCALES)[number];

const noSurroundingSpace = (text: string): boolean => text.trim() === text;
const SPACE_MESSAGE = 'starts or ends with spaces; Intercom trims them, so the value would never match what is live. Remove the spaces';

/** Control, bidirectional, invisible and non-breaking characters (see name-characters.ts). */
const safeCharacters = (text: string, ctx: z.RefinementCtx): void => {
  const problem = nameCharacterProblem(text);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
};

/** A name that identifies an object: matching is by exact text, so stray spaces are refused. */
export const name = (what: string) =>
  z.string().min(1).max(MAX_NAME_LENGTH).refine(noSurroundingSpace, { error: SPACE_MESSAGE }).superRefine(safeCharacters).describe(what);

/** A name shown to people that does not identify anything. */
export const label = () => z.string().min(1).max(MAX_NAME_LENGTH).superRefine(safeCharacters);

export const description = (what: string) => z.string().max(MAX_DESCRIPTION_LENGTH).optional().describe(what);

export const previousNames = (kind: string) =>
  z
    .array(name('A former name.'))
    .optional()
    .describe(`Former names of this ${kind}. A live ${kind} found under one of them is renamed instead of a new one being created.`);

/** `workspaces:` on any declared object. */
export const scope = z
  .array(z.string().min(1))
  .min(1, { error: 'lists no workspace; name at least one, or remove `workspaces:` to declare this in every workspace' })
  .optional()
  .describe('Declare this only in the listed workspaces (names under `workspaces:`). Leave it out to declare it in every workspace.');

/** A declared object restricted to some workspaces; absent = every workspace. */
export interface WorkspaceScoped {
  workspaces?: string[] | undefined;
}

/** A declared object without `workspaces:` exists in every workspace. */
export function inWorkspace(resource: WorkspaceScoped, workspace: string): boolean {
  return resource.workspaces === undefined || resource.workspaces.includes(workspace);
}
