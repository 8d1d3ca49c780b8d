/**
 * The admins, data attributes and articles of a fresh workspace: three example admins
 * (the public API cannot create teammates), every built-in contact and company attribute,
 * then whatever the seed adds. Seeded objects go through the same model code as requests.
 */
import { DEFAULT_ADMINS } from './content-records.js';
import { builtInAttributes } from './model/built-in-attributes.js';
import { createArticle } from './model/articles.js';
import type { ArticleContentInput } from './model/articles.js';
import { createDataAttribute } from './model/data-attributes.js';
import { applyOrFail, resolveHelpCenter, resolveParentPath } from './initial-state.js';
import type { SeedContext } from './initial-state.js';
import type { ArticleContentSeed, ArticleSeed } from './seed-content-schema.js';
import { seedError } from './seed-file.js';
import type { SandboxSeed, SeedId } from './seed-schema.js';

export function seedAdmins(ctx: SeedContext, seed: SandboxSeed): void {
  const emails = new Set<string>();
  (seed.admins ?? DEFAULT_ADMINS).forEach((admin, index) => {
    const email = admin.email.toLowerCase();
    if (emails.has(email)) throw seedError(ctx.source, `admins[${index}].email`, `'${admin.email}' is used twice`);
    emails.add(email);
    ctx.ws.state.admins.push({
      id: 'id' in admin && admin.id !== undefined ? String(admin.id) : ctx.ws.nextId(),
      name: admin.name,
      email: admin.email,
      job_title: admin.job_title ?? null,
      away_mode_enabled: false,
      away_mode_reassign: false,
      has_inbox_seat: true,
      team_ids: [],
    });
  });
  ctx.ws.markChanged();
}

export function seedDataAttributes(ctx: SeedContext, seed: SandboxSeed): void {
  ctx.ws.state.data_attributes.push(...builtInAttributes());
  seed.data_attributes?.forEach((attribute, index) => {
    const where = `data_attributes[${index}]`;
    const taken = ctx.ws.state.data_attributes.some(
      (a) => a.full_name.toLowerCase() === attribute.name.toLowerCase() && (a.model === attribute.model || (a.model !== 'conversation' && attribute.model !== 'conversation')),
    );
    if (taken) throw seedError(ctx.source, `${where}.name`, `an attribute named '${attribute.name}' already exists`);
    if (attribute.data_type === 'options' && (attribute.options?.length ?? 0) < 2) {
      throw seedError(ctx.source, `${where}.options`, 'an options attribute needs at least two options');
    }
    const { id, ...rest } = attribute;
    createDataAttribute(ctx.ws, {
      ...rest,
      ...(id !== undefined ? { id: String(id) } : {}),
      admin_id: ctx.ws.state.admins[0]?.id ?? null,
    });
  });
}

export function seedArticles(ctx: SeedContext, seed: SandboxSeed): void {
  seed.articles?.forEach((article, index) => {
    const where = `articles[${index}]`;
    const hc = resolveHelpCenter(ctx, article.help_center, undefined, where);
    const parentId = resolveParentPath(ctx, article.collection, hc, where);
    const translated: Record<string, ArticleContentInput> = {};
    for (const [locale, content] of Object.entries(article.translated_content ?? {})) {
      translated[locale] = contentInput(ctx, content, `${where}.translated_content.${locale}`);
    }
    const record = applyOrFail(ctx, where, () =>
      createArticle(
        ctx.ws,
        {
          parent_id: parentId,
          content: { ...contentInput(ctx, article, where), author_id: authorId(ctx, article.author, where) },
          translated_content: translated,
        },
        'verbatim',
        article.id === undefined ? undefined : String(article.id),
      ),
    );
    // An article outside any collection still belongs to the help center the seed names.
    if (parentId === null) record.help_center_id = hc.id;
  });
}

function contentInput(ctx: SeedContext, content: ArticleContentSeed, where: string): ArticleContentInput {
  return {
    title: content.title,
    ...(content.description !== undefined ? { description: content.description } : {}),
    ...(content.body !== undefined ? { body: content.body } : {}),
    ...(content.state !== undefined ? { state: content.state } : {}),
    ...(content.author !== undefined ? { author_id: authorId(ctx, content.author, where) } : {}),
  };
}

function authorId(ctx: SeedContext, email: string | undefined, where: string): string {
  const admins = ctx.ws.state.admins;
  const admin = email === undefined ? admins[0] : admins.find((a) => a.email.toLowerCase() === email.toLowerCase());
  if (!admin) throw seedError(ctx.source, `${where}.author`, email === undefined ? 'no admin to be the author' : `no admin has the email '${email}'`);
  return admin.id;
}

/** Explicit ids of the seed's admins, data attributes and articles (for the duplicate check). */
export function noteContentIds(seed: SandboxSeed, note: (id: SeedId | undefined, where: string) => void): void {
  seed.admins?.forEach((a, i) => note(a.id, `admins[${i}]`));
  seed.data_attributes?.forEach((a, i) => note(a.id, `data_attributes[${i}]`));
  seed.articles?.forEach((a: ArticleSeed, i) => note(a.id, `articles[${i}]`));
}
