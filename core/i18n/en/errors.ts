import type { Messages } from '../types';
import type zh from '../zh-CN/errors';

export default {
  INVALID_ARGUMENT: 'Invalid input ({{path}}): $t(errors:issue.{{issue}}).',
  INVALID_ARGUMENT_whole: 'Invalid input: $t(errors:issue.{{issue}}).',
  NOT_FOUND: 'Report {{id}} was not found. It may have been deleted.',
  REPORT_INVALID: 'The report does not match the expected format ({{path}}): $t(errors:issue.{{issue}}).',
  REPORT_INVALID_whole: 'The report does not match the expected format: $t(errors:issue.{{issue}}).',
  REPORT_CORRUPT_RESTORED: 'The report file was damaged and has been restored from the backup of {{backup}}.',
  REPORT_CORRUPT_UNRECOVERABLE: 'The report file is damaged and no usable backup exists: {{id}}',
  SCHEMA_TOO_NEW: 'This file was made by a newer version of the program (format {{version}}). Please update first.',
  DATA_FOLDER_LOCKED:
    'The data folder is in use by another running Report Desk (process {{pid}}). Close it first; if it has already closed or crashed, wait half a minute and try again.',
  WRITE_FAILED:
    'Could not write to the data folder; what was saved before is intact. Check that the drive or network location of the data folder can be reached and written to, then try again.',
  DISK_FULL:
    'The disk is full, so this was not saved. What was saved before is intact. Free some disk space and try again.',
  FILE_BUSY:
    'The file cannot be written right now: another program (such as a virus scanner) may be using it, or the data folder may not allow writing. Saving is retried; if this persists, check the data folder’s permissions.',
  LOCK_LOST:
    'Another Report Desk has taken over the data folder (this one did not respond for a long time). To avoid overwriting each other, this window no longer saves. Close it and continue in the other window.',
  REPORT_FILE_MISSING:
    'The file of the report “{{title}}” is no longer in the data folder (it may have been deleted or moved outside the program). If that was intended, remove this entry from the list.',
  REPORT_STRAY_COPY:
    'The file “{{file}}” in the data folder is a copy of another report (perhaps made in Explorer) and is not listed. If it is not needed, move it out of the data folder.',
  PACKAGE_ALREADY_IMPORTED:
    'The report “{{title}}” is already in the list. You can replace it with the package’s content or keep both.',
  PACKAGE_ALREADY_IMPORTED_locked:
    'The report “{{title}}” is already in the list and is signed off, so the package cannot replace it (reopen it first); you can keep both.',
  PACKAGE_NOT_JSON: 'This file is not a valid report package (its content is incomplete or damaged).',
  PACKAGE_TOO_LARGE: 'This file is too large ({{size}}) to be a report package.',
  PACKAGE_TOO_DEEP: 'This file is nested too deeply to be a report package.',
  PACKAGE_FOREIGN: 'This file is not a report package made by this program.',
  PACKAGE_UNSAFE_KEYS: 'This file contains unsafe content ({{key}}) and was refused.',
  PACKAGE_INVALID: 'The report package is incomplete or wrong ({{path}}): $t(errors:issue.{{issue}}).',
  PACKAGE_INVALID_whole: 'The report package is incomplete or wrong: $t(errors:issue.{{issue}}).',
  OUTLINE_EMPTY: 'No text to import was found.',
  FILE_READ_FAILED:
    'Could not read the file: it may be damaged, or its drive or network location cannot be reached. Check it and try again.',
  FILE_ENCODING:
    'The text encoding of this file is not recognised. Save it as UTF-8 text in Notepad or WPS and import it again.',
  OUTLINE_TOO_LARGE: 'This text exceeds what one report can hold ({{detail}}). Check that the right file was chosen.',
  TEMPLATE_UNKNOWN: 'Unknown template: {{id}}',
  INDICATOR_PRESET_UNKNOWN: 'There is no indicator set named “{{id}}”; choose one of the sets offered.',
  FINAL_HAS_ERRORS_one: '{{count}} error remains; the report cannot be signed off.',
  FINAL_HAS_ERRORS_other: '{{count}} errors remain; the report cannot be signed off.',
  EXPORT_FAILED:
    'The PDF could not be made; the report itself is not affected. Try again, and if it fails again, contact technical support.',
  EXPORT_CANCELLED: 'Export cancelled.',
  FONT_MISSING: 'A required font is missing: {{detail}}',
  REPORT_SIGNED_OFF: 'The report is signed off; reopen it first.',
  SIGN_OFF_NAME_REQUIRED: 'Enter the name of the person taking this step.',
  SIGN_OFF_ALREADY_SUBMITTED: 'The report has already been submitted; to resubmit it, reopen it as a draft first.',
  SIGN_OFF_NOT_SUBMITTED: 'The report is still a draft; submit it for review first.',
  SIGN_OFF_NEEDS_REVIEW: 'The report must be reviewed (核稿) before it is signed off.',
  SIGN_OFF_NEEDS_COUNTERSIGN: 'This office requires a countersignature before sign-off.',
  SIGN_OFF_CHANGED_SINCE_REVIEW: 'The draft has changed since it was reviewed; review it again before sign-off.',
  SIGN_OFF_NOT_SIGNED: 'The report is not signed off yet, so it cannot be cleared or published.',
  SIGN_OFF_ALREADY_PUBLISHED: 'The report is already published.',
  SIGN_OFF_ATTRIBUTE_REQUIRED:
    'The secrecy review must set the publication attribute (public, on request or not public).',
  SIGN_OFF_NEEDS_SECRECY: 'The secrecy review must be recorded before publication.',
  SIGN_OFF_NOT_PUBLIC: 'The secrecy review marked this report not public; it cannot be published.',
  SIGN_OFF_NOTHING_TO_REOPEN: 'The report is already a draft; there is nothing to reopen.',
  SIGN_OFF_NOT_BACKED:
    'The report’s content does not match its signed-off version (the report file was changed after sign-off, or the sign-off names a version that is missing), so it cannot be cleared or published. Reopen the report, check it and sign it off again.',
  VERSION_NOT_FOUND: 'Version {{version}} of this report does not exist.',
  VERSION_DAMAGED:
    'The history file of version {{version}} is damaged and cannot be opened; the report itself is not affected.',
  VERSION_LIMIT: 'This report’s history has reached its limit ({{limit}} versions); no more versions can be added.',
  PACKAGE_HISTORY_CONFLICT:
    'Version {{version}} in the package differs from version {{version}} already kept here; history is never rewritten, so nothing was imported. Choose “keep both” to import it as a new report.',
  REVISION_EXPIRED: 'This revision is no longer pending; import it again.',
  REVISION_CONFLICTS:
    'The revision and the edits made since sending conflict in {{count}} places; choose which side to take before accepting.',
  VERIFY_NOT_PDF: 'This file is not a PDF.',
  VERIFY_TOO_LARGE: 'This file is too large ({{size}}) to be a report PDF exported by this program.',
  VERIFY_NO_FINGERPRINT:
    'This PDF carries no report fingerprint: it was not exported by this program, or it was saved again by another one.',
  VERIFY_UNREADABLE: 'This PDF cannot be read: it may be damaged or encrypted.',
  VERIFY_TOO_COMPLEX:
    'This PDF has too many pages, decompresses to too much or takes too long to read to be a report PDF exported by this program; reading was stopped.',
  DOCX_EXPORT_FAILED:
    'The Word file could not be made; the report itself is not affected. Try again, and if it fails again, contact technical support.',
  IMPORT_NOT_A_DOCUMENT:
    'This file is $t(word:kind.{{kind}}), not a report that can be imported. $t(word:advice.{{kind}})',
  IMPORT_ENCRYPTED:
    'This file is $t(word:kind.{{kind}}) protected by a password and cannot be read. Save an unencrypted copy in Word or WPS and import that.',
  IMPORT_DAMAGED:
    'This file is $t(word:kind.{{kind}}) that is damaged or incomplete and cannot be read. $t(word:advice.{{kind}})',
  IMPORT_LIMIT:
    'This file is $t(word:kind.{{kind}}) beyond what an import accepts: $t(word:limit.{{limit}}). Check that the right file was chosen.',
  IMPORT_AUTO_NUMBERING:
    'This file ($t(word:kind.{{kind}})) numbers its headings automatically, and the automatic numbers of a Word 97-2003 file cannot be read, so the parts of the report cannot be recognised. Open it in Word or WPS, save it as .docx and import that.',
  IMPORT_NOT_A_REPORT_TEXT:
    'This file does not look like a report: no title (unit and year) and no chapter headings (such as “一、”, “二、”) were found. If it is the one to import, confirm the import (on the command line add --anyway).',
  IMPORT_CONFIRM_EXPIRED: 'This import has expired; choose the file again.',
  INPUT_NOT_A_REPORT_FILE: 'This file is $t(word:kind.{{kind}}), not a report file (.json). $t(word:use.{{use}})',
  INPUT_NOT_A_PACKAGE: 'This file is $t(word:kind.{{kind}}), not a report package (.rldpkg). $t(word:use.{{use}})',
  ROLLUP_NOT_A_FILE: 'This is a folder, not a report file.',
  ROLLUP_TOO_DEEP: 'This folder is nested more than {{depth}} levels deep; the files in it were not read.',
  ROLLUP_LINK_OUTSIDE: 'This is a link to a place outside the folder chosen; it was not read.',
  ROLLUP_FORMAT_UNSUPPORTED:
    'This file is $t(word:kind.{{kind}}), neither a report package nor a Word document or report text, and cannot be rolled up. $t(word:advice.{{kind}})',
  ROLLUP_NOT_A_REPORT:
    'No chapters (headings such as “一、”, “二、”) were found in this text; it does not look like an annual report.',
  ROLLUP_NOTHING_FOUND: 'No files were found at the chosen place: {{detail}}',
  ROLLUP_EXPIRED: 'The results of this roll-up are gone; choose the folder again.',
  INTERNAL: 'Internal error: {{detail}}',
  DRAFT_NO_REPORTS: 'This roll-up used no departments’ reports for {{year}}, so no report can be drafted from it.',
  FILE_NOT_FOUND: 'Cannot find "{{file}}". Check the file name and its folder.',
  FILE_IS_FOLDER: '"{{file}}" is a folder; a file is needed here. End the path with a file name.',
  FILE_NOT_REGULAR:
    '"{{file}}" is not an ordinary file (a pipe or a device, for example), so it is not read. Choose a file saved on a disk.',
  FILE_PATH_NOT_FOLDER: 'Part of the path "{{file}}" is a file, not a folder. Check the path.',
  FILE_ACCESS_DENIED:
    'No permission to read or write "{{file}}". Choose another folder, or ask your administrator for access.',
  FILE_IN_USE: '"{{file}}" is open in another program (a PDF viewer or Word, for example). Close it and try again.',
  FILE_DISK_FULL:
    'The disk is full: "{{file}}" could not be written. Free some space or choose another place, then try again.',
  FILE_NOT_WRITABLE:
    'Cannot write "{{file}}": the file or its folder is read-only, or you have no permission to write there. Choose another folder (Documents, for example) or ask your administrator for access.',
  FILE_PATH_TOO_LONG:
    'The path "{{file}}" is too long. Choose a shorter file name or a folder nearer the top of the drive.',
  FILE_PLACE_UNREACHABLE:
    'The place of "{{file}}" cannot be reached: the drive does not exist, the USB stick was removed or the network location is not connected. Check it, or choose another place.',
  FILE_WRITE_FAILED: 'Could not write "{{file}}". Choose another place and try again.',
  issue: {
    type: 'missing or of the wrong type',
    tooSmall: 'too short or too small',
    tooBig: 'too long or too large',
    value: 'not an allowed value',
    unknownKeys: 'holds entries that are not recognised',
    notJson: 'the content is incomplete or damaged',
    notObject: 'not report data',
    version: 'not a valid format version',
  },
} satisfies Messages<typeof zh>;
