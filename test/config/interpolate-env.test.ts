import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expandReferences, interpolateEnv } from '../../src/config/interpolate-env.js';
import { parseConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/errors.js';

const SANDBOX = 'workspaces:\n  sandbox:\n    sandbox: .intercom/sandbox.json\n';

function configErrorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('expandReferences', () => {
  test('replaces each ${NAME} with the variable and keeps the rest', () => {
    expect(expandReferences('${TEAM} bugs (${REGION})', { TEAM: 'Payments', REGION: 'eu' })).toEqual({
      ok: true,
      value: 'Payments bugs (eu)',
      variables: ['TEAM', 'REGION'],
      missing: [],
    });
  });

  test('$${ is a literal ${ and a lone $ stays', () => {
    expect(expandReferences('costs $5, write $${HOME}', {})).toMatchObject({ ok: true, value: 'costs $5, write ${HOME}', missing: [] });
  });

  test('reports every unset variable', () => {
    expect(expandReferences('${A}-${B}-${A}', { B: 'x' })).toMatchObject({ ok: true, missing: ['A', 'A'] });
  });

  test('an empty variable is set, not missing', () => {
    expect(expandReferences('[${EMPTY}]', { EMPTY: '' })).toMatchObject({ ok: true, value: '[]', missing: [] });
  });

  test('values are not expanded a second time', () => {
    expect(expandReferences('${OUTER}', { OUTER: '${INNER}', INNER: 'no' })).toMatchObject({ value: '${INNER}' });
  });

  test.each([
    ['${UNCLOSED', 'without a closing'],
    ['${}', 'not a valid reference'],
    ['${1ST}', 'not a valid reference'],
    ['${NAME:-default}', 'no spaces or defaults'],
  ])('%s is a syntax error', (text, message) => {
    const result = expandReferences(text, { NAME: 'x', UNCLOSED: 'x' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  test('text without a $ comes back unchanged', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes('$')), (text) => {
        expect(expandReferences(text, {})).toEqual({ ok: true, value: text, variables: [], missing: [] });
      }),
    );
  });

  test('doubling every run of $ before { round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('$', '{', '}', 'a', 'X', '_') }), (text) => {
        // A function replacement: in a replacement string, `$$` would itself mean one `$`.
        const result = expandReferences(text.replace(/\$+(?=\{)/g, (run) => run + run), {});
        expect(result).toMatchObject({ ok: true, value: text });
      }),
    );
  });
});

describe('interpolateEnv', () => {
  test('expands strings at any depth, leaves keys and non-strings alone', () => {
    const data = { '${KEY}': [{ name: '${N}', n: 3, flag: true }] };
    expect(interpolateEnv(data, { N: 'x', KEY: 'k' }, () => false)).toEqual({
      data: { '${KEY}': [{ name: 'x', n: 3, flag: true }] },
      findings: [],
      unresolved: [],
    });
  });

  test('copies only the containers in which a value changes, and never modifies its input', () => {
    const untouched = { name: 'Bug', list_items: ['Low', 'High'] };
    const data = { ticket_types: [untouched, { name: '${N}', literal: '$${N}' }], workspaces: { a: { token: '${T}' } } };
    const before = structuredClone(data);
    const result = interpolateEnv(data, { N: 'x' }, (path) => path[1] === 'a');
    expect(result.data).toEqual({ ticket_types: [untouched, { name: 'x', literal: '${N}' }], workspaces: { a: {} } });
    expect(data).toEqual(before);
    const out = result.data as typeof data;
    expect(out.ticket_types[0]).toBe(untouched);
    expect(out.ticket_types).not.toBe(data.ticket_types);
    expect(out.workspaces.a).not.toBe(data.workspaces.a);
  });

  test('tolerated missing values are dropped and listed, others are findings', () => {
    const data = { workspaces: { prod: { token: '${T}', url: 'https://${HOST}' } }, name: '${N}' };
    const result = interpolateEnv(data, {}, (path) => path[1] === 'prod');
    expect(result.data).toEqual({ workspaces: { prod: {} }, name: '${N}' });
    expect(result.unresolved).toEqual([
      { path: ['workspaces', 'prod', 'token'], variables: ['T'] },
      { path: ['workspaces', 'prod', 'url'], variables: ['HOST'] },
    ]);
    expect(result.findings.map((f) => f.message)).toEqual([
      'name: environment variable N is not set; set it before running intercom-config, or write the value in the file',
    ]);
  });

  test("a token's variable anywhere but `token:` is refused, set or not: its value would be shown in plans and sent to Intercom", () => {
    const data = {
      workspaces: { prod: { token: '${PROD_TOKEN}' }, local: { sandbox: 's.json' } },
      ticket_types: [{ name: 'Leak', description: 'see ${PROD_TOKEN}' }, { name: 'Default ${INTERCOM_TOKEN}' }, { name: '$${PROD_TOKEN} is text' }],
    };
    const result = interpolateEnv(data, { PROD_TOKEN: 'tok_prod_secret', INTERCOM_TOKEN: 'tok_default_secret' }, () => false);
    expect(result.findings.map((f) => f.message)).toEqual([
      "ticket_types[0].description: ${PROD_TOKEN} holds an access token (workspaces.prod.token reads it); it may be used only in a workspace's `token:`",
      "ticket_types[1].name: ${INTERCOM_TOKEN} holds an access token (the default token variable); it may be used only in a workspace's `token:`",
    ]);
    expect(JSON.stringify((result.data as typeof data).ticket_types)).not.toContain('secret');
    expect((result.data as typeof data).workspaces.prod.token).toBe('tok_prod_secret');
  });
});

