import { relative, resolve, sep } from 'node:path';
import type { OutputName } from './inputs.js';
import { annotation, appendSummary, parseCliAnnotations, verbatim, writeOutputs, type AnnotationLevel } from './workflow-commands.js';

/**
 * Everything the action tells the runner: log text, annotations, step outputs and the
 * job summary. Free text always goes out verbatim (see workflow-commands.ts).
 */
export class Reporter {
  constructor(
    private readonly write: (text: string) => void,
    private readonly files: { outputFile: string | undefined; summaryFile: string | undefined; workspaceDir: string },
  ) {}

  log(text: string): void {
    this.write(verbatim(text));
  }

  annotate(level: AnnotationLevel, title: string, message: string): void {
    this.write(annotation(level, message, { title }));
  }

  /**
   * The CLI's located config errors, as annotations on the file. The CLI names files
   * relative to its working directory; GitHub wants them relative to the checkout.
   */
  configErrors(cliStdout: string, cliCwd: string): number {
    const found = parseCliAnnotations(cliStdout);
    for (const a of found) {
      const file = relative(this.files.workspaceDir, resolve(cliCwd, a.file)).split(sep).join('/');
      this.write(annotation('error', a.message, { file, line: a.line, col: a.col }));
    }
    return found.length;
  }

  outputs(values: Partial<Record<OutputName, string>>): Promise<void> {
    return writeOutputs(this.files.outputFile, values);
  }

  summary(markdown: string): Promise<void> {
    return appendSummary(this.files.summaryFile, markdown);
  }
}
