// build/installer.nsh compiled by NSIS itself, as electron-builder uses it: included at the top, before the
// languages are loaded; customHeader inserted after them (the LangStrings and the finish page's PATH function);
// customUnInstall inside the uninstall section, where LogicLib, ${isUpdated} and $installMode exist (here they
// are stand-ins, and the finish page's checkbox is a plain call).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const include = path.resolve(import.meta.dirname, '../../build/installer.nsh');

const script = (macroFile: string) => `Unicode true
!include LogicLib.nsh
!macro _isUpdated _a _b _t _f
  StrCmp "0" "1" \`\${_t}\` \`\${_f}\`
!macroend
!define isUpdated \`"" isUpdated ""\`
Var installMode
OutFile uninstall-check.exe
RequestExecutionLevel user
!include "${macroFile}"
LoadLanguageFile "\${NSISDIR}\\Contrib\\Language files\\English.nlf"
LoadLanguageFile "\${NSISDIR}\\Contrib\\Language files\\SimpChinese.nlf"
!ifmacrodef customHeader
  !insertmacro customHeader
!endif
Section
  StrCpy $installMode "current"
  !ifdef MUI_FINISHPAGE_SHOWREADME_FUNCTION
    Call \${MUI_FINISHPAGE_SHOWREADME_FUNCTION}
  !endif
  WriteUninstaller "$TEMP\\\\uninstall-check.exe"
SectionEnd
Section "Uninstall"
  !insertmacro customUnInstall
SectionEnd
`;

describe('the installer include', () => {
  it('compiles with makensis (Debian package nsis, installed by .ci/run)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nsis-'));
    writeFileSync(path.join(dir, 'check.nsi'), script(include));
    const output = execFileSync('makensis', ['-V2', '-WX', 'check.nsi'], { cwd: dir, encoding: 'utf8' });
    expect(output).not.toMatch(/error/i);
    expect(existsSync(path.join(dir, 'uninstall-check.exe'))).toBe(true);
  });

  it('fails on a broken macro, so the check above means something', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nsis-'));
    writeFileSync(path.join(dir, 'broken.nsh'), '!macro customUnInstall\n  ${If} 1 == 1\n!macroend\n');
    writeFileSync(path.join(dir, 'check.nsi'), script(path.join(dir, 'broken.nsh')));
    expect(() => execFileSync('makensis', ['-V2', '-WX', 'check.nsi'], { cwd: dir, stdio: 'pipe' })).toThrow();
  });
});
