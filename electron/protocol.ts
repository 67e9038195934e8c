// The app: scheme that serves the renderer. Registered as privileged (standard, secure) before the app is
// ready, so pages on it get a real origin, secure-context APIs and fetch, like https; handled after ready.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME } from './shell/app-origin';
import { createAppProtocolHandler } from './shell/app-protocol';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(rendererDir, (file) => readFile(file)),
  );
}
