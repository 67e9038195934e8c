; Included by electron-builder (nsis.include in electron-builder.yml) into the installer and the uninstaller.
;
; Uninstalling keeps the user's data unless the user asks: the data folder holds every report the office wrote,
; its backups and the settings, so the uninstaller asks (default No) whether to delete it too. Silent uninstalls
; and the uninstall an update runs (the old version's uninstaller, ${isUpdated}) never ask and always keep it.
; The folder is Electron's userData: %APPDATA%\<productName> (package.json "productName").
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
!macroend
