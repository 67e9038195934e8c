@echo off
rem report-desk, the command line of the installed Rule-of-Law Report Desk, in the bin folder of the
rem installation (on the user's PATH when ticked in the installer): runs the app itself as the command
rem (ReportDesk.exe --cli, see electron/shell/cli-launch.ts). A batch file waits for the program and passes its
rem exit code on.
"%~dp0..\ReportDesk.exe" --cli %*
exit /b %ERRORLEVEL%
