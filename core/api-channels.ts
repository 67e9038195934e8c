// The API's method names and channels, free of schemas: the sandboxed preload needs only these, so it does
// not bundle zod. core/api.ts checks that its contract has exactly these methods.
export const API_METHODS = [
  'listTemplates',
  'listReports',
  'listProblems',
  'createReport',
  'openReport',
  'saveReport',
  'duplicateAsNextYear',
  'deleteReport',
  'listTrash',
  'restoreReport',
  'importOutlineFile',
  'importOutlineText',
  'importPackageFile',
  'resolvePackageImport',
  'confirmOutlineImport',
  'acknowledgeRestore',
  'exportPackage',
  'validateReport',
  'exportPdf',
  'exportPublicCopy',
  'exportDocx',
  'openExport',
  'showExportInFolder',
  'printExport',
  'getSettings',
  'setSettings',
  'listVersions',
  'openVersion',
  'saveVersion',
  'compareVersions',
  'signOff',
  'previewRevision',
  'acceptRevision',
  'exportSlip',
  'startRollup',
  'rollupStatus',
  'exportRollup',
  'createDistrictDraft',
  'exportRollupSummary',
  'verifyPdf',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

/** The IPC channel of a method; the bridge uses the same names as URL paths. */
export const channelOf = (name: ApiMethod): string => `api:${name}`;
export const PROGRESS_CHANNEL = 'api-event:export-progress';
export const REPORT_IMPORTED_CHANNEL = 'api-event:report-imported';
