// Who may use the bridge: only the page it served itself. A page on another origin (another local port, a
// site in the same browser) is refused by Origin; a DNS-rebinding page, which looks same-origin to the browser,
// by Host; a request that no page of ours sent (no-cors fetch, curl from another account) by the per-run secret.
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

/** The secret, from the header (calls) or the query (the event stream). */
export function tokenAllowed(req: http.IncomingMessage, url: URL, token: string): boolean {
  const header = req.headers[BRIDGE_TOKEN_HEADER];
  return sameSecret(typeof header === 'string' ? header : url.searchParams.get(BRIDGE_TOKEN_PARAM), token);
}
