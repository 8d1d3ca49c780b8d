import { IntercomClient, type ClientEvent, type IntercomClientOptions } from '../../../src/client/index.js';

/** Looks like a real token, and contains characters that URL-encoding would change. */
export const TOKEN = 'fake-test-token=:secret+token/xyz';

export interface TestClient {
  client: IntercomClient;
  events: ClientEvent[];
  /** Every wait the client asked for, in order (nothing really sleeps). */
  waits: number[];
  /** The fake clock's current time in epoch ms. */
  clock: { now: number };
}

/**
 * A client with recorded events and waits, zero jitter, and a fake clock that moves only
 * when the client waits — so rate-limit windows can be simulated without real time.
 */
export function makeClient(baseUrl: string, overrides: Partial<IntercomClientOptions> = {}): TestClient {
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
    ...overrides,
  });
  return { client, events, waits, clock };
}
