import { backoffMs, sleep, type RetryPolicy } from '@parity/resilience';
import type { SimulatorContext } from '../platform/vendor-simulator';

/** A thin event as the Events SPI posts it: ids only; the receiver fetches the record. */
export interface SitooEvent {
  readonly event_id: string;
  readonly event_type: 'order' | 'warehouse-transaction';
  readonly event_date: number;
  readonly account_id: string;
  readonly data: Readonly<Record<string, string | number | null>>;
}

export interface EventsTarget {
  readonly url: string;
  /** Optional Basic auth the receiver asks for; never the Sitoo API credentials. */
  readonly auth?: { readonly username: string; readonly password: string };
}

export interface EventQueueView {
  readonly waitingEvents: number;
  readonly pendingBatches: number;
  readonly head: { readonly eventIds: readonly string[]; readonly attempts: number } | null;
  readonly blockedSince: string | null;
  readonly counters: Readonly<EventCounters>;
}

interface EventCounters {
  attempts: number;
  batchesDelivered: number;
  eventsDelivered: number;
  /** Answered with a status Sitoo does not retry: the events are gone. */
  batchesDropped: number;
  /** Retried for the whole retry window without an acknowledgement. */
  batchesExpired: number;
}

interface Batch {
  readonly events: readonly SitooEvent[];
  attempts: number;
}

export const MAX_EVENTS_PER_BATCH = 10;
/** Per the SPI text: these ask for the batch again; any other non-200 drops it. */
const RETRIED_STATUSES = new Set([429, 503, 504]);

const zeroCounters = (): EventCounters => ({
  attempts: 0,
  batchesDelivered: 0,
  eventsDelivered: 0,
  batchesDropped: 0,
  batchesExpired: 0,
});

/**
 * Sitoo's event queue: chronological batches of up to ten events, one batch in flight, and a
 * batch that is not acknowledged blocks every later event until it is (head-of-line blocking).
 * The real queue retries for about a day; `retry` sets that window for tests.
 */
export class SitooEventQueue {
  private waiting: SitooEvent[] = [];
  private head: Batch | null = null;
  private blockedSince: Date | null = null;
  private pumping: Promise<void> | null = null;
  private generation = 0;
  private counters = zeroCounters();
  private target: EventsTarget | undefined;

  constructor(
    private readonly context: SimulatorContext,
    private readonly retry: RetryPolicy,
    /** Where events go from the start, and again after a reset. */
    private readonly configuredTarget: EventsTarget | undefined,
  ) {
    this.target = configuredTarget;
  }

  setTarget(target: EventsTarget | undefined): void {
    this.target = target;
    this.kick();
  }

  enqueue(event: SitooEvent): void {
    this.waiting.push(event);
    this.kick();
  }

  /** Resolves once the queue has nothing left it can send (empty, or no target set). */
  async idle(): Promise<void> {
    while (this.pumping) await this.pumping;
  }

  view(): EventQueueView {
    return {
      waitingEvents: this.waiting.length,
      pendingBatches: (this.head ? 1 : 0) + Math.ceil(this.waiting.length / MAX_EVENTS_PER_BATCH),
      head: this.head
        ? { eventIds: this.head.events.map((e) => e.event_id), attempts: this.head.attempts }
        : null,
      blockedSince: this.blockedSince?.toISOString() ?? null,
      counters: { ...this.counters },
    };
  }

  reset(): void {
    this.generation += 1;
    this.target = this.configuredTarget;
    this.waiting = [];
    this.head = null;
    this.blockedSince = null;
    this.pumping = null;
    this.counters = zeroCounters();
  }

  private kick(): void {
    if (this.pumping || !this.target) return;
    const generation = this.generation;
    this.pumping = this.pump(generation).finally(() => {
      if (generation !== this.generation) return;
      this.pumping = null;
      // An event may have arrived after the pump found the queue empty.
      if (this.waiting.length > 0) this.kick();
    });
  }

  private async pump(generation: number): Promise<void> {
    const current = () => generation === this.generation;
    while (current() && this.target) {
      this.head ??= this.nextBatch();
      if (!this.head) return;
      const batch = this.head;
      batch.attempts += 1;
      this.counters.attempts += 1;
      const status = await this.context.webhooks.attempt(
        this.delivery(this.target, batch),
        batch.attempts,
      );
      if (!current()) return;
      if (status === null || RETRIED_STATUSES.has(status)) {
        if (batch.attempts < this.retry.maxAttempts) {
          this.blockedSince ??= this.context.now();
          await sleep(backoffMs(this.retry, batch.attempts, () => this.context.rng.next()));
          continue;
        }
        this.counters.batchesExpired += 1;
      } else if (status === 200) {
        this.counters.batchesDelivered += 1;
        this.counters.eventsDelivered += batch.events.length;
      } else {
        this.counters.batchesDropped += 1;
      }
      this.head = null;
      this.blockedSince = null;
    }
  }

  private nextBatch(): Batch | null {
    if (this.waiting.length === 0) return null;
    return { events: this.waiting.splice(0, MAX_EVENTS_PER_BATCH), attempts: 0 };
  }

  private delivery(target: EventsTarget, batch: Batch) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (target.auth) {
      const basic = Buffer.from(`${target.auth.username}:${target.auth.password}`);
      headers.authorization = `Basic ${basic.toString('base64')}`;
    }
    return {
      vendor: 'sitoo',
      event: 'sitoo.events',
      url: target.url,
      headers,
      body: JSON.stringify(batch.events),
    };
  }
}
