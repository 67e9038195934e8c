// Windows identifies the app's windows, taskbar button and shortcuts by one id; electron-builder writes the
// config's appId into the shortcuts, so the running app must announce the same (tests compare the two).
export const APP_USER_MODEL_ID = 'cn.gov.fazhi.report-desk';
