import type { ClaimedDocument, DocumentAnswer } from './document';

interface ClassifiedError {
  readonly retriable?: unknown;
  readonly code?: unknown;
  readonly responseBody?: unknown;
  readonly retryAfterMs?: unknown;
  readonly message?: unknown;
}

/**
 * The answer to a write that threw. Only a vendor's classified refusal (`retriable: false`,
 * as libs/connectors' errors carry) refuses the document; a refused credential is retried too
 * (it needs a person, but the document succeeds once it is fixed), and so is anything that
 * is not a vendor's answer (a bug, a dropped socket), with backoff.
 */
export function answerOfFailure<P>(
  document: ClaimedDocument<P>,
  error: unknown,
): DocumentAnswer<P> {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ClassifiedError;
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (e.retriable !== false || code === 'CONNECTOR.UNAUTHORIZED') {
    const retryAfterMs = typeof e.retryAfterMs === 'number' ? e.retryAfterMs : undefined;
    return { kind: 'RETRY', document, error, ...(retryAfterMs ? { retryAfterMs } : {}) };
  }
  const reason = typeof e.responseBody === 'string' ? e.responseBody : String(e.message ?? error);
  return { kind: 'REFUSED', document, answeredAt: Date.now(), reason, ...(code ? { code } : {}) };
}

/**
 * For vendors taking one document per call: writes in order, and once `signal` is aborted
 * hands the rest back for later, so a shutdown waits for one call, not a whole batch.
 */
export async function writeOneByOne<P>(
  documents: readonly ClaimedDocument<P>[],
  signal: AbortSignal,
  writeOne: (document: ClaimedDocument<P>) => Promise<DocumentAnswer<P>>,
): Promise<DocumentAnswer<P>[]> {
  const answers: DocumentAnswer<P>[] = [];
  for (const document of documents) {
    answers.push(
      signal.aborted
        ? { kind: 'RETRY', document, error: new Error('not sent: the service is shutting down') }
        : await writeOne(document).catch((error: unknown) => answerOfFailure(document, error)),
    );
  }
  return answers;
}
