import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { BugError } from '../../src/errors.js';
import { composeSections } from '../../src/config/schema.js';

const collections = { help_center: z.strictObject({ collections: z.array(z.string()).optional() }).optional().describe('Help center.') };
const articles = { help_center: z.strictObject({ articles: z.array(z.string()).optional() }).optional().describe('Ignored.') };

describe('composing the kinds\' config sections', () => {
  test('kinds keep their own keys, in order', () => {
    const shape = composeSections([{ section: { ticket_states: z.array(z.string()).optional() } }, { section: collections }]);
    expect(Object.keys(shape)).toEqual(['ticket_states', 'help_center']);
  });

  test('a key two kinds share as optional objects becomes one strict object with both kinds\' keys', () => {
    const schema = z.strictObject(composeSections([{ section: collections }, { section: articles }]));
    expect(schema.parse({ help_center: { collections: ['a'], articles: ['b'] } })).toEqual({ help_center: { collections: ['a'], articles: ['b'] } });
    expect(schema.parse({})).toEqual({});
    expect(schema.safeParse({ help_center: { other: 1 } }).success).toBe(false);
    expect(schema.shape.help_center?.description).toBe('Help center.');
  });

  test('any other shared key is a bug in the kinds', () => {
    expect(() => composeSections([{ section: collections }, { section: { help_center: z.string() } }])).toThrow(BugError);
  });
});
