import type { RetryPolicy } from '@parity/resilience';
import type { SimulatorFactory } from '../sandbox';
import { sitooAdmin } from './sitoo-admin';
import { sitooApi } from './sitoo-api';
import { type EventsTarget, SitooEventQueue } from './sitoo-events';
import { LostResponses, RequestLog } from './sitoo-http';
import { SitooState } from './sitoo-state';

export interface SitooSimulatorOptions {
  readonly accountId: string;
  /** The API id and password Backoffice issues; HTTP Basic. */
  readonly apiId: string;
  readonly password: string;
  /** The site (eshop) the account's POS belongs to; 1 unless given. */
  readonly siteId?: number;
  /** Where the Events SPI posts; settable later through the admin API. */
  readonly eventsUrl?: string;
  readonly eventsAuth?: EventsTarget['auth'];
  /** The events queue's retry window; Sitoo's lasts about a day. */
  readonly eventsRetry?: RetryPolicy;
  /** Apply and then drop the answers to the next N API writes (a lost response). */
  readonly loseResponsesAfterApply?: number;
}

/** Sitoo retries up to ten times in the first hour, then hourly for about a day. */
const SITOO_EVENTS_RETRY: RetryPolicy = {
  initialMs: 60_000,
  maxMs: 3_600_000,
  multiplier: 2,
  maxAttempts: 30,
};

/** Sitoo POS: REST API v2 with Basic auth and the Events SPI push, with its head-of-line queue. */
export function createSitooSimulator(options: SitooSimulatorOptions): SimulatorFactory {
  return (context) => {
    const siteId = options.siteId ?? 1;
    const state = new SitooState(context.now);
    const lostResponses = new LostResponses();
    lostResponses.arm(options.loseResponsesAfterApply ?? 0);
    const queue = new SitooEventQueue(
      context,
      options.eventsRetry ?? SITOO_EVENTS_RETRY,
      options.eventsUrl ? { url: options.eventsUrl, auth: options.eventsAuth } : undefined,
    );
    const requests = new RequestLog();
    const shared = { state, accountId: options.accountId, siteId, lostResponses, requests };
    return {
      vendor: 'sitoo',
      api: sitooApi({ ...shared, apiId: options.apiId, password: options.password }),
      admin: sitooAdmin({ ...shared, context, queue }),
      reset: () => {
        state.clear();
        queue.reset();
        lostResponses.arm(0);
        requests.clear();
      },
    };
  };
}
