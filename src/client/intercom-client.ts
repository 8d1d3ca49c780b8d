/**
 * `IntercomApi` over HTTP. Each method is one call (or, for collections, one listing) that
 * goes through the shared scheduler and returns normalised Live* objects. Writes return
 * the object from the write's own answer: there is never a read after a write.
 */
import type { z } from 'zod';
import { isLoopbackHost } from '../common/loopback-host.js';
import { IntercomApiError, UserError } from '../errors.js';
import type { ClientEvent } from './client-events.js';
import * as content from './content-endpoints.js';
import { articlePageSchema } from './content-schemas.js';
import { SYSTEM_TIMERS, type DeadlineTimers, type HttpRequest } from './http-transport.js';
import { toLiveArticle } from './normalise-content.js';
import { readAllPages, type WirePage } from './paged-listing.js';
import type {
  ArticleBody,
  AttributeBody,
  CollectionBody,
  DataAttributeBody,
  DataAttributeModel,
  LiveAdmin,
  LiveArticle,
  LiveDataAttribute,
  IntercomApi,
  LiveAttribute,
  LiveCollection,
  LiveHelpCenter,
  LiveTicketState,
  ListingOptions,
  LiveTicketType,
  TicketTypeBody,
} from './live-types.js';
import {
  toLiveAttribute,
  toLiveCollection,
  toLiveHelpCenter,
  toLiveTicketState,
  toLiveTicketType,
} from './normalise.js';
import { createRedactor } from './redact.js';
import { RequestScheduler, type SchedulerStats } from './request-scheduler.js';
import {
  attributeSchema,
  collectionPageSchema,
  collectionSchema,
  deletedSchema,
  helpCenterListSchema,
  parseAnswer,
  ticketStateListSchema,
  ticketTypeListSchema,
  ticketTypeSchema,
} from './response-schemas.js';

export type { ClientEvent } from './client-events.js';
export { redact } from './redact.js';

export interface IntercomClientOptions {
  /** e.g. https://api.eu.intercom.io or http://127.0.0.1:4010 */
  baseUrl: string;
  token: string;
  /** Sent as the Intercom-Version header. */
  apiVersion: string;
  /** Deadline per attempt, headers and body included. Default 30 000. */
  timeoutMs?: number;
  /** Retries of transient faults (408, 5xx, network, timeouts) per request. Default 5. */
  maxRetries?: number;
  /** Resends after a 429 per request; each waits for the window to reset. Default 20. */
  maxRateLimitRetries?: number;
  /**
   * Writes in flight at once. Default 8. Reads do not count against it: they go out
   * together, as many as the rate-limit budget allows (request-scheduler.ts).
   */
  concurrency?: number;
  /**
   * Page size asked for by the first page of a paged listing. Default 150, the largest
   * Intercom accepts on any list; a server that honours less says so in `pages.per_page`,
   * and the client asks for that from then on.
   */
  perPage?: number;
  /** Progress and debug traces; the library never prints. */
  onEvent?: (event: ClientEvent) => void;
  /** Injectable for tests. */
  fetch?: typeof fetch;
  /** Injectable for tests: record waits instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests: the clock compared with X-RateLimit-Reset (epoch ms). */
  now?: () => number;
  /** Injectable for tests: jitter source in [0, 1). */
  random?: () => number;
  /** Injectable for tests: arms each attempt's deadline, so a test decides when it expires. */
  timers?: DeadlineTimers;
}

export const CLIENT_DEFAULTS = {
  timeoutMs: 30_000,
  maxRetries: 5,
  maxRateLimitRetries: 20,
  concurrency: 8,
  perPage: 150,
} as const;

export class IntercomClient implements IntercomApi {
  readonly #scheduler: RequestScheduler;
  readonly #perPage: number;
  /** Page sizes servers honoured, per listing path: learnt from a first page, asked from then on. */
  readonly #pageSizes = new Map<string, number>();
  readonly #apiVersion: string;
  readonly #now: () => number;

