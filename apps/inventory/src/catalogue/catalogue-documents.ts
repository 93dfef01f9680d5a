import type { CatalogueItem, CataloguePort, CatalogueTargetName } from '@parity/connectors';
import {
  answerOfFailure,
  type ClaimedDocument,
  type DocumentAnswer,
  type DocumentType,
} from '@parity/documents';
import type { CatalogueReadiness } from './catalogue-readiness';
import type { CatalogueSettings } from './catalogue-settings';

/** The document type of a target's items: one latest-wins document per SKU, Prima's version. */
export function catalogueTypeOf(target: CatalogueTargetName): string {
  return `ITEM:${target}`;
}

/**
 * Inventory's catalogue document types, one per target: an item is a latest-wins document
 * keyed by SKU (a newer Prima version replaces one not written yet), written in the target's
 * batches through its catalogue port. What the answers mean for the SKU (presence, readiness,
 * exceptions and their clearances) is the readiness' to record, in the answers' transaction.
 */
export function catalogueDocumentTypes(
  ports: readonly CataloguePort[],
  settings: CatalogueSettings,
  /** Resolved at use: readiness reaches the ledger and pushes, which need the runtime itself. */
  readiness: () => CatalogueReadiness,
): DocumentType<CatalogueItem>[] {
  return ports.map((port) => ({
    type: catalogueTypeOf(port.target),
    target: port.target,
    mode: 'latest-wins',
    batchSize: port.batchSize,
    // One writer per target: creating a style's variants from two workers at once could make
    // two matrices of one style at a till.
    concurrency: 1,
    write: (items) => writeItems(port, items),
    recorded: (tx, answers, publisher) => readiness().recorded(tx, port.target, answers, publisher),
    stuck: {
      afterMs: settings.readyWithinMs,
      exceptions: (tx, item, waitedMs, answered) =>
        // Confirmed late is ready now: nothing for a person to do.
        answered ? Promise.resolve([]) : readiness().notReadyYet(tx, port.target, item, waitedMs),
    },
  }));
}

/** One port call for the batch; an item the port gave no outcome for is asked again. */
async function writeItems(
  port: CataloguePort,
  items: readonly ClaimedDocument<CatalogueItem>[],
): Promise<DocumentAnswer<CatalogueItem>[]> {
  let outcomes;
  try {
    outcomes = await port.upsertItems(items.map((item) => item.payload));
  } catch (error) {
    return items.map((item) => answerOfFailure(item, error));
  }
  const bySku = new Map(outcomes.map((o) => [o.sku, o]));
  const answeredAt = Date.now();
  return items.map((document): DocumentAnswer<CatalogueItem> => {
    const outcome = bySku.get(document.key);
    if (!outcome) {
      return {
        kind: 'RETRY',
        document,
        error: new Error(`${port.target} answered nothing for ${document.key}`),
      };
    }
    return outcome.outcome === 'REFUSED'
      ? { kind: 'REFUSED', document, answeredAt, reason: outcome.reason }
      : {
          kind: 'CONFIRMED',
          document,
          answeredAt,
          vendorRef: outcome.vendorRef,
          outcome: outcome.outcome,
        };
  });
}
