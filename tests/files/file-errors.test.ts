// The one errno table (electron/files/file-errors.ts) and what the user is told of a failure the table does not
// explain: a sentence in both languages that says what happened and what to do, never a system code or a
// library's English message; those stay in the error's cause, which the log prints (technicalDetail).
import { describe, expect, it } from 'vitest';
import { AppError, asAppError, technicalDetail, toErrorPayload, type ErrorCode } from '../../core/errors';
import { errorMessage } from '../../core/i18n';
import { fileErrorCode, readError } from '../../electron/files/file-errors';
import { writeError } from '../../electron/files/durable-file';

const systemError = (errno: string, message = `${errno}: x, open '/tmp/.out.pdf.123.tmp'`) =>
  Object.assign(new Error(message), { code: errno });
const sentences = (err: AppError) => (['zh-CN', 'en'] as const).map((l) => errorMessage(l, toErrorPayload(err)));

describe('a file the user named, read', () => {
  it.each(['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES', 'EROFS', 'EPERM', 'EBUSY', 'ENOSPC', 'EDQUOT', 'ENAMETOOLONG'])(
    '%s becomes a sentence in both languages that names the file',
    (errno) => {
      const error = readError(systemError(errno), 'out.pdf');
      expect(error.code).not.toBe('FILE_READ_FAILED');
      for (const message of sentences(error)) {
        expect(message).toContain('out.pdf');
        expect(message).not.toMatch(/E[A-Z]{3,}|tmp|\{\{/);
      }
    },
  );

  it('says "close it and try again" for a file another program holds (EBUSY / EPERM on Windows)', () => {
    expect(errorMessage('en', toErrorPayload(readError(systemError('EBUSY'), 'a.pdf')))).toBe(
      '"a.pdf" is open in another program (a PDF viewer or Word, for example). Close it and try again.',
    );
  });

  it('tells any other failure as FILE_READ_FAILED, the system code only in its cause', () => {
    const emfile = systemError('EMFILE', 'EMFILE: too many open files');
    const error = readError(emfile, 'a.pdf');
    expect(error.code).toBe('FILE_READ_FAILED');
    expect(error.cause).toBe(emfile);
    for (const message of sentences(error)) expect(message).not.toMatch(/EMFILE|too many|\{\{/);
    expect(technicalDetail(error)).toContain('EMFILE: too many open files');
  });
});

describe('one table for reading and writing', () => {
  it.each([
    ['ENOENT', 'FILE_NOT_FOUND', 'FILE_PLACE_UNREACHABLE'],
    ['EACCES', 'FILE_ACCESS_DENIED', 'FILE_NOT_WRITABLE'],
    ['EPERM', 'FILE_IN_USE', 'FILE_NOT_WRITABLE'],
    ['EBUSY', 'FILE_IN_USE', 'FILE_IN_USE'],
    ['ENOSPC', 'FILE_DISK_FULL', 'FILE_DISK_FULL'],
    ['EEXIST', null, 'FILE_PATH_NOT_FOLDER'],
    ['EMFILE', null, null],
  ] as const)('%s: read as %s, written as %s', (errno, read, write) => {
    expect(fileErrorCode(systemError(errno), 'read')).toBe(read);
    expect(fileErrorCode(systemError(errno), 'write')).toBe(write);
  });

  it('answers nothing for an error without a system code, or named like an object property', () => {
    expect(fileErrorCode(new Error('x'), 'read')).toBeNull();
    expect(fileErrorCode(systemError('constructor'), 'write')).toBeNull();
  });
});

describe('the sentences that once showed the system code or a library message', () => {
  const cases: [string, AppError][] = [
    ['a data-folder write (EROFS)', writeError(systemError('EROFS', 'EROFS: read-only file system, open'))],
    ['a data-folder write (EIO)', writeError(systemError('EIO', 'EIO: i/o error, write'))],
    ['a PDF library failure', asAppError(new TypeError('Unknown font format'), 'EXPORT_FAILED')],
    ['a Word library failure', asAppError(new Error('Invalid XML in numbering'), 'DOCX_EXPORT_FAILED')],
    ['a read in the data folder', new AppError('FILE_READ_FAILED', {}, { cause: systemError('EIO') })],
  ];

  it.each(cases)('%s: one sentence in each language, the detail only in the log', (_what, error) => {
    const codes: ErrorCode[] = ['WRITE_FAILED', 'EXPORT_FAILED', 'DOCX_EXPORT_FAILED', 'FILE_READ_FAILED'];
    expect(codes).toContain(error.code);
    const [zh = '', en = ''] = sentences(error);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.replace(/PDF|Word/g, '')).not.toMatch(/[A-Za-z]/);
    expect(en).not.toMatch(/E[A-Z]{2,}|font|XML|\{\{|: $/);
    const cause = error.cause as Error;
    expect(technicalDetail(error)).toContain(cause.message);
    expect(technicalDetail(error).startsWith(error.code)).toBe(true);
  });

  it('keeps the data folder’s own words for a full disk and a busy file', () => {
    expect(writeError(systemError('ENOSPC')).code).toBe('DISK_FULL');
    expect(writeError(systemError('EDQUOT')).code).toBe('DISK_FULL');
    expect(writeError(systemError('EBUSY')).code).toBe('FILE_BUSY');
  });
});
