// Bad input for the Word import: each is refused with one sentence naming what the file is (or imported within
// the README's limits), in bounded time and memory, and the store is never touched by a refused file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, toErrorPayload } from '../../core/errors';
import { errorMessage } from '../../core/i18n';
import { importOutline } from '../../core/outline-import';
import { renderText } from '../../core/text-render';
import { writeOutput } from '../../electron/services/output-formats';
import type { Services } from '../../electron/services';
import { headlessServices } from '../headless-services';
import { readReportDocument } from '../../electron/services/document-files';
import { longReport, seedText } from '../pdf/long-report';
import {
  deepDocument,
  docxWith,
  documentXml,
  encryptedFib,
  entityExpansionDocument,
  externalEntityDocument,
  oleFile,
  zipBomb,
} from './hostile-files';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-hostile-word-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, bytes: Uint8Array | string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

async function refusal(file: string): Promise<AppError> {
  const err = await readReportDocument(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** Both languages' sentence: complete, with nothing left uninterpolated. */
function expectSentences(err: AppError): void {
  for (const language of ['zh-CN', 'en'] as const) {
    const text = errorMessage(language, toErrorPayload(err));
    expect(text).not.toMatch(/\{\{|\$t\(|undefined|errors:|word:/);
    expect(text.length).toBeGreaterThan(10);
  }
}

describe('files that are not a Word document or text', () => {
  const cases: [string, () => Promise<Buffer> | Buffer, string, Record<string, string>][] = [
    [
      'an image renamed .docx',
      () => readFileSync(path.join(repoRoot, 'tests/docx/reference/seed-first.png')),
      'IMPORT_NOT_A_DOCUMENT',
      { kind: 'image' },
    ],
    ['a PDF named .doc', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'IMPORT_NOT_A_DOCUMENT', { kind: 'pdf' }],
    [
      'an Excel workbook named .docx',
      () => docxWith({ 'xl/workbook.xml': '<workbook/>' }),
      'IMPORT_NOT_A_DOCUMENT',
      { kind: 'xlsx' },
    ],
    ['a ZIP archive', async () => (await docxWith({})).subarray(0), 'IMPORT_NOT_A_DOCUMENT', { kind: 'zip' }],
    [
      'random bytes',
      () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      'IMPORT_NOT_A_DOCUMENT',
      { kind: 'binary' },
    ],
    [
      'an encrypted .docx (an OLE wrapper with EncryptionInfo)',
      () => oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']),
      'IMPORT_ENCRYPTED',
      { kind: 'docx' },
    ],
    [
      'a password-protected .doc',
      () => oleFile(['Root Entry', 'WordDocument', '1Table'], [encryptedFib()]),
      'IMPORT_ENCRYPTED',
      { kind: 'doc' },
    ],
    [
      'a Microsoft Works document named .wps',
      () => oleFile(['Root Entry', 'CONTENTS', 'MatOST']),
      'IMPORT_NOT_A_DOCUMENT',
      { kind: 'works' },
    ],
  ];
  it.each(cases)('%s', async (name, make, code, params) => {
    const file = write(`${name.replace(/\W+/g, '-')}${name.includes('.doc') ? '.doc' : '.docx'}`, await make());
    const err = await refusal(file);
    expect(err.code).toBe(code);
    expect(err.params).toMatchObject(params);
    expectSentences(err);
  });

  it('names a Word 97-2003 file as WPS when the user saved it as .wps', async () => {
    const err = await refusal(write('locked.wps', oleFile(['Root Entry', 'WordDocument'], [encryptedFib()])));
    expect(err.params).toMatchObject({ kind: 'wps' });
    expect(errorMessage('zh-CN', toErrorPayload(err))).toBe(
      '该文件是加密的 WPS 文字文档（.wps），无法读取。请在 WPS 或 Word 中另存一份不加密的副本后再导入。'.replace(
        'WPS 或 Word',
        'Word 或 WPS',
      ),
    );
  });
});

describe('hostile .docx files', () => {
  it('stops a ZIP bomb (a 250 KB file inflating to 256 MB, its directory claiming 1 KB) at the limit, in bounded memory', async () => {
    const bytes = await zipBomb(256);
    expect(bytes.length).toBeLessThan(300 * 1024);
    const file = write('bomb.docx', bytes);
    const before = process.memoryUsage().rss;
    const err = await refusal(file);
    expect(err.code).toBe('IMPORT_LIMIT');
    expect(err.params).toMatchObject({ kind: 'docx', limit: 'expanded' });
    expectSentences(err);
    // The whole part would take 256 MB as bytes and half a gigabyte as text; reading stops after the 32 MB limit.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  }, 60_000);

  it('refuses 10,000-deep XML before parsing it', async () => {
    const err = await refusal(write('deep.docx', await docxWith({ 'word/document.xml': deepDocument(10_000) })));
    expect(err.params).toMatchObject({ kind: 'docx', limit: 'depth' });
    expectSentences(err);
  });

  it('refuses external entities and entity expansion (a DOCTYPE, which Word never writes), never reading the file named', async () => {
    for (const xml of [externalEntityDocument(), entityExpansionDocument()]) {
      const err = await refusal(write('entities.docx', await docxWith({ 'word/document.xml': xml })));
      expect(err.params).toMatchObject({ kind: 'docx', limit: 'dtd' });
      expect(JSON.stringify(err.params)).not.toContain('root:');
    }
  });

  it('refuses a truncated .docx as damaged', async () => {
    const whole = readFileSync(await exportedSeed());
    const err = await refusal(write('truncated.docx', whole.subarray(0, Math.floor(whole.length / 2))));
    expect(err.code).toBe('IMPORT_DAMAGED');
    expectSentences(err);
  });

  it('says an empty document has no text to import', async () => {
    const empty = await Packer.toBuffer(new Document({ sections: [{ children: [] }] }));
    expect((await refusal(write('empty.docx', empty))).code).toBe('OUTLINE_EMPTY');
    const blank = await docxWith({ 'word/document.xml': documentXml('<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>') });
    expect((await refusal(write('blank.docx', blank))).code).toBe('OUTLINE_EMPTY');
  });

  it('imports a 300-page document within the limits, text for text', async () => {
    const report = longReport(50);
    const file = path.join(dir, 'long.docx');
    await writeOutput('docx', report, file, {});
    const { report: back } = await readReportDocument(file);
    expect(renderText(back)).toBe(renderText(report));
  }, 60_000);
});

async function exportedSeed(): Promise<string> {
  const file = path.join(dir, 'seed.docx');
  await writeOutput('docx', importOutline(seedText()), file, {});
  return file;
}

describe('the store and a refused file', () => {
  let services: Services;
  const dataDir = path.join(dir, 'data');
  beforeAll(async () => {
    services = await headlessServices(dataDir);
  });
  afterAll(() => services.close());

  it('is never touched by a refused file, and takes a good one', async () => {
    const listing = () => readdirSync(dataDir, { recursive: true }).map(String).sort();
    const before = listing();
    for (const file of [
      write('bomb2.docx', await zipBomb(64)),
      write('deep2.docx', await docxWith({ 'word/document.xml': deepDocument(10_000) })),
      write('xxe2.docx', await docxWith({ 'word/document.xml': externalEntityDocument() })),
      write('image.docx', readFileSync(path.join(repoRoot, 'tests/docx/reference/seed-last.png'))),
      write('locked.doc', oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])),
    ]) {
      await expect(services.importOutlineFromFile(file, {})).rejects.toBeInstanceOf(AppError);
    }
    expect(await services.listReports()).toEqual([]);
    expect(listing()).toEqual(before);
    const { report, notices } = await services.importOutlineFromFile(await exportedSeed(), {});
    expect(notices).toEqual([]);
    expect((await services.listReports()).map((r) => r.id)).toEqual([report.id]);
  }, 60_000);
});
