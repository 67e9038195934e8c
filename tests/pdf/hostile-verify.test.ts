// Verify answers hostile PDFs within its bounds (≤ 10 s, ≤ 500 MB): a 1 MB PDF whose stream inflates to 1 GiB is
// stopped at the per-stream cap of the patched pdf.js, and a 15,000-page PDF is refused by its page count before
// any page is read. The files are made here, with pdf-lib, pdfkit and zlib.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import { PDFDocument as PdfLibDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import type { Services } from '../../electron/services';
import { headlessServices } from '../headless-services';

let dir: string;
let services: Services;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hostile-verify-'));
  services = await headlessServices(path.join(dir, 'data'));
});
afterAll(async () => {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

const GiB = 1024 * 1024 * 1024;

/**
 * A zlib stream of 1 GiB of zeros, made quickly: zlib deflates 16 MiB once more after a first 16 MiB, each ended
 * by a sync flush, and that second run of blocks (which refers only to zeros before it) is repeated.
 */
async function zerosDeflated(size: number): Promise<Buffer> {
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  const deflate = zlib.createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (c: Buffer) => parts.push(c));
  const flushed = async () => {
    deflate.write(chunk);
    await new Promise<void>((resolve) => deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => resolve()));
    return Buffer.concat(parts.splice(0));
  };
  const first = await flushed();
  const repeat = await flushed();
  return Buffer.concat([first, ...Array<Buffer>(size / chunk.length - 1).fill(repeat)]);
}

/** The verify's answer or error code, how long it took and how far the process's peak memory grew. */
async function verifyMeasured(file: string) {
  const peak = process.resourceUsage().maxRSS;
  const start = Date.now();
  const outcome = await services.verifyPdfFile(file).then(
    (answer) => answer.status,
    (err: unknown) => (err instanceof AppError ? err.code : String(err)),
  );
  return { outcome, ms: Date.now() - start, grewMb: (process.resourceUsage().maxRSS - peak) / 1024 };
}

describe('verify on hostile PDFs', { timeout: 60_000 }, () => {
  it('stops a 1 MB PDF whose stream inflates to 1 GiB at the stream cap', async () => {
    const bomb = await zerosDeflated(GiB);
    expect(
      zlib.inflateSync(bomb.subarray(0, 4096), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).length,
    ).toBeGreaterThan(1_000_000);
    const pdf = await PdfLibDocument.create();
    pdf.addPage();
    const metadata = pdf.context.stream(bomb, { Type: 'Metadata', Subtype: 'XML', Filter: 'FlateDecode' });
    pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(metadata));
    const page = pdf.getPage(0);
    page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.stream(bomb, { Filter: 'FlateDecode' })));
    const file = path.join(dir, 'bomb.pdf');
    const bytes = await pdf.save({ useObjectStreams: false });
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    writeFileSync(file, bytes);

    const { outcome, ms, grewMb } = await verifyMeasured(file);
    expect(outcome).toBe('VERIFY_TOO_COMPLEX');
    expect(ms).toBeLessThan(10_000);
    expect(grewMb).toBeLessThan(500);
  });

  it('refuses a 15,000-page PDF by its page count, before reading its pages', async () => {
    const doc = new PDFDocument({ autoFirstPage: false, size: [10, 10], compress: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    for (let i = 0; i < 15_000; i++) doc.addPage();
    doc.end();
    await ended;
    const file = path.join(dir, 'pages.pdf');
    writeFileSync(file, Buffer.concat(chunks));

    const { outcome, ms, grewMb } = await verifyMeasured(file);
    expect(outcome).toBe('VERIFY_TOO_COMPLEX');
    expect(ms).toBeLessThan(10_000);
    expect(grewMb).toBeLessThan(500);
  });
});
