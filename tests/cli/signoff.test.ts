// The sign-off trail through `report-desk`: import into the store, revised text --into with its diff, versions,
// diff, every step and refusal, the PDF's stamp, the approval slip (text and QR code) and verify on signed-off,
// older, unknown, edited and hostile PDFs. The commands run in-process; the slip and verify, which load their
// own chunks of the bundle (qrcode, pdf.js), run once more as the built command.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, shortCode } from '../../core/fingerprint';
import type { Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { renderPdf } from '../../electron/formats/pdf/export';
import { qrModules } from '../../electron/formats/slip/slip-file';
import { pdfStamp } from '../../core/export-stamp';
import { seedPath as seedFile } from '../unit/seed';
import { bin } from './built-cli';
import { runInProcess, type CliResult } from './in-process';

let work: string;
let data: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-signoff-'));
  data = path.join(work, 'data');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (name: string) => path.join(work, name);

const cli = (args: string[], lang = 'zh-CN') => runInProcess([...args, '--data-dir', data], { REPORT_DESK_LANG: lang });

/** The built command, as a child process. */
function built(args: string[]): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args, '--data-dir', data], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, REPORT_DESK_LANG: 'zh-CN' },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

function refused(r: CliResult, text: string) {
  expect(r.code).toBe(2);
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).toContain(text);
  expect(r.err).not.toMatch(/\n\s+at |Error:/);
}

const stored = async (id: string): Promise<Report> => JSON.parse((await cli(['show', id, '--json'])).out) as Report;
const pdfText = (pdf: string, ...args: string[]) =>
  execFileSync('pdftotext', ['-layout', ...args, pdf, '-'], { encoding: 'utf8' });

