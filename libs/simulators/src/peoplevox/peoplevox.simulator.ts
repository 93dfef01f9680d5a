import type { SimulatorFactory } from '../sandbox';
import { adminRoutes } from './admin.routes';
import { integrationServiceRoutes } from './integration-service.routes';
import { LostAnswers } from './lost-answers';
import { Sessions } from './sessions';
import { Subscriptions } from './subscriptions';
import { Warehouse } from './warehouse';

export interface PeoplevoxSimulatorOptions {
  readonly clientId: string;
  readonly username: string;
  /** The plain password; Authenticate expects it base64-encoded, as the real service does. */
  readonly password: string;
  /** Site references; the first is where orders without one are fulfilled. */
  readonly sites?: readonly string[];
  /** Idle lifetime of a session. */
  readonly sessionTtlMs?: number;
}

/**
 * Descartes Peoplevox WMS (vendor-apis.md §3): the SOAP integration service with CSV inside,
 * session authentication, URL-template event callbacks, and a warehouse behind it that
 * allocates, picks, despatches in packages, receives goods and takes returns.
 */
export function createPeoplevoxSimulator(options: PeoplevoxSimulatorOptions): SimulatorFactory {
  return (ctx) => {
    const sites = options.sites?.length ? options.sites : ['PrimarySite'];
    const subscriptions = new Subscriptions(ctx.webhooks);
    const sessions = new Sessions(ctx.rng, ctx.now, options.sessionTtlMs ?? 20 * 60_000);
    const counters = new Map<string, number>();
    let busyCalls = 0;
    const lostAnswers = new LostAnswers();
    const warehouse = new Warehouse(sites, ctx.now, (event) => subscriptions.publish(event));
    return {
      vendor: 'peoplevox',
      api: integrationServiceRoutes({
        ...options,
        sessions,
        subscriptions,
        warehouse,
        count: (operation) => counters.set(operation, (counters.get(operation) ?? 0) + 1),
        // Counts down the calls left to refuse, so `times` busy answers are given exactly.
        busy: () => busyCalls > 0 && busyCalls-- > 0,
        lostAnswers,
      }),
      admin: adminRoutes({
        warehouse,
        sessions,
        subscriptions,
        counters: () => Object.fromEntries(counters),
        makeBusy: (times) => {
          busyCalls = times;
        },
        lostAnswers,
      }),
      reset: () => {
        warehouse.clear();
        subscriptions.clear();
        sessions.expireAll();
        counters.clear();
        busyCalls = 0;
        lostAnswers.set(undefined);
      },
    };
  };
}
