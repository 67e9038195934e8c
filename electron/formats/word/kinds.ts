// The kinds of file an import can meet, as the refusals name them (word:kind.* in the i18n resources).
export type FileKind =
  | 'docx'
  | 'doc'
  | 'wps'
  | 'works'
  | 'xlsx'
  | 'xls'
  | 'pptx'
  | 'ppt'
  | 'odt'
  | 'zip'
  | 'pdf'
  | 'rtf'
  | 'image'
  | 'executable'
  | 'archive'
  | 'binary'
  | 'ole';
