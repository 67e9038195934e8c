// The Node side's SHA-256 for fingerprints: OpenSSL's, over the same canonical text as core's own SHA-256
// (tests/unit/sign-off.test.ts checks they agree). Installed once, wherever the services or the PDF export run.
import { createHash } from 'node:crypto';
import { setSha256 } from '../../core/fingerprint';

export const nodeSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

setSha256(nodeSha256);
