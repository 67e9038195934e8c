// @vitest-environment happy-dom
// Word in the UI: after an import that left something out, Home lists the notices (one sentence each, in the UI
// language) before the report opens; "导出 Word" beside "导出 PDF" saves through the API and offers open / show
// in folder, and a failure is one sentence.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api';
import { AppError } from '../../core/errors';
import { createI18n, translator } from '../../core/i18n';
import { importNoticeText, type ImportNotice } from '../../core/import-notices';
import { createReportFromTemplate } from '../../core/templates';
import { ApiProvider } from '../../renderer/api/api-context';
import { Home } from '../../renderer/home/Home';
import { DocxExportButton, DocxExportOutcome, useDocxExport } from '../../renderer/wizard/DocxExport';
import { fakeApi } from './fake-api';

afterEach(cleanup);

const report = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2023 });

function withApi(api: Api, language: 'zh-CN' | 'en', children: React.ReactNode) {
  return render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n(language)}>{children}</I18nextProvider>
    </ApiProvider>,
  );
}

describe('home: a Word import with notices', () => {
  it('lists what was left out, then opens the report on request', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const notices: ImportNotice[] = [
        { code: 'revisions', count: 3, insertions: 2, deletions: 1, formatting: 0, authors: ['王五'] },
        { code: 'comments', count: 2, authors: ['审核人', '李四'] },
        { code: 'tables', count: 2, paragraphs: 6 },
        { code: 'headersFooters', count: 1, texts: ['某区司法局文件'] },
      ];
      const onOpen = vi.fn();
      withApi(fakeApi({ importOutlineFile: async () => ({ report, notices }) }), language, <Home onOpen={onOpen} />);
      fireEvent.click(await screen.findByRole('button', { name: translator(language, 'ui')('home.importOutline') }));
      for (const notice of notices) expect(await screen.findByText(importNoticeText(language, notice))).toBeTruthy();
      // Who wrote the comments, as the CLI prints it too.
      const comments = {
        'zh-CN': '文件中有 2 条批注（批注人：审核人、李四），批注没有导入（报告中不保存批注）。',
        en: 'The file has 2 comments by 审核人, 李四, which were not imported (a report keeps no comments).',
      };
      expect(screen.getByText(comments[language])).toBeTruthy();
      expect(onOpen).not.toHaveBeenCalled();
      fireEvent.click(screen.getByRole('button', { name: translator(language, 'word')('ui.openImported') }));
      expect(onOpen).toHaveBeenCalledWith(report.id);
      cleanup();
    }
  });
});

describe('home: a Word 97 file numbered automatically', () => {
  it('says what is missing and what to do, at the import button', async () => {
    const refusal = new AppError('IMPORT_AUTO_NUMBERING', { kind: 'doc', unit: '某区司法局', year: 2023 });
    withApi(
      fakeApi({
        importOutlineFile: async () => {
          throw refusal;
        },
      }),
      'zh-CN',
      <Home onOpen={vi.fn()} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: translator('zh-CN', 'ui')('home.importOutline') }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '该文件（Word 97-2003 文档（.doc））的标题是自动编号的，而 Word 97-2003 格式中的自动编号无法读取，因此识别不出报告的各个部分。请在 Word 或 WPS 中打开它，另存为 .docx 后再导入。',
    );
    cleanup();
  });
});

function DocxPanel({ flush }: { flush(): Promise<void> }) {
  const state = useDocxExport(report.id, flush);
  return (
    <>
      <DocxExportButton state={state} disabled={false} />
      <DocxExportOutcome state={state} />
    </>
  );
}

describe('review: 导出 Word', () => {
  it('saves pending edits, exports through the API and offers open and show in folder', async () => {
    const order: string[] = [];
    const exportDocx = vi.fn(async () => {
      order.push('export');
      return { exportId: 'e1', fileName: '区统计局2023年法治政府建设情况报告.docx', paragraphs: 40 };
    });
    const openExport = vi.fn(async () => undefined);
    const showExportInFolder = vi.fn(async () => undefined);
    const flush = async () => void order.push('flush');
    withApi(fakeApi({ exportDocx, openExport, showExportInFolder }), 'zh-CN', <DocxPanel flush={flush} />);
    fireEvent.click(screen.getByRole('button', { name: '导出 Word' }));
    expect(
      await screen.findByText(
        '已导出 Word 文件：区统计局2023年法治政府建设情况报告.docx（公文模板，可在 Word 或 WPS 中继续编辑）',
      ),
    ).toBeTruthy();
    expect(order).toEqual(['flush', 'export']);
    expect(exportDocx).toHaveBeenCalledWith(report.id, {});
    fireEvent.click(screen.getByRole('button', { name: translator('zh-CN', 'ui')('review.open') }));
    fireEvent.click(screen.getByRole('button', { name: translator('zh-CN', 'ui')('review.showInFolder') }));
    await vi.waitFor(() => expect(showExportInFolder).toHaveBeenCalledWith('e1'));
    expect(openExport).toHaveBeenCalledWith('e1');
  });

  it.each([
    // The errors the export really gives: the output writer's, naming the file (a .docx still open in Word)…
    [
      new AppError('FILE_IN_USE', { file: 'D:\\报告\\区统计局.docx' }),
      '"D:\\报告\\区统计局.docx" is open in another program (a PDF viewer or Word, for example). Close it and try again.',
    ],
    // … and the Word writer's own, whose library message stays in the log.
    [
      new AppError('DOCX_EXPORT_FAILED', {}, { cause: new Error('Invalid array length') }),
      'The Word file could not be made; the report itself is not affected. Try again, and if it fails again, contact technical support.',
    ],
  ])('says in one sentence why an export failed (%s)', async (error, sentence) => {
    withApi(
      fakeApi({
        exportDocx: async () => {
          throw error;
        },
      }),
      'en',
      <DocxPanel flush={async () => undefined} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export Word' }));
    expect((await screen.findByRole('alert')).textContent).toBe(sentence);
  });

  it('says that a cancelled dialog saved nothing', async () => {
    withApi(fakeApi({ exportDocx: async () => null }), 'en', <DocxPanel flush={async () => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export Word' }));
    expect((await screen.findByRole('alert')).textContent).toBe(translator('en', 'errors')('EXPORT_CANCELLED'));
  });
});
