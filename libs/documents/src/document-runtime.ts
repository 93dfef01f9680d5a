import { exceptionTopicFor } from '@parity/contracts';
import type { EventPublisher } from '@parity/kafka';
import { TokenBucket } from '@parity/resilience';
import { createLogger } from '@parity/telemetry';
import type { DataSource, EntityManager } from 'typeorm';
import type { DocumentRequest, DocumentType } from './document';
import {
  documentsInFlight,
  documentsOldestSeconds,
  documentsQueued,
  documentsRefused,
} from './document-metrics';
import { DocumentStore } from './document-store';
import { DocumentWorker } from './document-worker';
import { WorkLoop } from './work-loop';

export interface DocumentRuntimeOptions {
  /** The service's schema, where `documentRuntimeTables` made the tables. */
  readonly schema: string;
  /** How long an idle worker waits before looking for due documents again. */
  readonly pollMs?: number;
  /** How often pending documents are checked against their type's SLA, and gauges refreshed. */
  readonly watchMs?: number;
  /**
   * Calls per second a target takes, shared by every type written to it (the vendors allow
   * about one a second). Types' own connectors may keep finer limits of their own.
   */
  readonly rateBudgets?: Readonly<Record<string, { perSecond: number; burst?: number }>>;
}

/**
 * The outbound-document runtime of one service: where its flows ask for documents (in the
 * transaction of the event that caused them) and the workers that write them, each exactly
 * once, for as long as it takes.
 */
export class DocumentRuntime {
  private readonly log = createLogger(DocumentRuntime.name);
  readonly store: DocumentStore;
  private readonly types = new Map<string, DocumentType<unknown>>();
  private readonly loops: WorkLoop[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly publisher: EventPublisher,
    types: readonly DocumentType<unknown>[],
    private readonly options: DocumentRuntimeOptions,
  ) {
    this.store = new DocumentStore(options.schema);
    for (const type of types) {
      if (this.types.has(type.type)) throw new Error(`Document type ${type.type} is defined twice`);
      this.types.set(type.type, type);
    }
  }

  /** The document types this runtime writes. */
  typeNames(): string[] {
    return [...this.types.keys()];
  }

  /** Asks for documents of one type, in the caller's transaction. */
  async request<P>(
    tx: EntityManager,
    type: string,
    requests: readonly Omit<DocumentRequest<P>, 'type'>[],
  ): Promise<void> {
    const spec = this.types.get(type);
    if (!spec) throw new Error(`No document type ${type} is defined in this service`);
    await this.store.request(
      tx,
      spec.target,
      spec.mode,
      requests.map((r) => ({ ...r, type })),
    );
  }

  /** Lets held documents of one type go (DocumentRequest.held), in the caller's transaction. */
  release(tx: EntityManager, type: string, keys: readonly string[]): Promise<number> {
    if (!this.types.has(type))
      throw new Error(`No document type ${type} is defined in this service`);
    return this.store.release(tx, type, keys);
  }

  start(): void {
    const pollMs = this.options.pollMs ?? 200;
    const budgets = new Map(
      Object.entries(this.options.rateBudgets ?? {}).map(([target, b]) => [
        target,
        new TokenBucket(b.burst ?? 1, b.perSecond),
      ]),
    );
    for (const spec of this.types.values()) {
      const worker = new DocumentWorker(
        this.db,
        this.store,
        this.publisher,
        spec,
        budgets.get(spec.target),
      );
      // A full batch means more are waiting: go again at once instead of idling.
      const round = async (signal: AbortSignal) => (await worker.round(signal)) >= spec.batchSize;
      for (let i = 0; i < spec.concurrency; i++) {
        this.loops.push(new WorkLoop(`documents:${spec.type}:${i}`, round, pollMs));
      }
    }
    const watch = async () => (await this.watch(), false);
    this.loops.push(new WorkLoop('documents:watch', watch, this.options.watchMs ?? 5_000));
    for (const loop of this.loops) loop.start();
    this.log.info('documents.started', { types: this.typeNames() });
  }

  /** Stops every worker, letting a write in flight record its answer. */
  async stop(): Promise<void> {
    await Promise.all(this.loops.map((loop) => loop.stop()));
  }

  /** Raises each type's stuck exception once per pending spell, and refreshes the gauges. */
  async watch(): Promise<void> {
    for (const spec of this.types.values()) {
      const { stuck } = spec;
      if (!stuck) continue;
      await this.db.transaction(async (tx) => {
        const now = Date.now();
        const late = await this.store.newlyStuck(tx, spec.type, stuck.afterMs);
        for (const document of late) {
          const exceptions = await stuck.exceptions(
            tx,
            document,
            now - document.pendingSince,
            false,
          );
          for (const exception of exceptions) {
            await this.publisher.publish(tx, exceptionTopicFor(exception.team), [exception]);
          }
        }
      });
    }
    const gauges = await this.store.gauges(this.db.manager);
    for (const gauge of [documentsQueued, documentsInFlight, documentsRefused]) gauge.reset();
    documentsOldestSeconds.reset();
    for (const g of gauges) {
      const labels = { target: g.target, type: g.type };
      documentsQueued.set(labels, g.pending);
      documentsInFlight.set(labels, g.inFlight);
      documentsRefused.set(labels, g.refused);
      documentsOldestSeconds.set(labels, g.oldestSeconds);
    }
  }
}
