// Who may use the bridge: only the page it served itself. A page on another origin (another local port, a
// site in the same browser) is refused by Origin — on every path, the page itself included, since the page
// holds the secret; a DNS-rebinding page, which looks same-origin to the browser, by Host; a request that no
// page of ours sent (a no-cors fetch, a form) by the per-run secret. What this keeps out is web pages: a program
// running as the same user can read the page (and the secret) like the browser does.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { BRIDGE_TOKEN_HEADER, BRIDGE_TOKEN_PARAM } from '../../core/bridge-protocol';

export const newBridgeToken = (): string => randomBytes(24).toString('base64url');

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/** The Host header names this server itself (a rebinding attacker's host name does not). */
export function hostAllowed(req: http.IncomingMessage, port: number): boolean {
  return LOOPBACK_NAMES.some((name) => req.headers.host === `${name}:${port}`);
}

/** No Origin (same-origin GETs, tools) or our own origin. */
export function originAllowed(req: http.IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  return origin === undefined || LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`);
}

function sameSecret(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The secret travels in the header, where no link, form or image a page makes can put it; only the event stream
 * takes it from the query, as EventSource cannot send headers. A call that carries it in its query is refused
 * even with the header: the secret does not belong in a URL (histories, logs, a Referer).
 */
export function tokenAllowed(req: http.IncomingMessage, url: URL, token: string, eventStream: boolean): boolean {
  const header = req.headers[BRIDGE_TOKEN_HEADER];
  const query = url.searchParams.get(BRIDGE_TOKEN_PARAM);
  if (eventStream) return sameSecret(typeof header === 'string' ? header : query, token);
  return query === null && sameSecret(typeof header === 'string' ? header : null, token);
}
