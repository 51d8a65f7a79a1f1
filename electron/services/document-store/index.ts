// A JSON document kept in one file: a schema and format version with migrations, atomic writes, and a clear error when another process changed it.
export { confDocumentBackend, type ConfLike } from './conf-document-backend';
export { DocumentChangedElsewhere, type DocumentBackend, type DocumentMigration, type DocumentSpec, type DocumentStore } from './document-store';
export { openDocument } from './open-document';
export { changedElsewhereMessage, writeFailure } from './write-failure';
