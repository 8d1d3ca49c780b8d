import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_CONFIG_BYTES, firstInvalidUtf8Byte } from '../../src/config/decode-config-text.js';
import { loadConfig, parseConfig } from '../../src/config/load-config.js';
import { ConfigError, UserError } from '../../src/errors.js';

const MINIMAL = 'version: 1\nworkspaces:\n  sandbox:\n    sandbox: .intercom/sandbox.json\n';
const dir = mkdtempSync(join(tmpdir(), 'intercom-config-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('loadConfig', () => {
  test('returns the file as given, its absolute directory and a hash of what it means', async () => {
    const file = join(dir, 'intercom.config.yaml');
    writeFileSync(file, MINIMAL);
    const loaded = await loadConfig(file, { env: {} });
    expect(loaded.file).toBe(file);
    expect(loaded.dir).toBe(dir);
    expect(loaded.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.hash).not.toBe(createHash('sha256').update(MINIMAL).digest('hex'));
    expect(loaded.config).toEqual({ version: 1, api_version: '2.14', workspaces: { sandbox: { sandbox: '.intercom/sandbox.json' } } });
  });

  test('a missing file is a UserError that says how to point at the right one', async () => {
    const error = await rejection(loadConfig(join(dir, 'nope.yaml')));
    expect(error).toBeInstanceOf(UserError);
    expect(error).not.toBeInstanceOf(ConfigError);
    expect((error as UserError).message).toBe(`Cannot read the config file ${join(dir, 'nope.yaml')}: it does not exist`);
    expect((error as UserError).hint).toContain('--config');
  });

  test('a directory is refused', async () => {
    const sub = join(dir, 'a-directory');
    mkdirSync(sub);
    const error = await rejection(loadConfig(sub));
    expect((error as UserError).message).toContain('is a directory');
  });

  test('a file over the size limit is refused before it is read', async () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, Buffer.alloc(MAX_CONFIG_BYTES + 1, 0x20));
    const error = await rejection(loadConfig(file));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([
      {
        path: [],
        location: { file, line: 1, column: 1 },
        message: 'the file is 5.0 MB, more than the 5.0 MB a config file may have; check that --config points at the right file',
      },
    ]);
  });
});

function configIssuesOf(text: string): ConfigError['issues'] {
  try {
    parseConfig(text, 'a.yaml', { env: {} });
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  test('text and its UTF-8 bytes load the same and hash the same', () => {
    const fromText = parseConfig(MINIMAL, 'a.yaml', { env: {} });
    const fromBytes = parseConfig(new TextEncoder().encode(MINIMAL), 'a.yaml', { env: {} });
    expect(fromBytes.config).toEqual(fromText.config);
    expect(fromBytes.hash).toBe(fromText.hash);
  });

  test('defaults: version 1 and api_version 2.14 when left out', () => {
    const loaded = parseConfig('workspaces:\n  only: {}\n', 'a.yaml', { env: {} });
    expect(loaded.config.version).toBe(1);
    expect(loaded.config.api_version).toBe('2.14');
  });

  test('reports every problem at once, not just the first', () => {
    let error: unknown;
    try {
      parseConfig('version: 3\nworkspaces: {}\nticket_types:\n  - name: ""\n  - nam: x\n', 'a.yaml', { env: {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toHaveLength(5);
    expect((error as ConfigError).message.split('\n')[0]).toBe('The config has 5 errors:');
  });

  test('a YAML syntax error is reported alone: the parser\'s knock-on error on the next line is not', () => {
    // The under-indented text on line 8 is the mistake; the parser's recovery also trips on line 9.
    const text = `${MINIMAL}ticket_types:\n  - name: Bug\n    description: >\n   x y\n    category: Customer\n`;
    const issues = configIssuesOf(text);
    expect(issues.map((i) => `${i.location?.line}:${i.location?.column}`)).toEqual(['8:1']);
    expect(issues[0]?.message).toMatch(/^YAML syntax error: /);
  });

  test('unknown tags are independent of each other, so each is reported', () => {
    const issues = configIssuesOf(`${MINIMAL}ticket_types:\n  - name: !secret Bug\n    description: !env Text\n`);
    expect(issues.map((i) => i.location?.line)).toEqual([6, 7]);
  });

  test('no message ever contains a token value, whatever is wrong with it', () => {
    const secret = 'tok_live_5f3a9c1e7b2d4068';
    const cases: Array<[string, NodeJS.ProcessEnv]> = [
      [`workspaces:\n  w:\n    token: ${secret}\n`, {}],
      [`workspaces:\n  w:\n    token: "${secret}"\n    regoin: eu\n`, {}],
      ['workspaces:\n  w:\n    token: ${T}\n', { T: ` ${secret}\n` }],
      ['workspaces:\n  w:\n    token: prefix-${T}\n', { T: secret }],
      [`workspaces:\n  w:\n    token: [${secret}]\n`, {}],
      ['workspaces:\n  w:\n    token: 90817263544536271\n', {}],
      [`workspaces:\n  w:\n    token: ${secret}\n    token: again\n`, {}],
    ];
    for (const [text, env] of cases) {
      let message = '';
      try {
        parseConfig(text, 'a.yaml', { env });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, text).not.toBe('');
      expect(message, text).not.toContain(secret);
      expect(message, text).not.toContain(secret.slice(0, 8));
      expect(message, text).not.toContain('9081726354');
    }
  });
});

describe('firstInvalidUtf8Byte', () => {
  test.each([
    ['plain ASCII', [0x61, 0x62], undefined],
    ['two-byte é', [0x63, 0xc3, 0xa9], undefined],
    ['four-byte emoji', [0xf0, 0x9f, 0x90, 0x9e], undefined],
    ['a lone 0xFF', [0x61, 0xff, 0x62], 1],
    ['an overlong NUL', [0xc0, 0x80], 0],
    ['a UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut off at the end', [0x61, 0xe2, 0x82], 1],
    ['Latin-1 é followed by a space', [0x43, 0x61, 0x66, 0xe9, 0x20], 3],
  ])('%s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8Byte(Uint8Array.from(bytes))).toBe(expected);
  });
});