/** The slip's QR code read back from a rendering: the dark modules sampled at their centres. */
function readQr(pdf: string, size: number): boolean[][] {
  const base = file('slip-render');
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-singlefile', pdf, base]);
  const pgm = readFileSync(`${base}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const dark = (x: number, y: number) => pixels[Math.round(y) * width + Math.round(x)]! < 128;
  const mm = 150 / 25.4;
  const left = 20 * mm;
  const side = 32 * mm;
  // The QR code is the lowest drawing in its column: find its bottom edge, the top is one side above.
  let bottom = height - 1;
  while (bottom > 0 && ![...Array(Math.floor(side)).keys()].some((dx) => dark(left + dx, bottom))) bottom--;
  const top = bottom + 1 - side;
  const cell = side / size;
  return Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_, c) => dark(left + (c + 0.5) * cell, top + (r + 0.5) * cell)),
  );
}

describe('report-desk sign-off trail', { timeout: 600_000 }, () => {
  it('walks the whole trail, refusing each step out of order, and verifies what it printed', async () => {
    const imported = await cli(['import', seedFile]);
    expect(imported.code).toBe(0);
    const id = /编号：(\S+)/.exec(imported.out)![1]!;

    refused(await cli(['sign-off', id, '--step', 'approve', '--name', '王五']), '请先送审');
    refused(await cli(['sign-off', id, '--step', 'publish', '--name', '王五']), '尚未签发');
    refused(await cli(['sign-off', id, '--step', 'frob', '--name', '王五']), '未知的环节「frob」');
    refused(await cli(['sign-off', id, '--step', 'submit']), '缺少 --name');
    expect((await cli(['sign-off', id, '--step', 'submit', '--name', '张三'])).out).toContain('当前状态：送审');
    refused(await cli(['sign-off', id, '--step', 'submit', '--name', '张三']), '已经送审');
    refused(await cli(['sign-off', id, '--step', 'approve', '--name', '王五']), '须由核稿人核稿');

    // The version sent out, printed while in review: a draft, later an older version.
    expect((await cli(['export', '--id', id, '--pdf', file('sent.pdf')])).code).toBe(0);
    expect(pdfText(file('sent.pdf'))).toContain('草稿，未签发');

    // The leader's edits come back as a revised text, with the diff against the version sent out.
    const revised = renderText(await stored(id)).replace('坚持', '始终坚持');
    writeFileSync(file('revised.txt'), revised);
    refused(await cli(['import', file('revised.txt'), '--into', id]), 'import --into 须同时给出 --name <姓名>');
    refused(await cli(['import', file('revised.txt'), '--into', id], 'en'), 'import --into needs --name <name>');
    const revision = await cli(['import', file('revised.txt'), '--into', id, '--name', '王五']);
    expect(revision.code).toBe(0);
    expect(revision.out).toContain('修改稿与第1版（送出的版本）的差异');
    expect(revision.out).toContain('{+始终+}坚持');
    expect(renderText(await stored(id))).toBe(revised);

    expect((await cli(['sign-off', id, '--step', 'review', '--name', '李四', '--opinion', '同意'])).code).toBe(0);
    const signed = await cli(['sign-off', id, '--step', 'approve', '--name', '王五', '--opinion', '同意印发']);
    expect(signed.out).toContain('当前状态：已签发');
    refused(
      await cli(['import', file('revised.txt'), '--into', id, '--name', '王五']),
      '报告已签发，不能修改；请先重新打开',
    );
    refused(
      await cli(['import', file('revised.txt'), '--into', id, '--name', '王五'], 'en'),
      'signed off; reopen it first',
    );
    refused(await cli(['sign-off', id, '--step', 'publish', '--name', '赵六']), '公开前须完成保密审查');
    refused(await cli(['sign-off', id, '--step', 'clear-secrecy', '--name', '赵六']), '须选择公开属性');
    expect(
      (await cli(['sign-off', id, '--step', 'clear-secrecy', '--name', '赵六', '--attribute', 'public'])).code,
    ).toBe(0);

    const versions = await cli(['versions', id]);
    expect(
      versions.out
        .trim()
        .split('\n')
        .map((l) => l.split('\t').slice(0, 1).concat(l.split('\t').slice(3, 5))),
    ).toEqual([
      ['第1版', '送审稿', '张三'],
      ['第2版', '修改稿', '王五'],
      ['第3版', '签发稿', '王五'],
    ]);
    const diff = await cli(['diff', id, '1', 'current']);
    expect(diff.code).toBe(0);
    expect(diff.out).toContain('【一、主要工作开展情况】');
    expect(diff.out).toContain('共有 1 处段落改动。');
    refused(await cli(['diff', id, '1', 'x']), '版本「x」无效');
    // A version number typed in full width (a Chinese input method) is the same version.
    expect((await cli(['diff', id, '１', 'current'])).out).toBe(diff.out);

    // The signed-off PDF: fingerprint on the last page and in the metadata.
    const report = await stored(id);
    const code = shortCode(fingerprint(report));
    expect((await cli(['export', '--id', id, '--pdf', file('signed.pdf')])).code).toBe(0);
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file('signed.pdf')], { encoding: 'utf8' }))![1],
    );
    expect(pdfText(file('signed.pdf'), '-f', String(pages), '-l', String(pages))).toMatch(
      new RegExp(`签发稿 第3版 · 指纹 ${code}`),
    );
    expect(pdfText(file('signed.pdf'), '-l', '1')).not.toContain('指纹');

    // The approval slip.
    expect(built(['slip', id, '--pdf', file('slip.pdf')]).code).toBe(0);
    const slip = pdfText(file('slip.pdf'));
    for (const text of [
      '发文稿纸',
      '区统计局2023年法治政府建设情况报告',
      '第3版',
      '主动公开',
      `指纹 ${code}`,
      '手写签名',
    ])
      expect(slip).toContain(text);
    expect(slip).toMatch(/核稿人（核稿）\s+李四\s+\d{4}年\d{1,2}月\d{1,2}日\s+同意/);
    expect(slip).toMatch(/签发人（签发）\s+王五\s+\d{4}年\d{1,2}月\d{1,2}日\s+同意印发/);
    expect(slip).toContain(fingerprint(report));
    const expectedQr = qrModules(fingerprint(report));
    expect(readQr(file('slip.pdf'), expectedQr.length)).toEqual(expectedQr);

    // verify: the signed-off copy, the older one, an unknown one and one edited after export.
    const ok = built(['verify', file('signed.pdf')]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^核对通过：该 PDF 与《[^》]+》第3版（签发稿）打印出的文件完全相同（指纹 [0-9A-F-]+）。\n$/);
    // The slip carries the version's fingerprint but not its text: named as the slip, never compared.
    const slipVerified = await cli(['verify', file('slip.pdf')]);
    expect(slipVerified.out).toMatch(
      /^核对通过：该 PDF 与《[^》]+》第3版的发文稿纸打印出的文件完全相同（指纹 [0-9A-F-]+）。\n$/,
    );
    expect(slipVerified.code).toBe(0);
    expect((await cli(['verify', file('slip.pdf')], 'en')).out).toContain(
      'identical to the approval slip of version 3 of',
    );
    // The public copy carries its own stamp and is recognised as the public copy of version 3, its text intact.
    expect((await cli(['export', id, '--public', '--pdf', file('public.pdf')])).code).toBe(0);
    expect(pdfText(file('public.pdf'))).toMatch(/公开版 据第3版 · 指纹 [0-9A-F]{4}-/);
    const publicVerified = await cli(['verify', file('public.pdf')]);
    expect(publicVerified.out).toMatch(
      /^核对通过：该 PDF 与《[^》]+》第3版的公开版打印出的文件完全相同（指纹 [0-9A-F-]+）。\n$/,
    );
    expect(publicVerified.code).toBe(0);
    const older = await cli(['verify', file('sent.pdf')]);
    expect(older.code).toBe(1);
    expect(older.out).toContain('第1版（送审稿）打印出的文件完全相同');
    expect(older.out).toContain('但那不是当前的签发稿');

    const elsewhere = { ...report, id: 'not-in-this-store', meta: { ...report.meta, organisation: '别的局' } };
    writeFileSync(file('unknown.pdf'), (await renderPdf(elsewhere, { stamp: pdfStamp(elsewhere, 'zh-CN') })).bytes);
    const unknown = await cli(['verify', file('unknown.pdf')], 'en');
    expect(unknown.code).toBe(1);
    // The folder searched is named, and what to do next.
    expect(unknown.out).toContain(
      `matches no version of any report in the data folder ${data}. If the report is kept in another folder, run verify again with --data-dir <that folder>.`,
    );
    const unknownZh = await cli(['verify', file('unknown.pdf')]);
    expect(unknownZh.out).toContain(
      `与数据文件夹 ${data} 中任何报告的任何版本都不符。如果报告保存在别的文件夹，请加 --data-dir <那个文件夹> 重新运行 verify。`,
    );

    const tampered = structuredClone(report);
    tampered.chapters[0]!.sections[0]!.paragraphs[0] = tampered.chapters[0]!.sections[0]!.paragraphs[0]!.replace(
      '1次',
      '3次',
    );
    writeFileSync(file('tampered.pdf'), (await renderPdf(tampered, { stamp: pdfStamp(report, 'zh-CN') })).bytes);
    const edited = await cli(['verify', file('tampered.pdf')]);
    expect(edited.code).toBe(1);
    expect(edited.out).toContain('未通过：该 PDF 自称是');
    expect(edited.out).toContain('第1页文字不同');
    expect(edited.out).not.toContain('核对通过');
    expect(edited.out).toContain('PDF 的文字与该版本不一致（导出后被改动过），共 1 处不同');
    expect(edited.out).toContain('[-1-]{+3+}次');

    // Reopened, the old signature stays and the signed PDF is an older version.
    expect((await cli(['sign-off', id, '--step', 'reopen', '--name', '王五'])).out).toContain('当前状态：草稿');
    expect((await stored(id)).signOff.records.map((r) => r.step)).toEqual([
      'submit',
      'review',
      'approve',
      'clear-secrecy',
      'reopen',
    ]);
    expect((await cli(['verify', file('signed.pdf')])).out).toContain('第3版（签发稿）打印出的文件完全相同');
    expect((await cli(['verify', file('signed.pdf')])).out).toContain('但那不是当前的签发稿');
  });

  it('answers hostile files with one sentence', async () => {
    writeFileSync(file('not.pdf'), 'hello, this is text');
    refused(await cli(['verify', file('not.pdf')]), '该文件不是 PDF 文件');
    writeFileSync(file('broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF');
    refused(await cli(['verify', file('broken.pdf')], 'en'), 'This PDF cannot be read');
    writeFileSync(file('huge.pdf'), '%PDF-1.7\n');
    truncateSync(file('huge.pdf'), 200 * 1024 * 1024);
    refused(await cli(['verify', file('huge.pdf')]), '该文件太大（200.0 MB）');
    const plain = new PDFDocument();
    const chunks: Buffer[] = [];
    plain.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => plain.on('end', resolve));
    plain.text('A PDF from elsewhere.');
    plain.end();
    await done;
    writeFileSync(file('plain.pdf'), Buffer.concat(chunks));
    refused(await cli(['verify', file('plain.pdf')]), '该 PDF 中没有报告指纹');
    refused(await cli(['verify', file('missing.pdf')]), '找不到「');
  });
});
