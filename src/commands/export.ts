import { dirname, resolve } from 'node:path';
import { Flags } from '@oclif/core';
import { sessionRequest } from '../cli/command-session.js';
import { BaseCommand } from '../cli/base-command.js';
import { UserError } from '../errors.js';
import { configFlags } from '../cli/flags.js';
import { formatIssue, type ConfigIssue } from '../errors.js';
import { terminalInline, terminalLines } from '../render/escape-terminal.js';
import { renderResult, type ResultView } from '../cli/output.js';
import { exportWorkspace, type ExportResult } from '../services/export-workspace.js';
import { writableTarget, writeFileAtomic } from '../util/write-file-atomic.js';

/** What `export` returns: the export, and the file it went to (stdout otherwise). */
type ExportOutcome = ExportResult & { output?: string | undefined };

/** YAML, or with --json the exported resources; to stdout, or to the --output file. */
const exportView: ResultView<ExportOutcome> = {
  text: (result) => result.yaml,
  json: (result) => result.resources,
};

/**
 * Intercom accepts names a config refuses (a control character, a bidirectional override):
 * the export is still written, exact, and says what must change before it can be planned.
 */
function problemsWarning(problems: readonly ConfigIssue[]): string {
  const lines = [
    `Warning: the exported config does not load as it is (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}). ` +
      'Intercom accepted these values, but a config refuses them: rename them in Intercom, or edit the exported file, before planning with it.',
    ...problems.map((problem) => `  ${formatIssue(problem)}`),
  ];
  return `${terminalLines(lines.join('\n'))}\n`;
}

export default class Export extends BaseCommand {
  static override summary = 'Write the live workspace as a config file.';
  static override description =
    'Reads the workspace and writes its ticket states, ticket types (with attributes), help-center collections and articles as ' +
    'intercom.config.yaml content: sorted by name, without ids, timestamps, built-in attributes or read-only fields. ' +
    'Planning the result against the same workspace shows no changes. Exports the resource families the config declares ' +
    '(all of them when it declares none).';

  static override examples = [
    { description: 'Print the default workspace as YAML', command: '<%= config.bin %> export' },
    { description: 'Start managing production from what it has today', command: '<%= config.bin %> export -w production --output production.config.yaml' },
    { description: 'The exported resources as JSON', command: '<%= config.bin %> export --json' },
    {
      description: 'Articles as Markdown files next to the config (to promote them to another workspace)',
      command: '<%= config.bin %> export -w staging --articles-dir articles --output intercom.config.yaml',
    },
  ];

  static override flags = {
    ...configFlags,
    output: Flags.string({ char: 'o', description: 'Write to FILE instead of stdout.', helpValue: 'FILE' }),
    json: Flags.boolean({ description: 'Print the exported resources as JSON instead of YAML.', default: false }),
    'articles-dir': Flags.string({
      description: 'Write each help-center article body (one file per article and language) as Markdown under DIR; the config points at the files, and links between articles become relative links.',
      helpValue: 'DIR',
    }),
  };

  async run(): Promise<ExportOutcome> {
    const { flags } = await this.parse(Export);
    for (const [flag, value] of [['--output', flags.output], ['--articles-dir', flags['articles-dir']]] as const) {
      if (value === '') throw new UserError(`${flag} needs a path.`, { hint: `Write ${flag} PATH, or leave the flag out.` });
    }
    // Before the article files are written: a refused --output must leave nothing behind.
    if (flags.output) await writableTarget(flags.output);
    const outputDir = flags.output ? dirname(resolve(flags.output)) : process.cwd();
    const articlesDir = flags['articles-dir'];
    const exported = await exportWorkspace({
      ...sessionRequest(flags, this.io),
      outputDir,
      outputFile: flags.output ?? 'exported config',
      ...(articlesDir === undefined ? {} : { articlesDir }),
    });
    const result: ExportOutcome = { ...exported, output: flags.output };
    if (articlesDir !== undefined) this.io.stderr.write(`Wrote ${result.articleFiles.length} article file(s) to ${terminalInline(articlesDir)}.
`);
    const format = flags.json ? 'json' : 'text';
    if (flags.output) {
      await writeFileAtomic(flags.output, renderResult(exportView, result, format, false));
      this.io.stderr.write(`Exported workspace "${terminalInline(result.workspace)}" to ${terminalInline(flags.output)}.\n`);
    } else this.show(exportView, result, { format });
    if (result.problems.length > 0) this.io.stderr.write(problemsWarning(result.problems));
    return result;
  }
}
