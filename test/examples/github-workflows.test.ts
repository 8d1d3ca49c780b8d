import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ACTION_COMMANDS, INPUT_NAMES, OUTPUT_NAMES, readInputs, splitArgs } from '../../action/src/inputs.js';
import Apply from '../../src/commands/apply.js';
import Plan from '../../src/commands/plan.js';

/**
 * The shipped workflows (the examples and this repository's own) only use the action's
 * real inputs and outputs and the CLI's real flags, and follow the rules the README
 * promises: pinned actions, timeouts, one apply per workspace at a time.
 */

const ROOT = resolve(import.meta.dirname, '../..');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'timeout-minutes'?: number;
  environment?: string | { name: string };
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  steps: Step[];
  outputs?: Record<string, string>;
}

async function workflows(dir: string): Promise<{ file: string; jobs: Record<string, Job> }[]> {
  const files = (await readdir(join(ROOT, dir))).filter((f) => f.endsWith('.yml'));
  return Promise.all(
    files.map(async (f) => ({ file: `${dir}/${f}`, jobs: (parse(await readFile(join(ROOT, dir, f), 'utf8')) as { jobs: Record<string, Job> }).jobs })),
  );
}

/** Workflows shown in the README (yaml blocks that use the action). */
async function readmeWorkflows(): Promise<{ file: string; jobs: Record<string, Job> }[]> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .filter((m) => m[1]!.includes('intercom-config@') && m[1]!.includes('jobs:'))
    .map((m, i) => ({ file: `README.md (workflow ${i + 1})`, jobs: (parse(m[1]!) as { jobs: Record<string, Job> }).jobs }));
}

const EXAMPLES = await workflows('examples/github-actions');
const README_WORKFLOWS = await readmeWorkflows();
const ALL = [...EXAMPLES, ...README_WORKFLOWS, ...(await workflows('.github/workflows'))];
const isOurAction = (uses: string | undefined) => uses !== undefined && (/(^|\/)intercom-config@/.test(uses) || uses === './');
const PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;

/** Every spelling of every flag a command accepts: --name, --no-name, -c. */
function spellings(command: typeof Plan | typeof Apply): Set<string> {
  const flags = { ...command.baseFlags, ...command.flags } as Record<string, { char?: string; allowNo?: boolean }>;
  return new Set(
    Object.entries(flags).flatMap(([name, flag]) => [`--${name}`, ...(flag.allowNo ? [`--no-${name}`] : []), ...(flag.char ? [`-${flag.char}`] : [])]),
  );
}
const CLI_FLAGS = { plan: spellings(Plan), drift: spellings(Plan), apply: spellings(Apply) };

const actionSteps = (jobs: Record<string, Job>) =>
  Object.entries(jobs).flatMap(([name, job]) => job.steps.filter((s) => isOurAction(s.uses)).map((step) => ({ name, job, step })));

