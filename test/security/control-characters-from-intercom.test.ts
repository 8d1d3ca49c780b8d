/**
 * Issue 12, item 7 (the output part): names and values that come FROM INTERCOM — where
 * anyone with admin access can type them — carry terminal escape sequences, carriage
 * returns, bells, a right-to-left override, `::add-mask::` at a line start, `##[`,
 * `</summary>` and `<script>`. Every rendering shows them escaped: plan text, markdown and
 * JSON (exact data, safe text), the job summary, apply's progress and result, and the
 * action's plan and apply comments. Nothing reaches a terminal raw, starts a workflow
 * command, or leaves the block it is shown in.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyComment, marker, planComment } from '../../action/src/comment-body.js';
import { readSavedPlan } from '../../action/src/mode-context.js';
import type { ApplyResultJson } from '../../src/cli/apply-result-json.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const TOKEN = 'control-characters-token';
const RUN = 'https://github.example/o/r/actions/runs/7';

/** Names as an attacker would type them in Intercom's settings. */
const HOSTILE = {
  title: '\u001b]0;owned\u0007Bug',
  overwrite: 'Bug\rFeature',
  mask: 'Ship\n::add-mask::secret',
  legacy: 'Tracker ##[add-mask]x',
  bidi: '\u202eexe.txt',
  html: '</summary><script>alert(1)</script>',
  csi: 'Clear\u009b2J',
} as const;
const HOSTILE_DESCRIPTION = 'Old\u001b[2K\r::warning::gotcha';
const HOSTILE_COLLECTION = 'Docs\n</details>\n\n# Owned @acme/support';

/** A character that must never reach output raw (tab and line feed are layout). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Output a terminal or the Actions runner reads safely: no raw control, no workflow command. */
function expectSafeText(text: string, what: string): void {
  expect(text, what).not.toMatch(RAW_CONTROL);
  for (const line of text.split('\n')) expect(line.trimStart().startsWith('::'), `${what}: ${line}`).toBe(false);
  expect(text, what).not.toContain('##[');
}

/** Markdown that a name cannot break out of: each block closes where it opened, no live HTML. */
function expectSafeMarkdown(markdown: string, what: string): void {
  expectSafeText(markdown, what);
  expect(markdown, what).not.toMatch(/<script/i);
  const opened = markdown.split('\n').filter((l) => l === '<details>').length;
  expect(markdown.match(/<summary>/g)?.length ?? 0, what).toBe(opened);
  expect(markdown.match(/<\/summary>/g)?.length ?? 0, what).toBe(opened);
  expect(markdown.match(/<\/details>/g)?.length ?? 0, what).toBe(opened);
  expect(markdown, what).not.toMatch(/^#+ Owned/m);
  // A name cannot notify a team: GitHub links no mention inside code, and outside it `@` is
  // followed by a zero-width space.
  expect(markdown.replace(/<code>.*?<\/code>/g, ''), what).not.toMatch(/(^|[^\w])@acme/m);
}

let sandbox: RunningSandbox;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

const CONFIG = (url: string) => `version: 1
workspaces:
  hostile:
    url: ${url}
    token: \${INTERCOM_TOKEN}
ticket_types:
  - name: Billing
    description: Fine
help_center:
  collections:
    - name: Guides
`;

beforeAll(async () => {
  sandbox = await startSandbox({
    token: TOKEN,
    seed: {
      help_centers: [{ identifier: 'acme-help', display_name: 'Acme Help', locales: ['en'], default: true }],
      ticket_types: [
        ...Object.values(HOSTILE).map((name) => ({ name })),
        { name: 'Billing', description: HOSTILE_DESCRIPTION, attributes: [{ name: 'Sev\u001b[31m', data_type: 'string' as const }] },
      ],
      collections: [{ name: HOSTILE_COLLECTION }],
    },
  });
  scratch = await scratchDir('icfg-hostile-');
  await scratch.write('intercom.config.yaml', CONFIG(sandbox.url));
});
afterAll(async () => {
  await sandbox.close();
  await scratch.cleanup();
});

function cli(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { cwd: scratch.dir, env: { INTERCOM_TOKEN: TOKEN, ...env } });
}

