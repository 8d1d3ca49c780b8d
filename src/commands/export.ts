import { dirname, resolve } from 'node:path';
import { Flags } from '@oclif/core';
import { sessionRequest } from '../cli/command-session.js';
import { BaseCommand } from '../cli/base-command.js';
import { configFlags } from '../cli/flags.js';
import { terminalInline } from '../render/escape-terminal.js';
import { renderResult, type ResultView } from '../cli/output.js';
import { exportWorkspace, type ExportResult } from '../services/export-workspace.js';
import { writeFileAtomic } from '../util/write-file-atomic.js';

/** What `export` returns: the export, and the file it went to (stdout otherwise). */
type ExportOutcome = ExportResult & { output?: string | undefined };

/** YAML, or with --json the exported resources; to stdout, or to the --output file. */
const exportView: ResultView<ExportOutcome> = {
  text: (result) => result.yaml,
  json: (result) => result.resources,
};

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
    const outputDir = flags.output ? dirname(resolve(flags.output)) : process.cwd();
    const articlesDir = flags['articles-dir'];
    const exported = await exportWorkspace({ ...sessionRequest(flags, this.io), outputDir, ...(articlesDir === undefined ? {} : { articlesDir }) });
    const result: ExportOutcome = { ...exported, output: flags.output };
    if (articlesDir !== undefined) this.io.stderr.write(`Wrote ${result.articleFiles.length} article file(s) to ${terminalInline(articlesDir)}.
`);
    const format = flags.json ? 'json' : 'text';
    if (flags.output) {
      await writeFileAtomic(flags.output, renderResult(exportView, result, format, false));
      this.io.stderr.write(`Exported workspace "${terminalInline(result.workspace)}" to ${terminalInline(flags.output)}.\n`);
      return result;
    }
    return this.show(exportView, result, { format });
  }
}
