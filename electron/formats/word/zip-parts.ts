// Reading parts of a ZIP (a .docx) within limits: the number of entries, and the decompressed bytes of each part
// and of all parts read, counted while they are inflated, so a 20 KB file that expands to gigabytes is stopped
// after the limit, holding no more than about one inflated block beyond it in memory.
import JSZip from 'jszip';
import { WORD_LIMITS } from './limits';
import { beyondLimit, damaged } from './errors';
import type { FileKind } from '../../../core/input-kind';

export class ZipParts {
  private total = 0;

  private constructor(
    private readonly zip: JSZip,
    private readonly kind: FileKind,
  ) {}

  static async open(bytes: Uint8Array, kind: FileKind): Promise<ZipParts> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
    } catch (err) {
      throw damaged(kind, err);
    }
    if (Object.keys(zip.files).length > WORD_LIMITS.zipEntries) throw beyondLimit(kind, 'entries');
    return new ZipParts(zip, kind);
  }

  has(name: string): boolean {
    return this.find(name) !== null;
  }

  /** Part names under a folder (e.g. 'word/media/'). */
  list(prefix: string): string[] {
    return Object.keys(this.zip.files).filter((n) => n.startsWith(prefix) && !this.zip.files[n]!.dir);
  }

  /** Names in a ZIP are case-sensitive, but some writers differ in case from the names their relationships use. */
  private find(name: string): JSZip.JSZipObject | null {
    const exact = this.zip.file(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    const key = Object.keys(this.zip.files).find((n) => n.toLowerCase() === lower);
    return key && !this.zip.files[key]!.dir ? this.zip.files[key]! : null;
  }

  /** A part's text (UTF-8), or null when the part is absent. */
  async text(name: string): Promise<string | null> {
    const entry = this.find(name);
    if (!entry) return null;
    const chunks: Buffer[] = [];
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      let stopped = false;
      stream.on('data', (chunk: Buffer) => {
        if (stopped) return;
        size += chunk.length;
        this.total += chunk.length;
        if (size > WORD_LIMITS.partBytes || this.total > WORD_LIMITS.totalBytes) {
          stopped = true;
          (stream as NodeJS.ReadableStream & { destroy?(): void }).pause();
          chunks.length = 0;
          reject(beyondLimit(this.kind, 'expanded'));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (err: unknown) => {
        if (!stopped) reject(damaged(this.kind, err));
        stopped = true;
      });
      stream.on('end', () => {
        if (!stopped) resolve();
      });
    });
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    } catch (err) {
      throw damaged(this.kind, err);
    }
  }
}
