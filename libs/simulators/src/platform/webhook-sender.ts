import { backoffMs, sleep, type RetryPolicy } from '@parity/resilience';
import type { Rng } from './rng';

/** One HTTP call a simulated vendor makes to its subscriber (edge). */
export interface Delivery {
  readonly vendor: string;
  /** What it announces: `clarus.sales-order-completed`, `sitoo.events`. */
  readonly event: string;
  readonly url: string;
  readonly method?: 'POST' | 'GET';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** How a vendor's deliveries misbehave, as real ones do. Rates are per delivery. */
export interface DeliveryFaults {
  /** Deliver the same call twice. */
  readonly duplicateRate?: number;
  /** Hold a delivery back by up to `maxDelayMs` so later ones overtake it. */
  readonly outOfOrderRate?: number;
  readonly maxDelayMs?: number;
}

export interface AttemptRecord {
  readonly id: number;
  readonly vendor: string;
  readonly event: string;
  readonly url: string;
  readonly attempt: number;
  readonly status: number | null;
  readonly error: string | null;
  readonly at: string;
  readonly duplicate: boolean;
}

const VENDOR_RETRY: RetryPolicy = { initialMs: 200, maxMs: 5_000, multiplier: 2, maxAttempts: 8 };

/**
 * The outbound side of the simulators: posts webhooks and callbacks to their subscribers with
 * the vendors' failure modes (duplicates, out-of-order arrival) and retries a delivery that
 * was not answered 2xx. Every attempt is recorded for the admin API.
 */
export class WebhookSender {
  private readonly faults = new Map<string, DeliveryFaults>();
  private readonly attempts: AttemptRecord[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private nextId = 1;

  constructor(
    private readonly rng: Rng,
    private readonly retry: RetryPolicy = VENDOR_RETRY,
  ) {}

  setFaults(vendor: string, faults: DeliveryFaults): void {
    this.faults.set(vendor, faults);
  }

  clearFaults(vendor?: string): void {
    if (vendor) this.faults.delete(vendor);
    else this.faults.clear();
  }

  /**
   * Sends in the background with retries, as a vendor's event queue does; faults apply.
   * Vendors with their own queue semantics (Sitoo's head-of-line blocking) use `attempt`.
   */
  send(delivery: Delivery): void {
    const id = this.nextId++;
    const faults = this.faults.get(delivery.vendor) ?? {};
    const copies = this.rng.chance(faults.duplicateRate ?? 0) ? 2 : 1;
    for (let copy = 0; copy < copies; copy++) {
      const delayMs = this.rng.chance(faults.outOfOrderRate ?? 0)
        ? this.rng.int(1, faults.maxDelayMs ?? 500)
        : 0;
      this.track(this.deliverWithRetry(id, delivery, delayMs, copy > 0));
    }
  }

  /** One delivery attempt, no retries or faults: the HTTP status, or null if it never arrived. */
  async attempt(delivery: Delivery, attempt = 1, duplicate = false): Promise<number | null> {
    const id = this.nextId++;
    return this.post(id, delivery, attempt, duplicate);
  }

  /** Resolves when every delivery sent so far has succeeded or given up. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  history(vendor?: string): readonly AttemptRecord[] {
    return vendor ? this.attempts.filter((a) => a.vendor === vendor) : this.attempts;
  }

  clearHistory(): void {
    this.attempts.length = 0;
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async deliverWithRetry(
    id: number,
    delivery: Delivery,
    delayMs: number,
    duplicate: boolean,
  ): Promise<void> {
    if (delayMs > 0) await sleep(delayMs);
    for (let attempt = 1; attempt <= this.retry.maxAttempts; attempt++) {
      const status = await this.post(id, delivery, attempt, duplicate);
      if (status !== null && status >= 200 && status < 300) return;
      if (status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429) {
        return; // the subscriber refused it for good; vendors do not retry those either
      }
      await sleep(backoffMs(this.retry, attempt, () => this.rng.next()));
    }
  }

  private async post(
    id: number,
    delivery: Delivery,
    attempt: number,
    duplicate: boolean,
  ): Promise<number | null> {
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(delivery.url, {
        method: delivery.method ?? 'POST',
        headers: delivery.headers,
        body: delivery.body,
        signal: AbortSignal.timeout(15_000),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    this.attempts.push({
      id,
      vendor: delivery.vendor,
      event: delivery.event,
      url: redactSecrets(delivery.url),
      attempt,
      status,
      error,
      at: new Date().toISOString(),
      duplicate,
    });
    return status;
  }
}

/** Callback URLs carry shared secrets in their path; the history shows only their shape. */
function redactSecrets(url: string): string {
  return url.replace(/\/hooks\/([^/]+)\/[^/?]+/, '/hooks/$1/***');
}
