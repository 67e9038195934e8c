// The Electron fuses of the packaged app, as data: electron-builder.yml's `electronFuses` must say exactly
// this (tests/shell/builder-config.test.ts). Fuses are flipped in the executable, so no command-line flag or
// environment variable can turn these back on for an installed copy.
import type { FuseOptionsV1 } from 'app-builder-lib';

export const REQUIRED_FUSES = {
  /** ELECTRON_RUN_AS_NODE would turn ReportDesk.exe into a general-purpose Node interpreter. */
  runAsNode: false,
  /** The cookie store (unused, but Chromium keeps one) is encrypted with the OS key, as in Chrome. */
  enableCookieEncryption: true,
  /** NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or certificates into the main process. */
  enableNodeOptionsEnvironmentVariable: false,
  /** --inspect would open a debugger port into the main process. */
  enableNodeCliInspectArguments: false,
  /** app.asar is checked against the hash electron-builder embeds, so a modified archive does not load. */
  enableEmbeddedAsarIntegrityValidation: true,
  /** Only app.asar is loaded (not an app/ folder dropped beside it), which makes the integrity check binding. */
  onlyLoadAppFromAsar: true,
  /** Our pages come from app:, not file:, so file: pages need no extra privileges. */
  grantFileProtocolExtraPrivileges: false,
} as const satisfies FuseOptionsV1;
