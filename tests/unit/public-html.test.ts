// @vitest-environment happy-dom
// The public copy as a web page, read back by parsing it: no scripts, nothing fetched from elsewhere, headings
// in order, the report's language, and none of the internal parts.
import { describe, expect, it } from 'vitest';
import { importOutline } from '../../core/outline-import';
import { publicCopyWarnings, publicReport } from '../../core/public-copy';
import { renderPublicHtml } from '../../core/public-html';
import { renderText } from '../../core/text-render';
import { readFixture, readSeed } from './seed';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function sampleReport() {
  const report = importOutline(readFixture('plans-every-style-2023.txt'));
  report.meta = { ...report.meta, drafter: '张三', reviewer: '李四', approver: '王五' };
  report.chapters[0]!.sections[1]!.internal = true;
  report.chapters[2]!.sections[0]!.items[1]!.internal = true;
  report.preamble.push('含<b>尖括号</b>与&符号的一段。');
  return report;
}

describe('the public copy', () => {
  it('leaves out the recipient, the names and everything marked internal', () => {
    const report = sampleReport();
    const text = renderText(publicReport(report));
    expect(renderText(report)).toContain('区委、区政府：');
    expect(text).not.toContain('区委、区政府：');
    expect(text).not.toContain('规范执法行为');
    expect(text).not.toContain('推广移动执法终端');
    expect(text).toContain('分批组织执法人员参加业务培训');
    expect(JSON.stringify(publicReport(report).meta)).not.toMatch(/张三|李四|王五/);
  });

  it('is one HTML page with semantic headings, lists, a language, and nothing external or scripted', () => {
    const html = renderPublicHtml(sampleReport());
    const doc = parse(html);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toMatch(/<script|javascript:|@import|url\(/i);
    for (const el of doc.querySelectorAll('[src], [href], link, img, iframe, object, embed')) {
      throw new Error(`external reference: ${el.outerHTML}`);
    }
    expect(doc.querySelector('style')?.textContent).toContain('@media print');

    const headings = [...doc.querySelectorAll('h1, h2, h3')].map((h) => [h.tagName, h.textContent]);
    expect(headings[0]).toEqual(['H1', '区市场监管局2023年法治政府建设情况报告']);
    expect(headings.filter(([tag]) => tag === 'H1')).toHaveLength(1);
    // Never a level skipped: h1 → h2 → h3.
    let level = 0;
    for (const [tag] of headings) {
      const next = Number(tag!.slice(1));
      expect(next).toBeLessThanOrEqual(level + 1);
      level = next;
    }
    expect(headings).toContainEqual(['H2', '三、2024年工作打算']);
    expect(headings).toContainEqual(['H3', '（一）加强学法用法。']);
    expect(headings).toContainEqual(['H3', '（一）提升执法能力']);

    const lists = [...doc.querySelectorAll('ol')].map((ol) => [...ol.children].map((li) => li.textContent));
    expect(lists).toContainEqual(['1.分批组织执法人员参加业务培训，全年培训不少于40学时。']);
    expect(lists).toContainEqual(['（1）落实行政执法责任制，细化岗位责任。', '（2）开展行政执法案卷评查。']);
    expect(doc.body.textContent).toContain('含<b>尖括号</b>与&符号的一段。');
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.body.textContent).not.toContain('区委、区政府');
    expect(doc.querySelector('footer time')?.getAttribute('datetime')).toBe('2024-01-10');
  });

  it('renders the seed with its run-in sections as h3 and every word of its text', () => {
    const seed = importOutline(readSeed());
    const doc = parse(renderPublicHtml(seed));
    expect(doc.querySelectorAll('h2')).toHaveLength(3);
    expect(doc.querySelectorAll('h3').length).toBeGreaterThanOrEqual(8);
    const words = (s: string) => s.replace(/\s+/g, '');
    // The stamp line at the foot is the copy's, not the report's text (tests/unit/public-stamps.test.ts).
    doc.querySelector('.stamp')!.remove();
    expect(words(doc.body.textContent ?? '')).toBe(words(renderText(seed)));
  });

  it('warns about a missing secrecy review only once sign-off records exist', () => {
    expect(publicCopyWarnings(sampleReport())).toEqual([]);
  });
});
