// Writing an exported file (PDF, Word) under the user's file name: through a temporary file in the same folder
// and a rename, so a failed export never leaves a half-written file where the user expects a whole one.
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeOutputFile(outPath: string, bytes: Uint8Array): Promise<void> {
  const target = path.resolve(outPath);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}
