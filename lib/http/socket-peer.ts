import { randomBytes } from "node:crypto";
import http, { type IncomingMessage } from "node:http";

/**
 * The TCP peer's address, carried to route handlers. `next start` gives a route handler no socket:
 * the only address it passes on is `X-Forwarded-For`, which Next fills from the socket only when
 * the client did not send one (node_modules/next/dist/server/base-server.js: `??=`), so a client
 * picks its own. Here every request gets, before Next sees it, a header with the socket's address
 * and a per-process token: a client can send the header, but not the token, so a forged one (or a
 * request that arrived before this was installed) reads as "no known peer", never as an address.
 */
export const PEER_HEADER = "x-factdeck-peer";

const TOKEN = Symbol.for("factdeck.socket-peer.token");
const INSTALLED = Symbol.for("factdeck.socket-peer.installed");
type Globals = { [TOKEN]?: string };

function token(): string {
  const globals = globalThis as Globals;
  return (globals[TOKEN] ??= randomBytes(18).toString("base64url"));
}

/** The header's value for a request from `address` (also what tests send to play a socket). */
export function peerHeaderValue(address: string): string {
  return `${token()} ${address}`;
}

/** Called once at start-up (instrumentation.ts): every HTTP server of this process stamps its requests. */
export function installSocketPeer(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[PEER_HEADER] = peerHeaderValue(request.socket.remoteAddress ?? "");
    }
    return (emit as (...all: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}

/** The socket address of this request, or null when it did not come through an installed server. */
export function peerAddress(headers: Headers): string | null {
  const value = headers.get(PEER_HEADER);
  if (!value) return null;
  const [sent, address] = value.split(" ");
  return sent === token() && address ? address : null;
}
