import { IntercomClient, type ClientEvent, type IntercomClientOptions } from '../../../src/client/index.js';
import { ManualDeadlines } from '../../helpers/clock.js';
import type { ScriptedServer } from './scripted-server.js';

/** Looks like a real token, and contains characters that URL-encoding would change. */
export const TOKEN = 'fake-test-token=:secret+token/xyz';

export interface TestClient {
  client: IntercomClient;
  events: ClientEvent[];
  /** Every wait the client asked for, in order (nothing really sleeps). */
  waits: number[];
  /** The fake clock's current time in epoch ms. */
  clock: { now: number };
  /** Request deadlines: they expire only when the server leaves a request hanging, never by themselves. */
  deadlines: ManualDeadlines;
}

/**
 * A client with recorded events and waits, zero jitter, and a fake clock that moves only
 * when the client waits — so rate-limit windows can be simulated without real time. Its
 * request deadlines expire when the scripted server leaves a request hanging (pass the
 * server rather than its URL), so a slow machine never times out an answer that comes.
 */
export function makeClient(target: string | ScriptedServer, overrides: Partial<IntercomClientOptions> = {}): TestClient {
  const baseUrl = typeof target === 'string' ? target : target.url;
  const deadlines = new ManualDeadlines();
  if (typeof target !== 'string') target.onHang(() => deadlines.expireAll());
  const events: ClientEvent[] = [];
  const waits: number[] = [];
  const clock = { now: Date.UTC(2030, 0, 1, 12, 0, 0) };
  const client = new IntercomClient({
    baseUrl,
    token: TOKEN,
    apiVersion: '2.14',
    timeoutMs: 2_000,
    onEvent: (event) => events.push(event),
    sleep: async (ms) => {
      waits.push(ms);
      clock.now += ms;
    },
    now: () => clock.now,
    random: () => 0,
    timers: deadlines,
    ...overrides,
  });
  return { client, events, waits, clock, deadlines };
}
