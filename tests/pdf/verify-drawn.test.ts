// Verify checks what is drawn, not only the text layer: the PDF the app writes for a version is the same bytes at
// every export, so a genuine PDF is "identical to version N as printed"; forged PDFs built here with pdf-lib (a
// font whose ToUnicode map claims the signed text while its glyphs draw other text, an invisible-text overlay)
// and 40 random byte flips of a genuine PDF are never called genuine, and the page that differs is named.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../core/errors';
import { pdfStamp } from '../../core/export-stamp';
import type { Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { verifiedAsSigned, type VerifyAnswer } from '../../core/verify-answer';
import { verifySentence } from '../../core/verify-sentence';
import { pageTexts, withPdf } from '../../electron/formats/pdf-reading/read-pdf';
import { renderPdf } from '../../electron/formats/pdf/export';
import type { Services } from '../../electron/services';
import { headlessServices } from '../headless-services';
import { seedPath } from '../unit/seed';
import { withInvisibleText } from './forgeries';

let services: Services;
let dir: string;
let report: Report;
let genuine: Uint8Array;
/** A one-page draft's PDF: it keeps forty verifications quick. */
let short: Uint8Array;

/** Exports through the services, as the app does, and returns the file's bytes. */
async function exported(kind: 'pdf' | 'public' | 'slip', name: string, id = report.id): Promise<Uint8Array> {
  const file = path.join(dir, name);
  const s = await headlessServices(path.join(dir, 'data'), { chooseSavePath: async () => file, readOnly: true });
  try {
    if (kind === 'pdf') await s.exportPdf(id, {});
    else if (kind === 'public') await s.exportPublicCopy(id, { format: 'pdf' });
    else await s.exportSlip(id);
  } finally {
    await s.close();
  }
  return new Uint8Array(readFileSync(file));
}

const verify = (bytes: Uint8Array) =>
  services.verifyPdf({ fileName: 'copy.pdf', data: Buffer.from(bytes).toString('base64') });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'verify-drawn-'));
  const writer = await headlessServices(path.join(dir, 'data'));
  ({ report } = await writer.importOutlineFromFile(seedPath, {}));
  await writer.signOff(report.id, { step: 'submit', name: '张三' });
  await writer.signOff(report.id, { step: 'review', name: '李四' });
  report = await writer.signOff(report.id, { step: 'approve', name: '王五' });
  const shortText = path.join(dir, 'short.txt');
  writeFileSync(shortText, '某局2024年法治政府建设情况报告\n一、主要工作\n全年开展行政执法检查12次。\n');
  const { report: small } = await writer.importOutlineFromFile(shortText, {});
  await writer.close();
  genuine = await exported('pdf', 'signed.pdf');
  short = await exported('pdf', 'short.pdf', small.id);
  services = await headlessServices(path.join(dir, 'data'), { readOnly: true });
});
afterAll(async () => {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the PDF of a version', () => {
  it('is the same bytes at every export, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-07-01T08:00:00Z'));
      const later = await exported('pdf', 'later.pdf');
      expect(Buffer.compare(later, genuine)).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(await withPdf(genuine, async (pdf) => pdf.info)).toMatchObject({ Producer: 'Rule-of-Law Report Desk' });
  });
});

describe('verify', { timeout: 120_000 }, () => {
  it('calls the genuine PDF, its public copy and its slip identical to version 2 as printed', async () => {
    const answer = await verify(genuine);
    expect(answer).toMatchObject({ status: 'signed-off', version: 2, printed: { identical: true } });
    expect(verifiedAsSigned(answer)).toBe(true);
    expect(verifySentence(answer, 'en')).toMatch(
      /^Verified: this PDF is identical to version 2 \(Signed off\) of “.+” as printed \(fingerprint [0-9A-F-]+\)\.$/,
    );
    expect(verifySentence(answer, 'zh-CN')).toMatch(/^核对通过：该 PDF 与《.+》第2版（签发稿）打印出的文件完全相同/);

    const publicCopy = await verify(await exported('public', 'public.pdf'));
    expect(publicCopy).toMatchObject({ publicCopy: true, version: 2, printed: { identical: true } });
    expect(verifySentence(publicCopy, 'zh-CN')).toContain('第2版的公开版打印出的文件完全相同');
    const slip = await verify(await exported('slip', 'slip.pdf'));
    expect(slip).toMatchObject({ slip: true, version: 2, printed: { identical: true } });
    expect(verifySentence(slip, 'en')).toContain('identical to the approval slip of version 2');
  });

  it('catches a font whose ToUnicode map claims the signed text while its glyphs draw another', async () => {
    // The page draws 「未组织」 where the signed text says 「已组织」; the font's map says the drawn 「未」 is 「已」.
    const signedText = report.chapters[0]!.sections[0]!.paragraphs[0]!;
    expect(signedText).toContain('已组织');
    expect(renderText(report)).not.toContain('未');
    const tampered = structuredClone(report);
    tampered.chapters[0]!.sections[0]!.paragraphs[0] = signedText.replace('已组织', '未组织');
    const drawn = (await renderPdf(tampered, { draft: false, stamp: pdfStamp(report, 'zh-CN') })).bytes;
    const forged = await PDFDocument.load(drawn, { updateMetadata: false });
    let remapped = 0;
    for (const [ref, object] of forged.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFRawStream)) continue;
      const text = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
      if (!text.includes('beginbfrange') || !/<672a>/i.test(text)) continue;
      forged.context.assign(ref, forged.context.flateStream(text.replace(/<672a>/gi, '<5df2>')));
      remapped++;
    }
    expect(remapped).toBe(1);
    const bytes = await forged.save({ useObjectStreams: false });
    // The text layer is the signed text: a verify that reads only the text is fooled.
    expect(await withPdf(bytes, pageTexts)).toEqual(await withPdf(genuine, pageTexts));

    const answer = await verify(bytes);
    expect(verifiedAsSigned(answer)).toBe(false);
    expect(answer.printed).toEqual({ identical: false, page: 1, what: 'remapped-font' });
    expect(verifySentence(answer, 'zh-CN')).toMatch(
      /^未通过：该 PDF 自称是《.+》第2版（签发稿）（指纹 [0-9A-F-]+），但与该版本打印出的文件不同：第1页画出的字形与文字层不符（字体被改过）。$/,
    );
  });

  it('catches text drawn invisibly over a genuine page, naming the page', async () => {
    const answer = await verify(await withInvisibleText(genuine, 1, 'approved without changes'));
    expect(verifiedAsSigned(answer)).toBe(false);
    expect(answer.printed).toEqual({ identical: false, page: 2, what: 'invisible-text' });
    expect(verifySentence(answer, 'en')).toContain('on page 2, there is invisible text');
  });

  it('calls none of 40 random byte flips of a genuine PDF genuine', async () => {
    expect((await verify(short)).printed).toEqual({ identical: true });
    let state = 21;
    const random = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    const answers: (VerifyAnswer | string)[] = [];
    for (let i = 0; i < 40; i++) {
      const copy = new Uint8Array(short);
      const at = random(copy.length);
      copy[at] = copy[at]! ^ (1 + random(255));
      answers.push(
        await verify(copy).catch((err: unknown) => {
          if (err instanceof AppError) return err.code;
          throw err;
        }),
      );
    }
    expect(answers.filter((a) => typeof a !== 'string' && verifiedAsSigned(a))).toEqual([]);
    expect(answers.filter((a) => typeof a !== 'string' && a.printed?.identical)).toEqual([]);
  });
});
