import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  exceptionTopicFor,
  type IntegrationException,
  type TopicDefinition,
} from '@parity/contracts';
import type { Vendor } from '@parity/connectors';
import { KafkaRuntime } from '@parity/kafka';
import { createLogger } from '@parity/telemetry';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type CanonicalEvent,
  type LocationMap,
  type NonStockItemMap,
  type NormaliseContext,
  PayloadRejected,
} from './canonical-event';
import { edgeMetrics } from './edge-metrics';
import { GroupCommit } from './group-commit';
import type { InboundDelivery } from './inbound-delivery';
import { rejectionException, type Rejection } from './rejection-exception';
import { LOCATION_MAP, NON_STOCK_ITEMS } from './tokens';

/** Turns a payload into canonical events, or throws PayloadRejected. Pure: no I/O. */
export type Normaliser = (delivery: InboundDelivery, context: NormaliseContext) => CanonicalEvent[];

export type Outcome =
  | { readonly outcome: 'ACCEPTED'; readonly archiveId: string; readonly eventIds: string[] }
  | { readonly outcome: 'DUPLICATE'; readonly archiveId: string }
  | { readonly outcome: 'REJECTED'; readonly archiveId: string; readonly rejection: Rejection }
  | { readonly outcome: 'UNAUTHENTICATED'; readonly archiveId: string };

/** A payload ready to archive: its id, what it is, and what it turned into. */
interface Prepared {
  readonly archiveId: string;
  readonly delivery: InboundDelivery;
  readonly dedupeKey: string;
  readonly events: readonly CanonicalEvent[];
  readonly rejection?: Rejection;
  readonly unauthenticated?: boolean;
  /** Whether to raise the rejection's exception (auth failures are throttled). */
  readonly raise: boolean;
}

export interface CursorAdvance {
  readonly poller: string;
  readonly cursor: string;
}

const log = createLogger('Ingestor');

/**
 * Edge's one way in. Every payload is archived byte for byte in the same transaction that
 * writes its events (or its exception) to the outbox: accepted means durable, and Kafka being
 * away only delays publication. Redeliveries are recognised by the archive's unique index and
 * produce nothing. Webhook payloads are group-committed so thousands per second cost tens of
 * transactions; a poll round commits its records and its cursor together.
 */
@Injectable()
export class Ingestor {
  private readonly webhooks = new GroupCommit<Prepared, Outcome>((batch) =>
    this.dataSource.transaction((tx) => this.write(tx, batch)),
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly runtime: KafkaRuntime,
    @Inject(LOCATION_MAP) private readonly locations: LocationMap,
    @Inject(NON_STOCK_ITEMS) private readonly nonStockItems: NonStockItemMap,
  ) {}

  /** A webhook or callback: archived, validated, published — or rejected with a reason. */
  accept(delivery: InboundDelivery, normalise: Normaliser): Promise<Outcome> {
    return this.webhooks.submit(this.prepare(delivery, normalise));
  }

  /**
   * A failed authenticity check: archived as evidence and raised to the platform team. `raise`
   * is false for repeats within a short window, so a misconfigured or hostile sender cannot
   * flood the exception topics; every attempt is still archived and counted.
   */
  refuse(delivery: InboundDelivery, reason: string, raise: boolean): Promise<Outcome> {
    return this.webhooks.submit({
      archiveId: randomUUID(),
      delivery,
      dedupeKey: dedupeKeyOf(delivery),
      events: [],
      unauthenticated: true,
      raise,
      rejection: {
        code: 'EDGE.AUTHENTICATION_FAILED',
        message: `A request claiming to come from ${delivery.vendor} failed its authenticity check (${reason}) and was answered 401.`,
        exception: {
          type: 'AUTHENTICATION_FAILED',
          entityType: 'CONNECTOR',
          entityId: `${delivery.vendor}/${delivery.channel}`,
        },
      },
    });
  }

