// Preloaded into the CLI (NODE_OPTIONS=--import) by the bad-input tests: records every
// outgoing connection and every listening server to $ICFG_NETWORK_LOG, so a test can prove
// that a refused config made no network traffic at all, to any host.
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const log = process.env.ICFG_NETWORK_LOG;
if (log) {
  const record = (what, args) => {
    const first = args[0];
    const target = typeof first === 'object' && first !== null ? `${first.host ?? ''}:${first.port ?? first.path ?? ''}` : String(first);
    appendFileSync(log, `${what} ${target}\n`);
  };
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    record('connect', Array.isArray(args[0]) ? args[0] : args);
    return connect.apply(this, args);
  };
  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function (...args) {
    record('listen', args);
    return listen.apply(this, args);
  };
}
