// Every public copy says what it is, as the public PDF does: the Word file and the web page print
// 「公开版 据第N版 · 指纹 …」 with the version it was made from and the public text's own fingerprint, read back
// here from the files written (the .docx's document.xml, the page's markup).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { publicPdfStamp } from '../../core/export-stamp';
import { fingerprint, shortCode } from '../../core/fingerprint';
import type { Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { publicReport } from '../../core/public-copy';
import { applyStep } from '../../core/sign-off';
import { writeOutput } from '../../electron/services/output-formats';
import { readSeed } from './seed';

const dir = mkdtempSync(path.join(tmpdir(), 'public-stamps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The seed report signed off as version 3. */
function signedReport(): Report {
  const at = { at: '2024-01-05T00:00:00Z', today: '2024-01-05' };
  const steps = [
    ['submit', 2],
    ['review', 2],
    ['approve', 3],
  ] as const;
  return steps.reduce(
    (r, [step, nextVersion]) => applyStep(r, { step, name: '王五', ...at, nextVersion }).report,
    importOutline(readSeed()),
  );
}

const report = signedReport();
const code = shortCode(fingerprint(publicReport(report)));
const expected = `公开版 据第3版 · 指纹 ${code}`;

/** The text of each paragraph of a .docx's body, its runs joined. */
async function docxParagraphs(file: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('the public copies carry the public stamp', () => {
  it('the public PDF prints it (the line the others must match)', () => {
    expect(publicPdfStamp(report, 'zh-CN').lastPageLine).toBe(expected);
  });

  it('the public Word copy prints it as its last paragraph, not the draft stamp', async () => {
    const file = path.join(dir, 'public.docx');
    await writeOutput('public-docx', report, file, {});
    const paragraphs = (await docxParagraphs(file)).filter((p) => p.trim());
    expect(paragraphs.at(-1)).toBe(expected);
    expect(paragraphs.join('\n')).not.toMatch(/草稿，未签发|签发稿 第/);
  });

  it('the public web page prints it at its foot', async () => {
    const file = path.join(dir, 'public.html');
    await writeOutput('public-html', report, file, {});
    const html = readFileSync(file, 'utf8');
    expect([...html.matchAll(/<p class="stamp">([^<]*)<\/p>/g)].map((m) => m[1])).toEqual([expected]);
  });
});