  /**
   * A poll round, inside the poller's transaction: its records and the poller's new cursor
   * commit together, so a crash repeats the round (harmless: redeliveries are recognised)
   * and never skips one.
   */
  async acceptPolled(
    tx: EntityManager,
    deliveries: readonly InboundDelivery[],
    normalise: Normaliser,
    advance: CursorAdvance,
  ): Promise<Outcome[]> {
    // A poller re-reads on purpose (overlap windows, inclusive cursors): a record read again
    // is not a vendor event worth keeping, so it is not archived a second time.
    const outcomes = await this.write(
      tx,
      deliveries.map((delivery) => this.prepare(delivery, normalise)),
      { archiveDuplicates: false },
    );
    await tx.query(
      `INSERT INTO edge.poll_cursors (poller, cursor, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (poller) DO UPDATE SET cursor = excluded.cursor, updated_at = now()`,
      [advance.poller, advance.cursor],
    );
    return outcomes;
  }

  /** A vendor refused the credentials a poller presented: the platform team must renew them. */
  raiseCredentialsRefused(vendor: Vendor, poller: string, reason: string): Promise<void> {
    const archiveId = randomUUID();
    const exception = rejectionException(
      {
        vendor,
        channel: poller,
        body: Buffer.alloc(0),
        contentType: 'none',
        headers: {},
        receivedAt: new Date(),
      },
      archiveId,
      {
        code: 'EDGE.CREDENTIALS_REFUSED',
        message: `${vendor} refused Parity's credentials while polling (${reason}); polling retries with backoff until they are renewed.`,
        exception: {
          type: 'AUTHENTICATION_FAILED',
          entityType: 'CONNECTOR',
          entityId: poller,
        },
      },
      false,
    );
    return this.dataSource.transaction((tx) => this.publishExceptions(tx, [exception]));
  }

  private prepare(delivery: InboundDelivery, normalise: Normaliser): Prepared {
    const archiveId = randomUUID();
    const dedupeKey = dedupeKeyOf(delivery);
    try {
      const events = normalise(delivery, {
        archiveRef: archiveId,
        receivedAt: delivery.receivedAt,
        locations: this.locations,
        nonStockItems: this.nonStockItems,
      });
      return { archiveId, delivery, dedupeKey, events, raise: false };
    } catch (error) {
      if (!(error instanceof PayloadRejected)) throw error;
      const rejection = { code: error.code, message: error.message, exception: error.exception };
      return { archiveId, delivery, dedupeKey, events: [], rejection, raise: true };
    }
  }

