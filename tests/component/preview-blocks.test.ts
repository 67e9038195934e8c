import { describe, expect, it } from 'vitest';
import { previewBlocks } from '../../renderer/wizard/preview-blocks';
import { createReportFromTemplate } from '../../core/templates';

describe('preview beside the signature step', () => {
  it('shows the last body paragraph with the signature under it', () => {
    const report = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2025 });
    report.chapters[2]!.paragraphs = ['继续加强学习。'];
    report.meta.date = '2026-01-20';
    const blocks = previewBlocks(report, { kind: 'signature' });
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'signature']);
    expect(blocks[1]).toEqual({ type: 'signature', unit: '区统计局', date: '2026年1月20日' });
  });

  it('still shows where the signature will go before it is filled in', () => {
    const report = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2025 });
    report.meta.signatureUnit = null;
    report.chapters[2]!.paragraphs = ['继续加强学习。'];
    expect(previewBlocks(report, { kind: 'signature' }).map((b) => b.type)).toEqual(['paragraph']);
  });
});
