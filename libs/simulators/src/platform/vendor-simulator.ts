import type { Router } from 'express';
import type { FaultInjector } from './faults';
import type { Rng } from './rng';
import type { WebhookSender } from './webhook-sender';

/** What every simulator gets from the sandbox. */
export interface SimulatorContext {
  readonly rng: Rng;
  readonly webhooks: WebhookSender;
  readonly faults: FaultInjector;
  /** The sandbox clock; tests may move it. */
  readonly now: () => Date;
}

/**
 * One simulated vendor system: its API as the vendor shapes it, mounted at `/<vendor>` behind
 * the fault injector, and an admin API at `/admin/<vendor>` to seed data, move stock
 * "physically", read back what the integration created and trigger the vendor's events.
 */
export interface VendorSimulator {
  readonly vendor: 'prima' | 'peoplevox' | 'clarus' | 'sitoo' | 'lightspeed';
  readonly api: Router;
  readonly admin: Router;
  /** Forgets all state: catalogue, stock, documents, subscriptions. */
  reset(): void;
}
