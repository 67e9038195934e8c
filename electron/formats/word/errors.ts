// The refusals of a Word import, as typed AppErrors naming what the file is.
import { AppError } from '../../../core/errors';
import type { FileKind } from '../../../core/input-kind';
import { limitMax, type WordLimit } from './limits';

export const encrypted = (kind: FileKind) => new AppError('IMPORT_ENCRYPTED', { kind });
export const damaged = (kind: FileKind, cause?: unknown) =>
  new AppError('IMPORT_DAMAGED', { kind }, cause === undefined ? undefined : { cause });
export const beyondLimit = (kind: FileKind, limit: WordLimit) =>
  new AppError('IMPORT_LIMIT', { kind, limit, max: limitMax(limit) });
/** A Word 97-2003 file whose automatic heading numbers cannot be read; the unit and year it names, for the roll-up. */
export const autoNumbered = (kind: 'doc' | 'wps', unit: string, year: number) =>
  new AppError('IMPORT_AUTO_NUMBERING', { kind, unit, year });
/** A text with neither chapters nor a title: no report, unless the user confirms it. */
export const notAReport = () => new AppError('IMPORT_NOT_A_REPORT_TEXT');
