/**
 * A real HTTP server on a loopback port whose answers a test scripts one by one: status
 * and JSON, raw text (HTML pages), a hang (for timeouts), a dropped connection, or a
 * body cut off half-way. It records every request it receives.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/help_center/collections?page=2&per_page=150`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Reply =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string> }
  /** Never answer (the client's deadline has to end it: see `onHang`). */
  | { hang: true }
  /** Read the request, then close the connection without a word. */
  | { drop: true }
  /** Send status and headers and half a body, then close the connection. */
  | { truncate: { status: number; json: unknown } }
  /** Send status, headers and half a body, then go silent with the connection open. */
  | { stall: { status: number; json: unknown } };

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface ScriptedServer {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Called whenever a request is left hanging (or stalled half-way): the moment to expire the client's deadline. */
  onHang(listener: () => void): void;
  close(): Promise<void>;
}

export async function startScriptedServer(handler: Handler, port = 0): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  const hangListeners: (() => void)[] = [];
  const hung = () => hangListeners.forEach((listener) => listener());
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const index = requests.push(recorded) - 1;
      void Promise.resolve(handler(recorded, index)).then((reply) => {
        if ('hang' in reply) {
          hung();
          return;
        }
        if ('drop' in reply) {
          req.socket.destroy();
          return;
        }
        if ('truncate' in reply) {
          const text = JSON.stringify(reply.truncate.json);
          res.writeHead(reply.truncate.status, { 'content-type': 'application/json', 'content-length': String(text.length) });
          res.write(text.slice(0, Math.floor(text.length / 2)), () => req.socket.destroy());
          return;
        }
        if ('stall' in reply) {
          const text = JSON.stringify(reply.stall.json);
          res.writeHead(reply.stall.status, { 'content-type': 'application/json', 'content-length': String(text.length) });
          res.write(text.slice(0, Math.floor(text.length / 2)), hung);
          return;
        }
        const body = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? '');
        const type = reply.json !== undefined ? 'application/json' : 'text/html';
        res.writeHead(reply.status, { 'content-type': type, ...reply.headers });
        res.end(body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    requests,
    onHang: (listener) => hangListeners.push(listener),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with `replies` in order; a request beyond the script is a test failure (500). */
export function inOrder(...replies: Reply[]): Handler {
  return (_request, index) =>
    replies[index] ?? { status: 500, json: { type: 'error.list', errors: [{ code: 'script_exhausted', message: `unscripted request ${index}` }] } };
}

export function errorList(code: string, message: string, requestId = `req-${code}`): unknown {
  return { type: 'error.list', request_id: requestId, errors: [{ code, message }] };
}