describe('interpolation while loading', () => {
  test('interpolated values are checked by the schema: they are always text', () => {
    const error = configErrorOf(() => parseConfig(`version: 1\n${SANDBOX}prune: \${PRUNE}\n`, 'c.yaml', { env: { PRUNE: 'true' } }));
    expect(error.issues.map((i) => i.message)).toEqual(['prune: expected true or false, got the text "true"; write true or false without quotes']);
  });

  test('only the selected workspace needs its variables', () => {
    const text = `version: 1
workspaces:
  staging:
    token: \${STAGING_TOKEN}
  production:
    token: \${PRODUCTION_TOKEN}
`;
    const env = { STAGING_TOKEN: 'staging-secret' };
    const loaded = parseConfig(text, 'c.yaml', { env, workspace: 'staging' });
    expect(loaded.workspace).toBe('staging');
    expect(loaded.unresolved).toEqual([{ path: ['workspaces', 'production', 'token'], variables: ['PRODUCTION_TOKEN'] }]);
    expect(loaded.config.workspaces['production']).toEqual({});

    const error = configErrorOf(() => parseConfig(text, 'c.yaml', { env, workspace: 'production' }));
    expect(error.issues).toEqual([
      {
        path: ['workspaces', 'production', 'token'],
        location: { file: 'c.yaml', line: 6, column: 12 },
        message: 'workspaces.production.token: environment variable PRODUCTION_TOKEN is not set; set it to the access token before running intercom-config',
      },
    ]);
  });

  test('without --workspace, default_workspace (itself interpolated) decides which variables are needed', () => {
    const text = `version: 1
default_workspace: \${TARGET}
workspaces:
  staging:
    token: \${STAGING_TOKEN}
  production:
    token: \${PRODUCTION_TOKEN}
`;
    const loaded = parseConfig(text, 'c.yaml', { env: { TARGET: 'production', PRODUCTION_TOKEN: 'p' } });
    expect(loaded.workspace).toBe('production');
    expect(loaded.config.default_workspace).toBe('production');
    expect(loaded.unresolved.map((u) => u.variables)).toEqual([['STAGING_TOKEN']]);
  });

  test('an empty variable of a workspace not in use behaves as an unset one (CI passes a missing secret as "")', () => {
    const text = `version: 1
workspaces:
  staging:
    token: \${STAGING_TOKEN}
  production:
    url: https://\${PRODUCTION_HOST}
    token: \${PRODUCTION_TOKEN}
`;
    const unset = parseConfig(text, 'c.yaml', { env: { STAGING_TOKEN: 's', PRODUCTION_HOST: 'api.example.com' }, workspace: 'staging' });
    const empty = parseConfig(text, 'c.yaml', { env: { STAGING_TOKEN: 's', PRODUCTION_HOST: 'api.example.com', PRODUCTION_TOKEN: '' }, workspace: 'staging' });
    expect(empty.config).toEqual(unset.config);
    expect(empty.unresolved).toEqual(unset.unresolved);
    expect(empty.unresolved).toEqual([{ path: ['workspaces', 'production', 'token'], variables: ['PRODUCTION_TOKEN'] }]);
    expect(empty.config.workspaces['production']).toEqual({ url: 'https://api.example.com' });
  });

  test('an empty variable of the workspace in use is still refused, with its location', () => {
    const text = `version: 1\nworkspaces:\n  staging:\n    token: \${STAGING_TOKEN}\n  production:\n    token: \${PRODUCTION_TOKEN}\n`;
    const error = configErrorOf(() => parseConfig(text, 'c.yaml', { env: { STAGING_TOKEN: '', PRODUCTION_TOKEN: '' }, workspace: 'staging' }));
    expect(error.issues).toEqual([
      {
        path: ['workspaces', 'staging', 'token'],
        location: { file: 'c.yaml', line: 4, column: 12 },
        message: 'workspaces.staging.token: environment variable STAGING_TOKEN is set but empty; set it to the access token',
      },
    ]);
  });

  test('outside workspaces an empty variable stays an empty value', () => {
    const result = interpolateEnv({ name: '[${EMPTY}]', workspaces: { other: { url: '${EMPTY}' } } }, { EMPTY: '' }, (path) => path[0] === 'workspaces');
    expect(result.data).toEqual({ name: '[]', workspaces: { other: {} } });
    expect(result.unresolved).toEqual([{ path: ['workspaces', 'other', 'url'], variables: ['EMPTY'] }]);
  });

  test('a workspace-level syntax error is reported even for a workspace not in use', () => {
    const text = `version: 1\n${SANDBOX}  production:\n    url: https://\${HOST\n`;
    const error = configErrorOf(() => parseConfig(text, 'c.yaml', { env: {} }));
    expect(error.issues.map((i) => i.message)).toEqual([
      'workspaces.production.url: has a `${` without a closing `}`; write `${NAME}`, or `$${` for a literal `${`',
    ]);
  });
});
