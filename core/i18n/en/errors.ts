import type { Messages } from '../types';
import type zh from '../zh-CN/errors';

export default {
  INVALID_ARGUMENT: 'Invalid input ({{path}}): $t(errors:issue.{{issue}}).',
  NOT_FOUND: 'Report {{id}} was not found. It may have been deleted.',
  REPORT_INVALID: 'The report does not match the expected format ({{path}}): $t(errors:issue.{{issue}}).',
  REPORT_CORRUPT_RESTORED: 'The report file was damaged and has been restored from the backup of {{backup}}.',
  REPORT_CORRUPT_UNRECOVERABLE: 'The report file is damaged and no usable backup exists: {{id}}',
  SCHEMA_TOO_NEW: 'This file was made by a newer version of the program (format {{version}}). Please update first.',
  DATA_FOLDER_LOCKED:
    'The data folder is in use by another running Report Desk (process {{pid}}). Close it first; if it has already closed or crashed, wait half a minute and try again.',
  WRITE_FAILED: 'Could not write to disk: {{detail}}.',
  PACKAGE_NOT_JSON: 'This file is not a valid report package (it cannot be read as JSON).',
  PACKAGE_TOO_LARGE: 'This file is too large ({{size}}) to be a report package.',
  PACKAGE_TOO_DEEP: 'This file is nested too deeply to be a report package.',
  PACKAGE_FOREIGN: 'This file is not a report package made by this program.',
  PACKAGE_UNSAFE_KEYS: 'This file contains unsafe content ({{key}}) and was refused.',
  PACKAGE_INVALID: 'The report package is incomplete or wrong ({{path}}): $t(errors:issue.{{issue}}).',
  OUTLINE_EMPTY: 'No text to import was found.',
  FILE_READ_FAILED: 'Could not read the file: {{detail}}',
  FILE_ENCODING:
    'The text encoding of this file is not recognised. Save it as UTF-8 text in Notepad or WPS and import it again.',
  OUTLINE_TOO_LARGE: 'This text exceeds what one report can hold ({{detail}}). Check that the right file was chosen.',
  TEMPLATE_UNKNOWN: 'Unknown template: {{id}}',
  FINAL_HAS_ERRORS_one: '{{count}} error remains; the report cannot be marked final.',
  FINAL_HAS_ERRORS_other: '{{count}} errors remain; the report cannot be marked final.',
  EXPORT_FAILED: 'PDF export failed: {{detail}}',
  EXPORT_CANCELLED: 'Export cancelled.',
  FONT_MISSING: 'A required font is missing: {{detail}}',
  ROLLUP_NOT_A_FILE: 'This is a folder, not a report file.',
  ROLLUP_FORMAT_UNSUPPORTED:
    'This file is neither a report package nor a report text (perhaps an image, a PDF or another program’s file) and cannot be rolled up.',
  ROLLUP_WORD_FILE:
    'This is a Word or WPS document, which this version cannot roll up yet; ask the department to save it as a text file (.txt) or send a report package.',
  ROLLUP_NOT_A_REPORT:
    'No chapters (headings such as “一、”, “二、”) were found in this text; it does not look like an annual report.',
  ROLLUP_NOTHING_FOUND: 'No files were found at the chosen place: {{detail}}',
  ROLLUP_EXPIRED: 'The results of this roll-up are gone; choose the folder again.',
  INTERNAL: 'Internal error: {{detail}}',
  issue: {
    type: 'missing or of the wrong type',
    tooSmall: 'too short or too small',
    tooBig: 'too long or too large',
    value: 'not an allowed value',
    unknownKeys: 'holds entries that are not recognised',
    notJson: 'not valid JSON text',
    notObject: 'not report data',
    version: 'not a valid format version',
  },
} satisfies Messages<typeof zh>;
