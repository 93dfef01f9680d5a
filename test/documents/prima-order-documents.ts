import {
  PrimaSoapClient,
  type NewPrimaSalesOrder,
  type PrimaSoapClientOptions,
} from '@parity/connectors';
import { writeOneByOne, type ClaimedDocument, type DocumentType } from '@parity/documents';
import {
  clearanceOf,
  exceptionOf,
  type ExceptionType,
  type IntegrationException,
} from '@parity/contracts';

/** Test credentials of the sandbox's Prima. */
export const PRIMA = {
  clientId: 'parity-documents',
  clientSecret: 'prima-secret',
  companyId: 'DOCS',
};

export const CREATE = 'PRIMA_SALES_ORDER';
export const AUTHORISE = 'PRIMA_SALES_ORDER_AUTHORISATION';

export interface Authorisation {
  readonly order: NewPrimaSalesOrder;
}

/**
 * A Prima client for document writes: one try per call, since the runtime retries (and
 * a repeated create meets Prima's duplicate check, E:21), and no client-side rate limit in tests.
 */
export function primaForDocuments(
  sandboxUrl: string,
  overrides: Partial<PrimaSoapClientOptions> = {},
) {
  return new PrimaSoapClient({
    baseUrl: `${sandboxUrl}/prima`,
    ...PRIMA,
    retry: { initialMs: 10, maxMs: 10, multiplier: 1, maxAttempts: 1 },
    timeoutMs: 5_000,
    ...overrides,
  });
}

const FAST_RETRY = { initialMs: 50, maxMs: 400, multiplier: 2, maxAttempts: Infinity };

/** The exception of a test document: about the order, qualified by its document type. */
function orderException(
  type: ExceptionType,
  document: ClaimedDocument<unknown>,
  summary: string,
  details: Record<string, string>,
): IntegrationException {
  return exceptionOf({
    type,
    entity: { type: 'SALES_ORDER', id: document.key },
    qualifier: [document.type],
    summary,
    eventId: `documents-test:${type}:${document.key}:${document.type}:${document.revision}`,
    source: 'PRIMA',
    producedBy: 'test/documents',
    occurredAt: Date.now(),
    details,
  });
}

const stuckException = (document: ClaimedDocument<unknown>, waitedMs: number) =>
  orderException('DOCUMENT_STUCK', document, 'Prima has not confirmed it', {
    waitedMs: String(waitedMs),
  });

/**
 * Two document types a flow posting till sales would have: the order created in Prima once
 * per reference, and its authorisation after it (same sequence key, so never before the
 * create). A refusal raises SALE_POST_FAILED to finance, a stuck document DOCUMENT_STUCK, cleared once Prima confirms it.
 */
export function primaOrderTypes(
  prima: PrimaSoapClient,
  options: { stuckAfterMs: number; leaseMs?: number; concurrency?: number },
): DocumentType<unknown>[] {
  const common = {
    target: 'PRIMA',
    mode: 'create-once' as const,
    batchSize: 20,
    concurrency: options.concurrency ?? 2,
    leaseMs: options.leaseMs ?? 10_000,
    retry: FAST_RETRY,
    refusal: (answer: { document: ClaimedDocument<unknown>; reason: string }) =>
      orderException('SALE_POST_FAILED', answer.document, 'Prima refused it', {
        reason: answer.reason,
      }),
    stuck: {
      afterMs: options.stuckAfterMs,
      exceptions: async (_tx: unknown, document: ClaimedDocument<unknown>, waitedMs: number) => [
        stuckException(document, waitedMs),
      ],
      cleared: (document: ClaimedDocument<unknown>) =>
        clearanceOf(stuckException(document, 0), {
          eventId: `documents-test:cleared:${document.key}:${document.type}:${document.revision}`,
          summary: 'Prima confirmed it',
          occurredAt: Date.now(),
        }),
    },
  };
  const create: DocumentType<NewPrimaSalesOrder> = {
    ...common,
    type: CREATE,
    write: (documents, signal) =>
      writeOneByOne(documents, signal, async (document) => {
        const { record } = await prima.createSalesOrder(document.payload);
        return {
          kind: 'CONFIRMED',
          document,
          answeredAt: Date.now(),
          vendorRef: record.orderNumber,
        };
      }),
  };
  const authorise: DocumentType<Authorisation> = {
    ...common,
    type: AUTHORISE,
    write: (documents, signal) =>
      writeOneByOne(documents, signal, async (document) => {
        // Creating is idempotent by reference: this finds the order the create made.
        const { record } = await prima.createSalesOrder(document.payload.order);
        const order = await prima.authoriseSalesOrder(record.orderNumber, 'parity-test');
        return {
          kind: 'CONFIRMED',
          document,
          answeredAt: Date.now(),
          vendorRef: order.orderNumber,
        };
      }),
  };
  return [create, authorise] as DocumentType<unknown>[];
}
