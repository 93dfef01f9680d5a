import type { IntegrationException } from '@parity/contracts';
import type { EventPublisher } from '@parity/kafka';
import type { RetryPolicy } from '@parity/resilience';
import type { EntityManager } from 'typeorm';

/**
 * A document Parity must create (or a figure it must set) in a vendor system, asked for in
 * the transaction of the event that caused it and written by a worker later.
 */
export interface DocumentRequest<P> {
  /** The kind of document; with `key`, its identity (`DESPATCH_NOTE`, `ATS_PUSH:PRIMA`). */
  readonly type: string;
  /** The business idempotency key: `despatch:PVX:SO-100245:pkg1`. One document per type × key. */
  readonly key: string;
  /** What the worker sends. JSON: it is stored as jsonb. */
  readonly payload: P;
  /**
   * For `latest-wins` types: a request with a higher version replaces the payload of one not
   * yet written (and asks for one more write of one already written); a lower one is stale.
   */
  readonly version?: number;
  /**
   * Requests sharing a sequence key are written one after another in the order they were
   * asked for (an amendment never overtakes its create); others are independent.
   */
  readonly sequenceKey?: string;
  /** When the obligation arose at its source (epoch ms); age and SLA count from here. Now by default. */
  readonly arisenAt?: number;
  /** When the request is due (epoch ms). Now by default. */
  readonly dueAt?: number;
  /**
   * Kept, but not written until `DocumentRuntime.release` lets it go (or a later request of
   * the key that is not held): a figure for a record the target does not hold yet. A held
   * document is never stuck; its age counts from its release.
   */
  readonly held?: boolean;
}

/** A request as a worker holds it: its stored row under a lease. */
export interface ClaimedDocument<P> {
  readonly id: number;
  readonly type: string;
  readonly key: string;
  readonly target: string;
  readonly payload: P;
  readonly version: number;
  readonly revision: number;
  /** Earlier attempts at this revision that failed for now. */
  readonly attempts: number;
  /** When the oldest unanswered revision arose (epoch ms). */
  readonly pendingSince: number;
  /** Whether its stuck exception has been raised in this pending spell. */
  readonly stuck: boolean;
  readonly leaseToken: string;
}

/** What the vendor said to one document. */
export type DocumentAnswer<P> =
  | {
      readonly kind: 'CONFIRMED';
      readonly document: ClaimedDocument<P>;
      readonly answeredAt: number;
      /** The vendor's own number for the document (a despatch note number), if it has one. */
      readonly vendorRef?: string;
      /** How the vendor took it, in the type's words (CREATED, UPDATED, UNCHANGED): progress counts it. */
      readonly outcome?: string;
    }
  | {
      readonly kind: 'REFUSED';
      readonly document: ClaimedDocument<P>;
      readonly answeredAt: number;
      /** The vendor's words, verbatim: the exception and the operator show them. */
      readonly reason: string;
      /** The refusal's classified code (`CONNECTOR.NOT_FOUND`), when the client gave one. */
      readonly code?: string;
    }
  /** Not answered this time (outage, rate limit, timeout): written again after a backoff. */
  | {
      readonly kind: 'RETRY';
      readonly document: ClaimedDocument<P>;
      readonly error: unknown;
      /** The vendor's Retry-After: the next attempt waits at least this long. */
      readonly retryAfterMs?: number;
    };

export type Answered<P> = Exclude<DocumentAnswer<P>, { kind: 'RETRY' }>;

/**
 * How requests of one type are kept: `create-once` keeps the first request of a key and
 * ignores repeats (a document is created once however often its event is replayed);
 * `latest-wins` keeps the newest version of a key (a figure, where only the last matters).
 */
export type RequestMode = 'create-once' | 'latest-wins';

/** Everything the runtime needs to know about one type of document. */
export interface DocumentType<P> {
  readonly type: string;
  /** The vendor system written to: rate budgets and metrics are per target. */
  readonly target: string;
  readonly mode: RequestMode;
  /** Documents per write call (one vendor call may carry many rows). */
  readonly batchSize: number;
  /** Write calls of this type in flight at once. */
  readonly concurrency: number;
  /**
   * How long a worker may hold a claim before another may take it (a crashed worker's); 60 s
   * by default. A round starts writes only in the first half of it, so the vendor client's
   * timeout must be shorter than the other half: a write still running when the lease runs
   * out could race the next holder's search-before-create.
   */
  readonly leaseMs?: number;
  readonly retry?: RetryPolicy;
  /**
   * Writes the documents, each exactly once: a write that may have reached the vendor before
   * (a lost answer, a crash) must find the earlier one by its key, never create a second.
   * Once `signal` is aborted, documents not sent yet are answered RETRY.
   */
  write(
    documents: readonly ClaimedDocument<P>[],
    signal: AbortSignal,
  ): Promise<DocumentAnswer<P>[]>;
  /**
   * In the transaction that records the answers: the confirmations and refusals to publish
   * (through the outbox, so they go out only once the answer is recorded).
   */
  recorded?(
    tx: EntityManager,
    answers: readonly Answered<P>[],
    publisher: EventPublisher,
  ): Promise<void>;
  /** The owned exception of a refusal. Without it a refusal is only recorded and published by `recorded`. */
  refusal?(answer: Extract<Answered<P>, { kind: 'REFUSED' }>): IntegrationException | undefined;
  /**
   * A document waiting longer than `afterMs` since it arose: its exceptions are asked for once
   * per pending spell, by the watch while it still waits, or at its answer if that came late
   * first (`answered`). In the transaction that marks it, so a type may keep its own
   * alert window too.
   */
  readonly stuck?: {
    readonly afterMs: number;
    exceptions(
      tx: EntityManager,
      document: ClaimedDocument<P>,
      waitedMs: number,
      answered: boolean,
    ): Promise<IntegrationException[]>;
    /**
     * The clearance (`clearanceOf` in libs/contracts) published when a document raised as
     * stuck is confirmed at last, so the ledger resolves its record without a person.
     */
    cleared?(document: ClaimedDocument<P>): IntegrationException | undefined;
  };
}

/** Statuses of a stored request. PENDING until its latest revision is answered. */
export type DocumentStatus = 'PENDING' | 'CONFIRMED' | 'REFUSED' | 'CANCELLED';
