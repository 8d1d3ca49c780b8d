// @ts-check
/**
 * Section 6: a no-op plan of a help center with 1,000 articles (half of them translated)
 * reads only the listings — help centers, collection pages, article pages, admins — never
 * one article at a time, and finds no change although every stored body is written the
 * way Intercom's editor writes HTML (classes, heading ids, `<b>`), not as the Markdown
 * renders it. The config is the workspace's own export, bodies as Markdown files.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadLibrary } from './paths.js';
import { runCliTimed } from './cli-run.js';
import { row, tally, timedPlan, withTempDir } from './measure.js';
import { BENCH_TOKEN, startSandboxProcess } from './sandbox-process.js';
import { collectionSeeds } from './workload.js';

const PER_PAGE_MAX = 50;
const HELP_URL = 'https://acme-help.help.test';

/**
 * @param {import('./types.js').SectionOptions} options
 * @returns {Promise<import('./types.js').Section>}
 */
export async function run({ smoke }) {
  const size = smoke ? { articles: 40, collections: 20 } : { articles: 1000, collections: 100 };
  const lib = await loadLibrary();
  return withTempDir(async (dir) => {
    const seed = articleSeed(size);
    const sandbox = await startSandboxProcess({ dir, seed, perPageMax: PER_PAGE_MAX, articleHtml: 'editor' });
    try {
      const configFile = join(dir, 'intercom.config.yaml');
      const head = `version: 1\ndefault_workspace: bench\nworkspaces:\n  bench:\n    url: ${sandbox.url}\n    token: \${INTERCOM_TOKEN}\n`;
      await writeFile(configFile, `${head}help_center:\n  collections: []\n  articles: []\n`);
      const env = { INTERCOM_TOKEN: BENCH_TOKEN };
      const exported = await runCliTimed(['export', '--articles-dir', 'articles', '--output', 'intercom.config.yaml'], { cwd: dir, env });
      if (exported.code !== 0) throw new Error(`export failed: ${exported.stderr}`);
      await sandbox.clearRequests();

      const { opened, read, planned } = await timedPlan(lib, configFile, env);
      const requests = await sandbox.requests();
      const calls = tally(requests);
      const articlePages = requests.filter((r) => r.path === '/articles').length;

      await sandbox.clearRequests();
      const cli = await runCliTimed(['plan', '--detailed-exitcode'], { cwd: dir, env });
      const cliCalls = tally(await sandbox.requests());

      const pages = (/** @type {number} */ n) => Math.max(1, Math.ceil(n / PER_PAGE_MAX));
      const minimum = 1 + pages(size.collections) + pages(size.articles) + 1;
      const changes = planned.value.changes.length;
      const translated = seed.articles.filter((a) => a.translated_content).length;
      return {
        id: 'articles-noop-plan',
        title: 'Articles: no-op plan',
        workload:
          `${size.articles} articles (${translated} with a French translation, ~1 KB of HTML each, every one linking to the next) in ` +
          `${size.collections} collections; bodies stored as Intercom's editor writes them; config = the workspace's own ` +
          `export with \`--articles-dir\` (${size.articles + translated} Markdown files); sandbox per_page cap ${PER_PAGE_MAX}`,
        rows: [
          row('Calls made by a no-op plan of the articles (library)', `= ${minimum} (the listings)`, calls.total, calls.total === minimum),
          row('… of which article pages', pages(size.articles), articlePages, articlePages === pages(size.articles)),
          row('… of which reads of one article (GET /articles/{id})', 0, requests.filter((r) => /^\/articles\/./.test(r.path)).length, requests.every((r) => !/^\/articles\/./.test(r.path))),
          row('Calls made by `intercom-config plan` (CLI)', `= ${minimum}`, cliCalls.total, cliCalls.total === minimum),
          row('Changes in the plan', 0, changes, changes === 0),
          row('CLI exit code with --detailed-exitcode', '0 (no changes)', cli.code, cli.code === 0),
          row('Loading the config: YAML, Markdown files read and checked (CPU)', '—', ms(opened.cpuMs)),
          row('Reading the workspace (wall)', '—', ms(read.wallMs)),
          row('Computing the plan: Markdown → HTML, bodies compared by meaning (CPU)', '—', ms(planned.cpuMs)),
          row('`intercom-config plan` end to end (wall, process start to exit)', '—', ms(cli.wallMs)),
        ],
        notes: [
          `Listings = 1 for help centers, 1 for admins (authors by email), ⌈${size.collections} / ${PER_PAGE_MAX}⌉ collection pages and ` +
            `⌈${size.articles} / ${PER_PAGE_MAX}⌉ article pages: bodies come with the article listing, so no article is read on its own.`,
        ],
      };
    } finally {
      await sandbox.stop();
    }
  });
}

const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;

/**
 * Help center, collections, and articles whose bodies look like Intercom's editor output, each linking to the next.
 * @param {{ articles: number; collections: number }} size
 */
function articleSeed({ articles, collections }) {
  const tree = collectionSeeds(collections, 'Topic');
  /** @type {string[][]} */
  const paths = [];
  /** @type {(list: import('../../src/sandbox/index.js').CollectionSeed[], parent: string[]) => void} */
  const walk = (list, parent) => {
    for (const c of list) {
      paths.push([...parent, c.name]);
      walk(c.collections ?? [], [...parent, c.name]);
    }
  };
  walk(tree, []);
  const firstId = 50_000;
  const title = (/** @type {number} */ i) => `How to do task ${i + 1}`;
  const url = (/** @type {number} */ i) => `${HELP_URL}/en/articles/${firstId + i}-how-to-do-task-${i + 1}`;
  return {
    help_centers: [{ identifier: 'acme-help', display_name: 'Acme Help', locales: ['en', 'fr'], default: true }],
    collections: tree,
    articles: Array.from({ length: articles }, (_, i) => {
      /** @type {import('../../src/sandbox/index.js').ArticleSeed} */
      const article = {
        id: firstId + i,
        title: title(i),
        description: `Task ${i + 1}, step by step`,
        collection: paths[i % paths.length],
        state: i % 3 === 0 ? 'draft' : 'published',
        author: i % 2 === 0 ? 'ada@example.com' : 'grace@example.com',
        body: editorBody(i, url((i + 1) % articles)),
      };
      if (i % 2 === 0) article.translated_content = { fr: { title: `Tâche ${i + 1}`, body: `<p class="no-margin">Étape <b>un</b> pour la tâche ${i + 1}.</p>`, state: 'draft' } };
      return article;
    }),
  };
}

/**
 * @param {number} i
 * @param {string} next
 */
function editorBody(i, next) {
  return (
    `<h2 id="h_${i}a">Before you start</h2><p class="no-margin">You need an <b>admin</b> account and <i>ten minutes</i>.</p>` +
    `<ol><li><p class="no-margin">Open <b>Settings</b></p></li><li><p class="no-margin">Choose task ${i + 1}</p></li>` +
    `<li><p class="no-margin">Confirm with <code>Save</code></p></li></ol>` +
    `<h2 id="h_${i}b">Next</h2><p class="no-margin">Continue with <a href="${next}" class="intercom-content-link" target="_blank">the next task</a>.</p>` +
    `<div class="intercom-container"><img src="https://cdn.example.com/task-${i}.png"></div>` +
    `<p class="no-margin">Still stuck? Write to us. This paragraph is here so that the body reads like a real article of about a kilobyte, ` +
    `with enough text to compare: ${'lorem ipsum '.repeat(20)}</p>`
  );
}
