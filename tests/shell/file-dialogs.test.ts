// What the app's Open dialogs and the page's file chooser offer for an import: the formats of one list
// (IMPORT_EXTENSIONS in core/import-limits.ts), so that a format the import learns is offered in both.
import { describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n';
import { IMPORT_ACCEPT, IMPORT_EXTENSIONS } from '../../core/import-limits';
import { openDialogOptions } from '../../electron/shell/file-dialog-options';

describe('the formats an import offers', () => {
  const shell = translator('en', 'shell');

  it.each(['package', 'outline'] as const)('are the same in the Open dialog and the file chooser (%s)', (kind) => {
    const dialog = openDialogOptions(kind, '/home/u/Documents', shell).filters!;
    expect(dialog.flatMap((filter) => filter.extensions)).toEqual(IMPORT_EXTENSIONS[kind]);
    const chooser = IMPORT_ACCEPT[kind].split(',').filter((entry) => entry.startsWith('.'));
    expect(chooser).toEqual(IMPORT_EXTENSIONS[kind].map((extension) => `.${extension}`));
  });

  it('offer Word, WPS and text for last year’s report, and the package for a package', () => {
    expect(IMPORT_EXTENSIONS).toEqual({ package: ['rldpkg'], outline: ['docx', 'doc', 'wps', 'txt'] });
    expect(IMPORT_ACCEPT.outline).toBe('.docx,.doc,.wps,.txt,text/plain');
  });
});
