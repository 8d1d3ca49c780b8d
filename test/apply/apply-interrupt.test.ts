/**
 * `ApplyOptions.signal`: an aborted apply starts no new write, lets those in flight finish
 * and reports the rest as not attempted. The API seam below holds each call until the test
 * lets it go, so "in flight" is a state the test creates, not a race it hopes for.
 */
import { describe, expect, test } from 'vitest';
import { applyPlan, type ApplyEvent } from '../../src/apply/apply-plan.js';
import type { IntercomApi, LiveTicketType } from '../../src/client/live-types.js';
import { createPlan } from '../../src/engine/create-plan.js';
import { config, liveType, planInput } from '../helpers/live-builders.js';

/** Calls that wait until released; `arrived(n)` resolves once n calls of a kind wait. */
function heldApi() {
  const calls: string[] = [];
  const waiting: { call: string; release: () => void }[] = [];
  const watchers: { prefix: string; count: number; resolve: () => void }[] = [];
  const opened: string[] = [];
  const types: LiveTicketType[] = [];
  let nextId = 100;
  const arrive = async (call: string): Promise<void> => {
    calls.push(call);
    if (opened.some((prefix) => call.startsWith(prefix))) return;
    const released = new Promise<void>((release) => waiting.push({ call, release }));
    for (const w of [...watchers]) {
      if (waiting.filter((h) => h.call.startsWith(w.prefix)).length >= w.count) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve();
      }
    }
    await released;
  };
  const api: Partial<IntercomApi> = {
    async listTicketTypes() {
      await arrive('list types');
      return [...types];
    },
    async createTicketType(body) {
      await arrive(`create type ${body.name}`);
      const created = liveType({ id: String(nextId++), name: body.name ?? '' });
      types.push(created);
      return created;
    },
  };
  return {
    api: api as IntercomApi,
    calls,
    arrived: (prefix: string, count = 1) =>
      new Promise<void>((resolve) => {
        watchers.push({ prefix, count, resolve });
        if (waiting.filter((h) => h.call.startsWith(prefix)).length >= count) resolve();
      }),
    /** Lets every waiting call of `prefix` go on. */
    release(prefix: string) {
      for (const h of waiting.filter((w) => w.call.startsWith(prefix))) {
        waiting.splice(waiting.indexOf(h), 1);
        h.release();
      }
    },
    /** From now on, calls of `prefix` are not held. */
    open(prefix: string) {
      opened.push(prefix);
      this.release(prefix);
    },
  };
}

const fiveTypes = () =>
  createPlan(planInput(config({ ticket_types: ['A', 'B', 'C', 'D', 'E'].map((name) => ({ name })) }), { ticketTypes: [] }));

describe('an interrupted apply', () => {
  test('sends nothing new after the signal; writes in flight finish; the rest is not attempted', async () => {
    const held = heldApi();
    const stop = new AbortController();
    const events: string[] = [];
    const onEvent = (e: ApplyEvent) => events.push(`${e.type} ${e.change.name}`);
    const run = applyPlan(fiveTypes(), held.api, { concurrency: 2, signal: stop.signal, onEvent });
    // The wave's check before the creates, then two creates in flight.
    await held.arrived('list types');
    held.release('list types');
    await held.arrived('create type', 2);
    stop.abort();
    // The check after the apply still reads.
    held.open('list types');
    held.release('create type');
    const result = await run;

    expect(held.calls.filter((c) => c.startsWith('create'))).toEqual(['create type A', 'create type B']);
    expect(result.applied.map((a) => a.change.name)).toEqual(['A', 'B']);
    expect(result.failed).toEqual([]);
    expect(result.notAttempted.map((c) => c.name)).toEqual(['C', 'D', 'E']);
    expect(result.interrupted).toBe(true);
    expect(events).toEqual(['start A', 'start B', 'done A', 'done B']);
  });

  test('a create whose check was under way when the signal came is not sent', async () => {
    const held = heldApi();
    const stop = new AbortController();
    const events: string[] = [];
    const run = applyPlan(fiveTypes(), held.api, { concurrency: 1, signal: stop.signal, onEvent: (e) => events.push(`${e.type} ${e.change.name}`) });
    await held.arrived('list types');
    stop.abort();
    held.open('list types');
    const result = await run;

    expect(held.calls.filter((c) => c.startsWith('create'))).toEqual([]);
    expect(result.applied).toEqual([]);
    expect(result.notAttempted.map((c) => c.name)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(result.interrupted).toBe(true);
    expect(events).toEqual(['start A', 'skipped A']);
  });

  test('a signal aborted before the start sends nothing at all', async () => {
    const held = heldApi();
    held.open('list types');
    const result = await applyPlan(fiveTypes(), held.api, { signal: AbortSignal.abort() });
    expect(held.calls.filter((c) => c.startsWith('create'))).toEqual([]);
    expect(result.notAttempted).toHaveLength(5);
    expect(result.interrupted).toBe(true);
  });

  test('without a signal, or one never aborted, nothing is marked interrupted', async () => {
    const held = heldApi();
    held.open('list types');
    held.open('create type');
    const result = await applyPlan(fiveTypes(), held.api, { signal: new AbortController().signal });
    expect(result.applied).toHaveLength(5);
    expect(result.interrupted).toBeUndefined();
  });
});
