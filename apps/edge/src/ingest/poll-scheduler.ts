import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ConnectorError, type Vendor } from '@parity/connectors';
import { backoffMs, defaultRetryPolicy, sleep } from '@parity/resilience';
import { createLogger, errorFields } from '@parity/telemetry';
import { DataSource, type EntityManager } from 'typeorm';
import { RefusalThrottle } from '../auth/refusal-throttle';
import { edgeMetrics } from './edge-metrics';
import type { InboundDelivery } from './inbound-delivery';
import { Ingestor, type Normaliser } from './ingestor';

/** One page of a vendor's change feed, and the cursor after it. */
export interface PollPage {
  readonly deliveries: readonly InboundDelivery[];
  readonly cursor: string;
  /** More is waiting: poll again at once rather than after the interval. */
  readonly more: boolean;
}

/** A vendor feed edge polls: Lightspeed by timeStamp, Sitoo by order id, Prima by modifiedSince. */
export interface PollSource {
  /** Stable: names the cursor row and the advisory lock. `lightspeed.sales`. */
  readonly name: string;
  readonly vendor: Vendor;
  readonly intervalMs: number;
  readonly normalise: Normaliser;
  /** Reads what changed after `cursor` (undefined on the very first poll). */
  next(cursor: string | undefined): Promise<PollPage>;
}

export const POLL_SOURCES = Symbol('POLL_SOURCES');

const log = createLogger('PollScheduler');
const SHUTDOWN_GRACE_MS = 3_000;

/**
 * Runs every poll source in its own loop. A round is one transaction that takes the source's
 * advisory lock (so with several edge replicas exactly one polls each feed), reads the cursor,
 * fetches a page, and archives the records with the new cursor. Transient vendor failures back
 * off with jitter; a refusal of our credentials is raised to the platform team.
 */
@Injectable()
export class PollScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly stopping = new AbortController();
  private readonly loops: Promise<void>[] = [];
  private readonly refusals = new RefusalThrottle(10 * 60_000);
  /** Per source, what ends its current wait early (a push saying there is something new). */
  private readonly wakers = new Map<string, () => void>();
  private readonly wokenMidRound = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly ingestor: Ingestor,
    @Inject(POLL_SOURCES) private readonly sources: readonly PollSource[],
  ) {}

  onApplicationBootstrap(): void {
    for (const source of this.sources) this.loops.push(this.run(source));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort(new Error('shutting down'));
    // A round may be waiting on a vendor (Lightspeed's bucket can hold a request for seconds).
    // Abandoning it is safe: its transaction rolls back and the next leader repeats the round.
    await Promise.race([Promise.allSettled(this.loops), sleep(SHUTDOWN_GRACE_MS)]);
  }

  /**
   * Polls a source now instead of at its next interval: Sitoo's events push announces new
   * orders, and reading them at once keeps till sales seconds, not minutes, behind.
   */
  wake(name: string): void {
    const waker = this.wakers.get(name);
    // Woken mid-round, the next round may have missed the news: skip the next wait.
    if (waker) waker();
    else this.wokenMidRound.add(name);
  }

  /** One round, exposed for tests and for an operator's "poll now". Returns whether more is waiting. */
  round(source: PollSource): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await this.lead(tx, source))) return false;
      const cursor = await this.cursorOf(tx, source);
      const page = await source.next(cursor);
      await this.ingestor.acceptPolled(tx, page.deliveries, source.normalise, {
        poller: source.name,
        cursor: page.cursor,
      });
      return page.more;
    });
  }

  private async run(source: PollSource): Promise<void> {
    const signal = this.stopping.signal;
    let failures = 0;
    while (!signal.aborted) {
      let waitMs = source.intervalMs;
      try {
        const more = await this.round(source);
        failures = 0;
        if (more) waitMs = 0;
      } catch (error) {
        failures += 1;
        waitMs = this.onFailure(source, error, failures);
      }
      await this.pause(source.name, waitMs);
    }
  }

  private async pause(name: string, ms: number): Promise<void> {
    if (ms <= 0 || this.wokenMidRound.delete(name)) return;
    const woken = new AbortController();
    this.wakers.set(name, () => woken.abort(new Error('woken')));
    const stopOrWake = AbortSignal.any([this.stopping.signal, woken.signal]);
    await sleep(ms, stopOrWake).catch(() => undefined);
    this.wakers.delete(name);
  }

  private onFailure(source: PollSource, error: unknown, failures: number): number {
    const code = error instanceof ConnectorError ? error.code : 'EDGE.POLL_FAILED';
    edgeMetrics.pollErrors.inc({ poller: source.name, code });
    log.warn('edge.poll.failed', { poller: source.name, failures, ...errorFields(error) });
    if (
      error instanceof ConnectorError &&
      error.code === 'CONNECTOR.UNAUTHORIZED' &&
      this.refusals.shouldRaise(source.name)
    ) {
      void this.ingestor.raiseCredentialsRefused(source.vendor, source.name, error.message);
    }
    const floor = error instanceof ConnectorError ? error.retryAfterMs : undefined;
    return Math.max(source.intervalMs, backoffMs(defaultRetryPolicy, failures, Math.random, floor));
  }

  private async lead(tx: EntityManager, source: PollSource): Promise<boolean> {
    const [row]: { locked: boolean }[] = await tx.query(
      `SELECT pg_try_advisory_xact_lock(hashtext('edge.poll'), hashtext($1)) AS locked`,
      [source.name],
    );
    return row?.locked === true;
  }

  private async cursorOf(tx: EntityManager, source: PollSource): Promise<string | undefined> {
    const rows: { cursor: string }[] = await tx.query(
      `SELECT cursor FROM edge.poll_cursors WHERE poller = $1`,
      [source.name],
    );
    return rows[0]?.cursor;
  }
}
