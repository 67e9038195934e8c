// How the renderer in a plain browser talks to the local HTTP bridge (electron/bridge/): under a path prefix
// that no source or asset file can take (Vite serves renderer/api/… at /api/… in development), with the
// per-run secret the bridge writes into the page it serves.
import type { ApiMethod } from './api-channels';

export const BRIDGE_PREFIX = '/__bridge/';
/** The server-sent export progress. */
export const BRIDGE_EVENTS_PATH = `${BRIDGE_PREFIX}events`;
/** Carries the secret on every call; a custom header also makes any cross-origin request a preflighted one. */
export const BRIDGE_TOKEN_HEADER = 'x-report-desk-token';
/** EventSource cannot send headers: the events stream takes the secret as this query parameter. */
export const BRIDGE_TOKEN_PARAM = 'token';
/** `<meta name=… content=secret>` in the served index.html. */
export const BRIDGE_TOKEN_META = 'report-desk-bridge-token';

export const bridgeMethodPath = (method: ApiMethod): string => `${BRIDGE_PREFIX}api/${method}`;
