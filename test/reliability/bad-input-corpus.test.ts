/**
 * Bad input never reaches Intercom: every invalid config of the corpus, run through the
 * CLI (in-process) against an external sandbox, exits 1 with located messages
 * (file:line:col) and no stack trace, and makes no network connection at all — the
 * sandbox sees zero requests and no socket is connected or listened on during the run.
 * `validate`, `plan` and `apply` take turns over the corpus; a sample runs all three. The
 * same sample runs through the real binary in bad-input-binary.process.test.ts.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { FixtureCase } from '../config/fixture-cases.js';
import { remoteHeader, runCli } from '../helpers/cli.js';
import { COMMANDS, corpusCases, prepareCase, SAMPLE_FOR_ALL_COMMANDS } from './support/corpus.js';
import { TOKEN } from './support/rig.js';

/** Every kind of bad input the tool promises to refuse offline, and the cases showing it. */
const CATEGORIES: Record<string, string[]> = {
  'YAML syntax': ['yaml-unclosed-quote', 'yaml-bad-indentation', 'yaml-tab-indentation', 'yaml-duplicate-key', 'yaml-undefined-alias'],
  'wrong types': ['name-as-number', 'boolean-quoted', 'list-items-as-text', 'version-as-string', 'root-is-a-list'],
  'wrong enums': ['unknown-data-type', 'unknown-region', 'ticket-type-category-wrong-case', 'unknown-ticket-state-category'],
  'unknown keys with "did you mean"': ['unknown-attribute-key-camel-case', 'unknown-top-level-key', 'unknown-workspace-key'],
  'duplicate names': ['duplicate-ticket-type-names', 'duplicate-attribute-names', 'duplicate-collection-siblings'],
  '4-level collections': ['collections-four-levels'],
  'missing environment variables': ['missing-env-var', 'missing-token-env-var-selected-workspace'],
  'non-loopback http URL': ['http-url-not-loopback'],
  'literal token in the file': ['literal-token'],
  'very long strings': ['name-too-long', 'description-too-long'],
  'non-UTF-8 bytes': ['non-utf8-byte', 'latin1-encoded', 'utf16-encoded'],
  'empty file': ['empty-file', 'only-comments'],
  'data attribute rules': [
    'data-attribute-unknown-model',
    'data-attribute-options-on-wrong-type',
    'data-attribute-one-option',
    'data-attribute-built-in-name',
    'data-attribute-name-in-both-models',
  ],
  'article bodies (missing file, relative image, link to no article)': ['article-body-file-missing', 'article-relative-image', 'article-link-to-undeclared-file'],
  'duplicate article titles in one collection': ['article-duplicate-titles'],
};

const CASES = corpusCases();
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'icfg-corpus-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function caseNamed(name: string): FixtureCase {
  const found = CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no corpus case ${name}`);
  return found;
}

/**
 * Runs one command on one case, in its own directory and against its own sandbox (so a
 * request is pinned on the case that made it), and checks everything promised.
 */
async function expectRefusedOffline(fixture: FixtureCase, args: readonly string[]): Promise<void> {
  const sandbox = await startSandbox({ token: TOKEN });
  try {
    const prepared = prepareCase(fixture, sandbox.url);
    const dir = await mkdtemp(join(root, `${fixture.name}-`));
    await writeFile(join(dir, 'intercom.config.yaml'), prepared.bytes);
    for (const file of prepared.files) {
      await mkdir(dirname(join(dir, file.path)), { recursive: true });
      await writeFile(join(dir, file.path), file.bytes);
    }
    const network: string[] = [];
    const result = await runCli([...args], { cwd: dir, env: { INTERCOM_TOKEN: TOKEN, ...fixture.env }, network });
    const what = `${fixture.name} / ${args[0]}:\n${result.stderr}`;

    expect(result.code, what).toBe(1);
    expect(result.stderr, what).toBe(`Error: ${prepared.expectedErrors}\n`);
    // Located in the config, or in an article's Markdown file next to it.
    for (const line of result.stderr.split('\n').slice(1, -1)) expect(line, what).toMatch(/^ {2}(intercom\.config\.yaml|[\w/.-]+\.md):\d+:\d+: \S/);
    expect(result.stderr, what).not.toMatch(/^\s+at /m);
    expect(result.stdout, what).toBe('');
    expect(sandbox.requests, what).toEqual([]);
    expect(network, what).toEqual([]);
    for (const secret of [TOKEN, ...prepared.secrets]) expect(result.stdout + result.stderr, what).not.toContain(secret);
  } finally {
    await sandbox.close();
  }
}

describe('the invalid-config corpus through the CLI', () => {
  test('holds at least 40 cases, covering every category of bad input', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const names = new Set(CASES.map((c) => c.name));
    for (const [category, examples] of Object.entries(CATEGORIES)) {
      for (const example of examples) expect(names.has(example), `${category}: ${example}`).toBe(true);
    }
  });

  test('most cases are pointed at the external sandbox, so a request would be seen there', () => {
    const url = 'http://127.0.0.1:4999';
    const pointed = CASES.filter((c) => prepareCase(c, url).bytes.includes(Buffer.from(`url: ${url}`)));
    expect(pointed.length).toBeGreaterThanOrEqual(40);
  });

  test('the network record is not vacuous: a valid config run the same way connects', async () => {
    const sandbox = await startSandbox({ token: TOKEN });
    try {
      const dir = await mkdtemp(join(root, 'control-'));
      await writeFile(join(dir, 'intercom.config.yaml'), `${remoteHeader(sandbox.url)}ticket_types: []\n`);
      const network: string[] = [];
      const result = await runCli(['plan'], { cwd: dir, env: { INTERCOM_TOKEN: TOKEN }, network });
      expect(result.code, result.stderr).toBe(0);
      expect(network.some((line) => line.startsWith('connect '))).toBe(true);
      expect(sandbox.requests).not.toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  test.each(CASES.map((c) => c.name).map((name, i) => [name, COMMANDS[i % COMMANDS.length]!.join(' ')] as const))(
    '%s is refused offline by `%s`',
    async (name, command) => {
      await expectRefusedOffline(caseNamed(name), command.split(' '));
    },
  );

  test.each(SAMPLE_FOR_ALL_COMMANDS)('%s is refused offline by validate, plan and apply alike', async (name) => {
    for (const args of COMMANDS) await expectRefusedOffline(caseNamed(name), args);
  });
});