  private async write(
    tx: EntityManager,
    batch: readonly Prepared[],
    { archiveDuplicates } = { archiveDuplicates: true },
  ): Promise<Outcome[]> {
    edgeMetrics.batchSize.observe(batch.length);
    // In key order, so two batches committing at once take their unique-index locks in the
    // same order and cannot deadlock over a redelivered payload.
    const candidates = batch
      .filter((p) => !p.rejection)
      .sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : 1));
    const inserted = await this.insert(tx, candidates, 'ACCEPTED');
    if (archiveDuplicates) {
      const duplicates = candidates.filter((p) => !inserted.has(p.archiveId));
      await this.insert(tx, duplicates, 'DUPLICATE');
    }
    await this.insert(
      tx,
      batch.filter((p) => p.rejection && !p.unauthenticated),
      'REJECTED',
    );
    await this.insert(
      tx,
      batch.filter((p) => p.unauthenticated),
      'UNAUTHENTICATED',
    );

    const accepted = candidates.filter((p) => inserted.has(p.archiveId));
    await this.publishEvents(
      tx,
      accepted.flatMap((p) => p.events),
    );
    await this.publishExceptions(
      tx,
      batch
        .filter((p) => p.rejection && p.raise)
        .map((p) => rejectionException(p.delivery, p.archiveId, p.rejection as Rejection)),
    );
    return batch.map((p) => this.outcomeOf(p, inserted));
  }

  private outcomeOf(p: Prepared, inserted: ReadonlySet<string>): Outcome {
    const { vendor, channel } = p.delivery;
    let outcome: Outcome;
    if (p.unauthenticated) outcome = { outcome: 'UNAUTHENTICATED', archiveId: p.archiveId };
    else if (p.rejection) {
      outcome = { outcome: 'REJECTED', archiveId: p.archiveId, rejection: p.rejection };
      log.warn('edge.payload.rejected', {
        vendor,
        channel,
        archiveId: p.archiveId,
        code: p.rejection.code,
      });
    } else if (inserted.has(p.archiveId)) {
      outcome = {
        outcome: 'ACCEPTED',
        archiveId: p.archiveId,
        eventIds: p.events.map((e) => e.value.header.eventId),
      };
    } else outcome = { outcome: 'DUPLICATE', archiveId: p.archiveId };
    edgeMetrics.inbound.inc({ vendor, channel, outcome: outcome.outcome });
    return outcome;
  }

  /** Inserts archive rows; for ACCEPTED, skips redeliveries and returns the ids it kept. */
  private async insert(
    tx: EntityManager,
    rows: readonly Prepared[],
    outcome: Outcome['outcome'],
  ): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const conflict =
      outcome === 'ACCEPTED'
        ? `ON CONFLICT (vendor, channel, dedupe_key) WHERE outcome = 'ACCEPTED' DO NOTHING`
        : '';
    const result: { id: string }[] = await tx.query(
      `INSERT INTO edge.inbound_archive
         (id, vendor, channel, received_at, remote_address, headers, content_type, body,
          dedupe_key, outcome, error_code, error_message, event_ids)
       SELECT id, vendor, channel, received_at, remote_address, headers, content_type, body,
              dedupe_key, $10, error_code, error_message, string_to_array(event_ids, ' ')
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[],
                   $6::jsonb[], $7::text[], $8::bytea[], $9::text[], $11::text[], $12::text[],
                   $13::text[])
         AS t(id, vendor, channel, received_at, remote_address, headers, content_type, body,
              dedupe_key, error_code, error_message, event_ids)
       ${conflict}
       RETURNING id`,
      [
        rows.map((r) => r.archiveId),
        rows.map((r) => r.delivery.vendor),
        rows.map((r) => r.delivery.channel),
        rows.map((r) => r.delivery.receivedAt.toISOString()),
        rows.map((r) => r.delivery.remoteAddress ?? null),
        rows.map((r) => JSON.stringify(r.delivery.headers)),
        rows.map((r) => r.delivery.contentType),
        rows.map((r) => r.delivery.body),
        rows.map((r) => r.dedupeKey),
        outcome,
        rows.map((r) => r.rejection?.code ?? null),
        rows.map((r) => r.rejection?.message ?? null),
        rows.map((r) =>
          outcome === 'ACCEPTED' ? r.events.map((e) => e.value.header.eventId).join(' ') : '',
        ),
      ],
    );
    return new Set(result.map((row) => row.id));
  }

  private async publishEvents(tx: EntityManager, events: readonly CanonicalEvent[]): Promise<void> {
    const byTopic = new Map<TopicDefinition<unknown>, unknown[]>();
    for (const event of events) {
      const topic = event.topic as TopicDefinition<unknown>;
      const values = byTopic.get(topic) ?? [];
      values.push(event.value);
      byTopic.set(topic, values);
    }
    for (const [topic, values] of byTopic) {
      await this.runtime.publisher.publish(tx, topic, values);
    }
  }

  private async publishExceptions(
    tx: EntityManager,
    exceptions: readonly IntegrationException[],
  ): Promise<void> {
    const byTeam = new Map<IntegrationException['team'], IntegrationException[]>();
    for (const exception of exceptions) {
      byTeam.set(exception.team, [...(byTeam.get(exception.team) ?? []), exception]);
    }
    for (const [team, values] of byTeam) {
      await this.runtime.publisher.publish(tx, exceptionTopicFor(team), values);
    }
  }
}

function orderKey(p: Prepared): string {
  return `${p.delivery.vendor}\u0000${p.delivery.channel}\u0000${p.dedupeKey}`;
}

/** The vendor's own id for the delivery when it has one, else the payload's SHA-256. */
function dedupeKeyOf(delivery: InboundDelivery): string {
  return delivery.dedupeKey ?? `sha256:${createHash('sha256').update(delivery.body).digest('hex')}`;
}
