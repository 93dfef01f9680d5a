export type {
  Answered,
  ClaimedDocument,
  DocumentAnswer,
  DocumentRequest,
  DocumentStatus,
  DocumentType,
  RequestMode,
} from './document';
export { answerOfFailure, writeOneByOne } from './answers';
export { DocumentRuntime, type DocumentRuntimeOptions } from './document-runtime';
export {
  DocumentStore,
  type DocumentFilter,
  type DocumentProgress,
  type StoredDocument,
} from './document-store';
export { documentOutcomes, documentRuntimeTables } from './document-tables';
export { DocumentRuntimeModule, DOCUMENT_RUNTIME } from './nest/document-runtime.module';
export { WorkLoop } from './work-loop';