describe('names from Intercom in every rendering of a plan', () => {
  test('text: each name is shown in notation, on its own line, and no line is a workflow command', async () => {
    const plan = await cli(['plan', '--prune']);
    expect(plan.code).toBe(0);
    expectSafeText(plan.stdout + plan.stderr, 'plan text');
    expect(plan.stdout).toContain('- ticket type "\\u001b]0;owned\\u0007Bug" (id ');
    expect(plan.stdout).toContain('- ticket type "Bug\\rFeature"');
    // Inside the name the line break is notation, so `::add-mask::` does not start a line.
    expect(plan.stdout).toContain('- ticket type "Ship\\n::add-mask::secret"');
    expect(plan.stdout).toContain('- ticket type "Tracker ##\\u005badd-mask]x"');
    expect(plan.stdout).toContain('- ticket type "\\u202eexe.txt"');
    expect(plan.stdout).toContain('- ticket type "Clear\\u009b2J"');
    expect(plan.stdout).toContain('~ description : "Old\\u001b[2K\\r::warning::gotcha" → "Fine"');
    expect(plan.stdout).toContain('# collection acme-help: "Docs\\n</details>\\n\\n# Owned @acme/support"');
  });

  test('colour on: only our own SGR sequences reach the terminal', async () => {
    const plan = await cli(['plan', '--prune', '--color']);
    const sequences = new Set(plan.stdout.match(/\u001b[^m]*m/g));
    expect([...sequences].every((s) => /^\u001b\[\d+m$/.test(s))).toBe(true);
    expectSafeText(plan.stdout.replace(/\u001b\[\d+m/g, ''), 'plan text in colour');
  });

  test('JSON: the names are exact data, and the text is safe to print', async () => {
    const plan = await cli(['plan', '--prune', '--json']);
    expectSafeText(plan.stdout, 'plan JSON');
    const json = JSON.parse(plan.stdout) as { changes: { name: string; fields?: { path: string; before?: unknown }[] }[] };
    const names = json.changes.map((c) => c.name);
    for (const name of [...Object.values(HOSTILE), HOSTILE_COLLECTION]) expect(names).toContain(name);
    const billing = json.changes.find((c) => c.name === 'Billing');
    expect(billing?.fields?.find((f) => f.path === 'description')?.before).toBe(HOSTILE_DESCRIPTION);
  });

  test('markdown and the job summary: escaped HTML and markdown, every block closed where it opened', async () => {
    const summary = join(scratch.dir, 'summary.md');
    await scratch.write('summary.md', '');
    const plan = await cli(['plan', '--prune', '--format', 'markdown'], { GITHUB_STEP_SUMMARY: summary });
    expectSafeMarkdown(plan.stdout, 'plan markdown');
    expect(plan.stdout).toContain('ticket type "&lt;/summary&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(plan.stdout).toContain('collection acme-help: "Docs\\n&lt;/details&gt;\\n\\n# Owned @&#8203;acme/support"'.replace(/\\/g, '&#92;'));
    const written = await readFile(summary, 'utf8');
    expectSafeMarkdown(written, 'job summary');
    expect(written).toBe(`${plan.stdout}\n`);
  });
});

describe('names from Intercom while applying', () => {
  test('progress, result, job summary and the action comments', async () => {
    const planFile = join(scratch.dir, 'hostile.plan');
    const saved = await cli(['plan', '--prune', '--out', planFile]);
    expect(saved.code).toBe(0);
    const plan = await readSavedPlan(planFile);
    if (!plan) throw new Error('the saved plan cannot be read');
    const comment = planComment(marker('plan', { workspace: 'hostile', config: 'intercom.config.yaml' }), plan, RUN);
    expectSafeMarkdown(comment, 'plan comment');

    const summary = join(scratch.dir, 'apply-summary.md');
    await scratch.write('apply-summary.md', '');
    const apply = await cli(['apply', planFile, '--prune', '--auto-approve', '--json'], { GITHUB_STEP_SUMMARY: summary });
    expect(apply.code, apply.stderr).toBe(0);
    expectSafeText(apply.stderr, 'apply progress and result');
    expectSafeText(apply.stdout, 'apply JSON');
    expect(apply.stderr).toContain('- ticket type "\\u001b]0;owned\\u0007Bug" done (id ');
    expect(apply.stderr).toContain('- ticket type "Tracker ##\\u005badd-mask]x" done');

    const result = JSON.parse(apply.stdout) as ApplyResultJson;
    expect(result.applied.map((c) => c.name)).toEqual(expect.arrayContaining(Object.values(HOSTILE)));
    const written = await readFile(summary, 'utf8');
    expectSafeMarkdown(written, 'apply job summary');
    expect(written).toContain('- archive ticket type <code>&lt;/summary&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code>');

    const body = applyComment(marker('plan', { workspace: 'hostile', config: 'intercom.config.yaml' }), { outcome: 'applied', workspace: 'hostile', result, plan }, RUN);
    expectSafeMarkdown(body, 'apply comment');
  });
});

describe('names from Intercom in an export', () => {
  test('the YAML holds every name exactly, and its text is safe to print', async () => {
    const exported = await cli(['export']);
    expect(exported.code, exported.stderr).toBe(0);
    expectSafeText(exported.stdout, 'export YAML');
    const config = parse(exported.stdout) as { ticket_types: { name: string; description?: string }[]; help_center: { collections: { name: string }[] } };
    const names = config.ticket_types.map((t) => t.name);
    for (const name of Object.values(HOSTILE)) expect(names).toContain(name);
    expect(config.help_center.collections.map((c) => c.name)).toContain(HOSTILE_COLLECTION);
  });

  test('export warns, located and naming code points, that the file will not load until the names change', async () => {
    const exported = await cli(['export', '-o', 'exported.yaml']);
    expect(exported.code, exported.stderr).toBe(0);
    expectSafeText(exported.stderr, 'export warnings');
    const lines = exported.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Exported workspace "hostile" to exported.yaml.');
    expect(lines[1]).toMatch(/^Warning: the exported config does not load as it is \(\d+ problems\)\. Intercom accepted these values, but a config refuses them/);
    const text = await readFile(join(scratch.dir, 'exported.yaml'), 'utf8');
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(lines).toContain(
      `  exported.yaml:${lineOf('owned')}:11: ticket_types[0].name: contains the control character U+001B at character 1; control characters can rewrite terminal output and CI logs, so remove it`,
    );
    expect(lines.some((line) => /ticket_types\[\d+\]\.name: contains the invisible bidirectional control U\+202E at character 1/.test(line))).toBe(true);
  });
});
