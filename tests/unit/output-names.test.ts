// Default file names say what each file is, in the UI's language: the signed-off PDF, a draft, the public copy
// and the approval slip never share a name.
import { describe, expect, it } from 'vitest';
import { importOutline } from '../../core/outline-import';
import { defaultOutputName } from '../../electron/services/output-formats';
import { readSeed } from './seed';

const title = '区统计局2023年法治政府建设情况报告';

describe('default output names', () => {
  const draft = importOutline(readSeed());
  const signed = { ...draft, meta: { ...draft.meta, status: 'signed-off' as const } };

  it('names the PDF by its sign-off, the public copy and the slip by what they are (zh-CN)', () => {
    expect(defaultOutputName('pdf', signed, {}, 'zh-CN')).toBe(`${title}（签发稿）.pdf`);
    expect(defaultOutputName('pdf', draft, {}, 'zh-CN')).toBe(`${title}（草稿）.pdf`);
    expect(defaultOutputName('pdf', signed, { forceDraft: true }, 'zh-CN')).toBe(`${title}（草稿）.pdf`);
    expect(defaultOutputName('public-pdf', signed, {}, 'zh-CN')).toBe(`${title}（公开版）.pdf`);
    expect(defaultOutputName('public-html', signed, {}, 'zh-CN')).toBe(`${title}（公开版）.html`);
    expect(defaultOutputName('slip', signed, { language: 'zh-CN', timeZone: 'Asia/Shanghai' }, 'zh-CN')).toBe(
      `${title}发文稿纸.pdf`,
    );
    expect(defaultOutputName('docx', signed, {}, 'zh-CN')).toBe(`${title}.docx`);
  });

  it('says the same in English when the UI is in English', () => {
    expect(defaultOutputName('pdf', signed, {}, 'en')).toBe(`${title} (signed-off).pdf`);
    expect(defaultOutputName('pdf', draft, {}, 'en')).toBe(`${title} (draft).pdf`);
    expect(defaultOutputName('public-pdf', signed, {}, 'en')).toBe(`${title} (public copy).pdf`);
    expect(defaultOutputName('slip', signed, { language: 'en', timeZone: 'UTC' }, 'en')).toBe(
      `${title} approval slip.pdf`,
    );
  });
});