  constructor(options: IntercomClientOptions) {
    const url = checkedBaseUrl(options.baseUrl);
    const token = checkedToken(options.token);
    const emit = options.onEvent ?? (() => undefined);
    const redactor = createRedactor(token);
    this.#perPage = options.perPage ?? CLIENT_DEFAULTS.perPage;
    this.#apiVersion = options.apiVersion;
    this.#now = options.now ?? Date.now;
    this.#scheduler = new RequestScheduler({
      http: {
        baseUrl: url.href,
        token,
        apiVersion: options.apiVersion,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      },
      host: url.host,
      timeoutMs: options.timeoutMs ?? CLIENT_DEFAULTS.timeoutMs,
      concurrency: options.concurrency ?? CLIENT_DEFAULTS.concurrency,
      maxRetries: options.maxRetries ?? CLIENT_DEFAULTS.maxRetries,
      maxRateLimitRetries: options.maxRateLimitRetries ?? CLIENT_DEFAULTS.maxRateLimitRetries,
      now: options.now ?? Date.now,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      timers: options.timers ?? SYSTEM_TIMERS,
      random: options.random ?? Math.random,
      redact: redactor.text,
      redactBody: (value, raw) => redactor.value(value, raw),
      emit,
    });
  }

  now(): number {
    return this.#now();
  }

  /** Attempts sent, retries made and rate-limit pauses, since the client was made. */
  get stats(): Readonly<SchedulerStats> {
    return { ...this.#scheduler.stats };
  }

  backoff(retry: number, request: { method: string; path: string; reason: string }): Promise<void> {
    return this.#scheduler.backoff(retry, request);
  }

  async listTicketTypes(): Promise<LiveTicketType[]> {
    const answer = await this.#send({ method: 'GET', path: 'ticket_types' });
    return parseAnswer(ticketTypeListSchema, answer).map(toLiveTicketType);
  }

  async getTicketType(id: string): Promise<LiveTicketType> {
    const answer = await this.#send({ method: 'GET', path: `ticket_types/${segment(id)}` });
    return toLiveTicketType(parseAnswer(ticketTypeSchema, answer));
  }

  async createTicketType(body: TicketTypeBody): Promise<LiveTicketType> {
    const answer = await this.#send({ method: 'POST', path: 'ticket_types', json: body });
    return toLiveTicketType(parseAnswer(ticketTypeSchema, answer));
  }

  async updateTicketType(id: string, body: TicketTypeBody): Promise<LiveTicketType> {
    const answer = await this.#send({ method: 'PUT', path: `ticket_types/${segment(id)}`, json: body });
    return toLiveTicketType(parseAnswer(ticketTypeSchema, answer));
  }

  async createAttribute(ticketTypeId: string, body: AttributeBody): Promise<LiveAttribute> {
    const path = `ticket_types/${segment(ticketTypeId)}/attributes`;
    const answer = await this.#send({ method: 'POST', path, json: body });
    return toLiveAttribute(parseAnswer(attributeSchema, answer), ticketTypeId);
  }

  async updateAttribute(ticketTypeId: string, attributeId: string, body: AttributeBody): Promise<LiveAttribute> {
    const path = `ticket_types/${segment(ticketTypeId)}/attributes/${segment(attributeId)}`;
    const answer = await this.#send({ method: 'PUT', path, json: body });
    return toLiveAttribute(parseAnswer(attributeSchema, answer), ticketTypeId);
  }

  async listTicketStates(): Promise<LiveTicketState[]> {
    const answer = await this.#send({ method: 'GET', path: 'ticket_states' });
    return parseAnswer(ticketStateListSchema, answer).data.map(toLiveTicketState);
  }

  /**
   * Help centers say which one is the default only from API 2.16 on: below that, this one
   * listing is read as 2.16 (its answer only gains `default` and `locales`), so a
   * collection without `help_center:` never lands in a help center guessed by list order.
   * Unpaged answers ignore the page parameters; paged ones are followed.
   */
  async listHelpCenters(): Promise<LiveHelpCenter[]> {
    const apiVersion = reportsDefaultHelpCenter(this.#apiVersion) ? undefined : HELP_CENTER_DEFAULT_VERSION;
    return (await this.#readListing('help_center/help_centers', helpCenterListSchema, apiVersion)).map(toLiveHelpCenter);
  }

  async listCollections(options: ListingOptions = {}): Promise<LiveCollection[]> {
    return (await this.#readListing('help_center/collections', collectionPageSchema, undefined, options)).map(toLiveCollection);
  }

  /** Every page of a listing (paged-listing.ts), checked against its total_count. */
  #readListing<T extends { id: string }>(path: string, schema: z.ZodType<WirePage<T>>, apiVersion?: string, options: ListingOptions = {}): Promise<T[]> {
    const error = (message: string) => new IntercomApiError({ status: 200, code: 'unexpected_response', message, method: 'GET', path: `/${path}` });
    return readAllPages({
      ...(options.whileWriting ? { whileWriting: true } : {}),
      perPage: this.#pageSizes.get(path) ?? this.#perPage,
      learnPerPage: (size) => this.#pageSizes.set(path, size),
      fetchPage: async (page, perPage) => {
        const request: HttpRequest = { method: 'GET', path, searchParams: { page, per_page: perPage } };
        return parseAnswer(schema, await this.#send(apiVersion === undefined ? request : { ...request, apiVersion }));
      },
      endless: (pages) => error(`the listing did not end after ${pages} pages`),
      short: (read, total) =>
        error(
          `the listing is incomplete: it reports ${total} objects (total_count) but its pages held ${read}, twice. ` +
            'Planning from it could create duplicates of what is missing, so nothing was planned. Run again later',
        ),
    });
  }

  async getCollection(id: string): Promise<LiveCollection> {
    const answer = await this.#send({ method: 'GET', path: `help_center/collections/${segment(id)}` });
    return toLiveCollection(parseAnswer(collectionSchema, answer));
  }

  async createCollection(body: CollectionBody): Promise<LiveCollection> {
    const answer = await this.#send({ method: 'POST', path: 'help_center/collections', json: body });
    return toLiveCollection(parseAnswer(collectionSchema, answer));
  }

  async updateCollection(id: string, body: CollectionBody): Promise<LiveCollection> {
    const answer = await this.#send({ method: 'PUT', path: `help_center/collections/${segment(id)}`, json: body });
    return toLiveCollection(parseAnswer(collectionSchema, answer));
  }

  async deleteCollection(id: string): Promise<void> {
    const answer = await this.#send({ method: 'DELETE', path: `help_center/collections/${segment(id)}` });
    // A 404 accepted after an unanswered first try has no body worth checking.
    if (answer.status !== 404) parseAnswer(deletedSchema, answer);
  }

  listDataAttributes(model: DataAttributeModel, includeArchived: boolean): Promise<LiveDataAttribute[]> {
    return content.listDataAttributes(this.#sender, model, includeArchived);
  }

  createDataAttribute(body: DataAttributeBody): Promise<LiveDataAttribute> {
    return content.createDataAttribute(this.#sender, body);
  }

  updateDataAttribute(id: string, body: DataAttributeBody): Promise<LiveDataAttribute> {
    return content.updateDataAttribute(this.#sender, id, body);
  }

  /** Every article, with the collections' paging safety (page size asked: `perPage`). */
  async listArticles(options: ListingOptions = {}): Promise<LiveArticle[]> {
    return (await this.#readListing('articles', articlePageSchema, undefined, options)).map(toLiveArticle);
  }

  getArticle(id: string): Promise<LiveArticle> {
    return content.getArticle(this.#sender, id);
  }

  createArticle(body: ArticleBody): Promise<LiveArticle> {
    return content.createArticle(this.#sender, body);
  }

  updateArticle(id: string, body: ArticleBody): Promise<LiveArticle> {
    return content.updateArticle(this.#sender, id, body);
  }

  deleteArticle(id: string): Promise<void> {
    return content.deleteArticle(this.#sender, id);
  }

  listAdmins(): Promise<LiveAdmin[]> {
    return content.listAdmins(this.#sender);
  }

  readonly #sender = (request: HttpRequest) => this.#send(request);

  #send(request: HttpRequest) {
    return this.#scheduler.send(request);
  }
}

/**
 * Caught here rather than by fetch: fetch would fail each attempt in a way that looks
 * like a network fault (retried, or reported as an unknown POST outcome). Neither message
 * repeats the offending value, which may hold a secret.
 */
function checkedBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new UserError('The Intercom base URL is not a valid URL', { hint: 'Use e.g. https://api.eu.intercom.io' });
  }
  // The token travels in every request: plain http only where it cannot leave the machine.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new UserError(`The Intercom base URL must use https (plain http only for loopback hosts), not ${url.protocol}//${url.host}`);
  }
  if (url.username || url.password) {
    throw new UserError('The Intercom base URL must not contain credentials', { hint: 'Put the token in `token:` instead.' });
  }
  return url;
}

function checkedToken(token: string): string {
  // Visible ASCII only: anything else cannot travel in an Authorization header.
  if (!/^[\x21-\x7e]+$/.test(token)) {
    throw new UserError('The Intercom token is empty or contains spaces, line breaks or non-ASCII characters', {
      hint: 'Check the environment variable the token comes from (a trailing newline is a common cause).',
    });
  }
  return token;
}

/** The first API version whose help centers carry `default` (and `locales`). */
const HELP_CENTER_DEFAULT_VERSION = '2.16';

function reportsDefaultHelpCenter(version: string): boolean {
  const match = /^(\d+)\.(\d+)$/.exec(version);
  // Named versions (Preview, Unstable) are newer than every numbered one.
  if (!match) return true;
  return Number(match[1]) > 2 || (Number(match[1]) === 2 && Number(match[2]) >= 16);
}

/** Ids come from Intercom, but they still go into a URL path. */
function segment(id: string): string {
  return encodeURIComponent(id);
}
