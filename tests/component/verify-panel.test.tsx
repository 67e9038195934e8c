// @vitest-environment happy-dom
// 核对 PDF as the page shows it: the chosen file goes to verifyPdf as base64 with its name, the answer is one
// sentence (the one core/verify-sentence.ts makes) with the text differences under it, a file over the limit is
// refused before anything is sent, and a refusal from main is its sentence, never a code.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/api';
import { AppError } from '../../core/errors';
import { createI18n, translator } from '../../core/i18n';
import { MAX_VERIFY_BYTES, type VerifyAnswer } from '../../core/verify-answer';
import { verifySentence } from '../../core/verify-sentence';
import { ApiProvider } from '../../renderer/api/api-context';
import { VerifyPanel } from '../../renderer/verify/VerifyPanel';
import { fakeApi } from './fake-api';

afterEach(cleanup);

const edited: VerifyAnswer = {
  status: 'signed-off',
  found: 'ab'.repeat(32),
  dataDir: '/data',
  reportId: 'r1',
  title: '某局2024年法治政府建设情况报告',
  version: 3,
  kind: 'signed-off',
  printed: { identical: false, page: 2, what: 'text' },
  differences: ['…检查[-12-]{+18+}次…'],
};

function renderPanel(api: Api) {
  render(
    <ApiProvider api={api}>
      <I18nextProvider i18n={createI18n('zh-CN')}>
        <VerifyPanel />
      </I18nextProvider>
    </ApiProvider>,
  );
}

const choose = (file: File) => fireEvent.change(screen.getByTestId('verify-file'), { target: { files: [file] } });

describe('核对 PDF', () => {
  it('sends the chosen PDF and shows the answer in one sentence, with the text differences', async () => {
    const verifyPdf = vi.fn(async () => edited);
    renderPanel(fakeApi({ verifyPdf }));
    choose(new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], '报告.pdf', { type: 'application/pdf' }));
    const answer = await screen.findByTestId('verify-answer');
    expect(answer.textContent).toBe(verifySentence(edited, 'zh-CN'));
    expect(answer.textContent).toContain('第2页文字不同');
    expect(verifyPdf).toHaveBeenCalledWith({ fileName: '报告.pdf', data: btoa('%PDF') });
    expect(screen.getByText('…检查[-12-]{+18+}次…')).toBeTruthy();
    expect(document.querySelector('.verify-outcome.verify-bad')).not.toBeNull();
  });

  it('refuses a file over the limit before sending it, and shows a refusal from main as its sentence', async () => {
    const verifyPdf = vi.fn(async (): Promise<VerifyAnswer> => {
      throw new AppError('VERIFY_NOT_PDF');
    });
    renderPanel(fakeApi({ verifyPdf }));
    const huge = new File(['x'], 'huge.pdf');
    Object.defineProperty(huge, 'size', { value: MAX_VERIFY_BYTES + 1 });
    choose(huge);
    expect((await screen.findByTestId('verify-answer')).textContent).toMatch(/^该文件太大（50\.0 MB）/);
    expect(verifyPdf).not.toHaveBeenCalled();
    choose(new File(['hello'], 'note.pdf'));
    await screen.findByText(translator('zh-CN', 'errors')('VERIFY_NOT_PDF'));
  });
});
