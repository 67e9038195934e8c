; Included by electron-builder (nsis.include in electron-builder.yml) into the installer and the uninstaller.
;
; Uninstalling keeps the user's data unless the user asks: the data folder holds every report the office wrote,
; its backups and the settings, so the uninstaller asks (default No) whether to delete it too. Silent uninstalls
; and the uninstall an update runs (the old version's uninstaller, ${isUpdated}) never ask and always keep it.
; The folder is Electron's userData: %APPDATA%\<productName> (package.json "productName").
;
; The report-desk command (bin\report-desk.cmd, from build/report-desk.cmd, runs ReportDesk.exe --cli): the
; finish page offers, ticked, to put its folder on the user's PATH, so that `report-desk rollup …` works in every
; new command prompt; the uninstaller takes it off again, except in the uninstall an update runs. Only the current
; user's PATH (HKCU\Environment) is touched, and only when it could be read whole: a value missing is created, one
; too long for NSIS's strings is left as it is. Silent installs leave PATH alone.
!include LogicLib.nsh
!include WinMessages.nsh
!include WordFunc.nsh
!define REPORT_DESK_BIN "$INSTDIR\bin"
; The longest PATH handled: a string NSIS reads or writes whole, with room for its terminator.
!define /math REPORT_DESK_PATH_MAX ${NSIS_MAX_STRLEN} - 2

!ifndef BUILD_UNINSTALLER
  !define MUI_FINISHPAGE_SHOWREADME
  !define MUI_FINISHPAGE_SHOWREADME_TEXT "$(reportDeskPathOption)"
  !define MUI_FINISHPAGE_SHOWREADME_FUNCTION reportDeskAddToPath
!endif

; Reads the user's PATH into $R0; the error flag is set when it exists but cannot be read whole.
!macro reportDeskReadPath
  ClearErrors
  ReadRegStr $R0 HKCU "Environment" "Path"
  ${If} ${Errors}
    ; A missing value and one too long to read look alike: a missing one is not among the value names.
    StrCpy $R0 ""
    StrCpy $R2 0
    ${Do}
      ClearErrors
      EnumRegValue $R3 HKCU "Environment" $R2
      ${If} $R3 == ""
        ClearErrors
        ${Break}
      ${ElseIf} $R3 == "Path"
        SetErrors
        ${Break}
      ${EndIf}
      IntOp $R2 $R2 + 1
    ${Loop}
  ${Else}
    StrLen $R2 $R0
    ${If} $R2 >= ${REPORT_DESK_PATH_MAX}
      SetErrors
    ${EndIf}
  ${EndIf}
!macroend

; Writes $R0 as the user's PATH (deleting it when empty) and tells running programs that the environment changed.
!macro reportDeskWritePath
  ${If} $R0 == ""
    DeleteRegValue HKCU "Environment" "Path"
  ${Else}
    WriteRegExpandStr HKCU "Environment" "Path" $R0
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
!macroend

!macro customHeader
  !ifndef BUILD_UNINSTALLER
    LangString reportDeskPathOption 2052 "把 report-desk 命令加入 PATH（在命令提示符中汇总各部门报告）"
    LangString reportDeskPathOption 1033 "Add the report-desk command to PATH (the roll-up from a command prompt)"

    Function reportDeskAddToPath
      ${If} $installMode == "all"
        Return
      ${EndIf}
      !insertmacro reportDeskReadPath
      ${If} ${Errors}
        Return
      ${EndIf}
      ; Already there (a reinstall): entries are compared whole, without regard to case.
      ${WordFind} ";$R0;" ";${REPORT_DESK_BIN};" "E+1{" $R3
      ${IfNot} ${Errors}
        Return
      ${EndIf}
      StrLen $R2 "$R0;${REPORT_DESK_BIN}"
      ${If} $R2 >= ${REPORT_DESK_PATH_MAX}
        Return
      ${EndIf}
      StrCpy $R3 $R0 1 -1
      ${If} $R0 == ""
      ${OrIf} $R3 == ";"
        StrCpy $R0 "$R0${REPORT_DESK_BIN}"
      ${Else}
        StrCpy $R0 "$R0;${REPORT_DESK_BIN}"
      ${EndIf}
      !insertmacro reportDeskWritePath
    FunctionEnd
  !endif
!macroend

!macro customUnInstall
  ${IfNot} ${isUpdated}
  ${AndIfNot} ${Silent}
    ; Declared here, in the uninstall section: the installer pass never sees an unused variable.
    Var /GLOBAL reportDeskDataQuestion
    ${If} $LANGUAGE == 2052
      StrCpy $reportDeskDataQuestion "是否同时删除您的报告、备份和设置？$\r$\n$\r$\n它们保存在“$APPDATA\Rule-of-Law Report Desk”中，删除后无法恢复。选择“否”会保留它们，重新安装后可以继续使用。"
    ${Else}
      StrCpy $reportDeskDataQuestion "Also delete your reports, their backups and your settings?$\r$\n$\r$\nThey are kept in $\"$APPDATA\Rule-of-Law Report Desk$\" and cannot be recovered once deleted. Choose No to keep them for a later installation."
    ${EndIf}
    ${If} ${Cmd} `MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$reportDeskDataQuestion" /SD IDNO IDYES`
      ; Electron keeps userData per user, also when the program was installed for all users.
      ${If} $installMode == "all"
        SetShellVarContext current
      ${EndIf}
      RMDir /r "$APPDATA\Rule-of-Law Report Desk"
      ${If} $installMode == "all"
        SetShellVarContext all
      ${EndIf}
    ${EndIf}
  ${EndIf}
  ${IfNot} ${isUpdated}
  ${AndIf} $installMode != "all"
    !insertmacro reportDeskReadPath
    ${IfNot} ${Errors}
    ${AndIf} $R0 != ""
      ; Every whole entry that is this installation's bin folder goes; the rest of PATH stays as it was.
      ${WordReplace} ";$R0;" ";${REPORT_DESK_BIN};" ";" "+" $R1
      ${If} $R1 != ";$R0;"
        StrCpy $R0 $R1 "" 1
        StrCpy $R0 $R0 -1
        !insertmacro reportDeskWritePath
      ${EndIf}
    ${EndIf}
  ${EndIf}
!macroend
