/** The service's `DocumentRuntime`. */
export const DOCUMENT_RUNTIME = Symbol('DOCUMENT_RUNTIME');
