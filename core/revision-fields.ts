// The fields beyond a report's body that a revised file may change and the user may take (core/revision-metadata.ts
// compares them); apart, so the API's schema names them without loading the document model.
export const REVISION_METADATA_FIELDS = ['title', 'recipient', 'signatureUnit', 'date'] as const;
export type RevisionMetadataField = (typeof REVISION_METADATA_FIELDS)[number];