describe('GitHub workflows', () => {
  test('the examples and the README run on the action, and the examples cover plan, apply and drift', () => {
    expect(README_WORKFLOWS.length).toBeGreaterThanOrEqual(1);
    const commands = EXAMPLES.flatMap((w) => actionSteps(w.jobs).map((s) => s.step.with?.['command']));
    expect(new Set(commands)).toEqual(new Set(ACTION_COMMANDS));
    expect(EXAMPLES.flatMap((w) => Object.values(w.jobs)).some((job) => job.steps.some((s) => /\bnpx\b/.test(s.run ?? '')))).toBe(false);
  });

  test.each(ALL)('$file: action steps use only declared inputs, outputs and existing CLI flags', ({ jobs }) => {
    for (const { name, job, step } of actionSteps(jobs)) {
      const given = step.with ?? {};
      expect(Object.keys(given).filter((k) => !(INPUT_NAMES as readonly string[]).includes(k)), name).toEqual([]);
      // What the runner would hand the entry (expressions become plain text): must be accepted.
      const env = Object.fromEntries(Object.entries(given).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, String(v).replace(/\$\{\{.*?\}\}/g, 'x')]));
      const inputs = readInputs(env);
      for (const flag of splitArgs(String(given['args'] ?? '')).filter((a) => a.startsWith('-'))) {
        expect(CLI_FLAGS[inputs.command].has(flag.split('=')[0]!), `${name}: ${inputs.command} has no ${flag}`).toBe(true);
      }
      const outputsUsed = [...JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].filter((m) => m[1] === step.id).map((m) => m[2]);
      for (const output of outputsUsed) expect(OUTPUT_NAMES as readonly string[], name).toContain(output);
    }
  });

  test.each(ALL)('$file: other actions are pinned by commit SHA, every job has a timeout, Node is 22 or newer with the npm cache', ({ jobs }) => {
    for (const [name, job] of Object.entries(jobs)) {
      expect(job['timeout-minutes'], `${name}: timeout-minutes`).toBeGreaterThan(0);
      for (const step of job.steps) {
        if (step.uses && !isOurAction(step.uses)) expect(step.uses, name).toMatch(PINNED);
        if (step.uses?.startsWith('actions/setup-node@')) {
          expect(Number(step.with?.['node-version']), `${name}: node-version`).toBeGreaterThanOrEqual(22);
          expect(step.with?.['cache'], `${name}: npm cache`).toBe('npm');
        }
      }
    }
  });

  test('the action is named with one placeholder, <owner>/intercom-config@v0, which the README explains', async () => {
    const uses = ALL.flatMap((w) => Object.values(w.jobs).flatMap((job) => job.steps.map((s) => s.uses))).filter((u) => isOurAction(u) && u !== './');
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses)).toEqual(new Set(['<owner>/intercom-config@v0']));
    const docs = ['README.md', 'CHANGELOG.md', 'examples/github-actions/README.md', '.github/workflows/release.yml'];
    const texts = await Promise.all(docs.map((f) => readFile(join(ROOT, f), 'utf8')));
    // The placeholder the docs used before: one spelling, so a reader replaces it once.
    for (const text of texts) expect(text).not.toMatch(/\bOWNER\b/);
    expect(texts[0]).toContain('`<owner>` stands for the GitHub account or organisation that hosts');
  });

  test('applies are serialised per workspace (across workflows too), and production applies behind its environment', () => {
    const applies = EXAMPLES.flatMap((w) => actionSteps(w.jobs)).filter((s) => s.step.with?.['command'] === 'apply');
    expect(applies.length).toBeGreaterThanOrEqual(2);
    const groupOf = new Map<string, string>();
    for (const { name, job, step } of applies) {
      const workspace = String(step.with?.['workspace']);
      expect(job.concurrency?.group, name).toContain(workspace);
      expect(job.concurrency?.['cancel-in-progress'], name).toBe(false);
      if (workspace === 'production') expect(job.environment, name).toBe('production');
      // One group per workspace: every apply to it waits for the others, whichever workflow runs it.
      expect(groupOf.get(workspace) ?? job.concurrency!.group, name).toBe(job.concurrency!.group);
      groupOf.set(workspace, job.concurrency!.group);
    }
    expect(new Set(groupOf.values()).size).toBe(groupOf.size);
  });

  test('the promotion example plans with --from and applies the saved plan, reading staging in both jobs', () => {
    const promote = EXAMPLES.find((w) => w.file.endsWith('intercom-config-promote.yml'));
    const steps = actionSteps(promote!.jobs);
    expect(steps.map((s) => [s.step.with?.['command'], s.step.with?.['workspace'], s.step.with?.['plan-file']])).toEqual([
      ['plan', 'production', 'promote.plan'],
      ['apply', 'production', 'promote.plan'],
    ]);
    expect(splitArgs(String(steps[0]!.step.with?.['args']))).toEqual(['--from', 'staging']);
    for (const { name } of steps) expect(JSON.stringify(promote!.jobs[name]), name).toContain('INTERCOM_TOKEN_STAGING');
  });
});
