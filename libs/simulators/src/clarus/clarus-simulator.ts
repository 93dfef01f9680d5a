import { json, Router } from 'express';
import type { SimulatorFactory } from '../sandbox';
import { clarusAdminRoutes } from './clarus-admin.routes';
import { ClarusAuth } from './clarus-auth';
import { ClarusCounters } from './clarus-counters';
import { goodsInRoutes } from './clarus-goods-in.routes';
import { graphqlRoute } from './clarus-graphql';
import { LostResponses, type LostResponseRule } from './clarus-lost-responses';
import { productRoutes } from './clarus-products.routes';
import { salesOrderRoutes } from './clarus-sales-orders.routes';
import { ClarusStore } from './clarus-store';
import { ClarusWarehouse } from './clarus-warehouse';
import { ClarusWebhooks, defaultAutomationIds, type ClarusTrigger } from './clarus-webhooks';

export interface ClarusSimulatorOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The dedicated API user the integration logs in as (password grant). */
  readonly apiUser: { readonly username: string; readonly password: string };
  /** The tenant: requests must send it as X-Clarus-Subdomain; webhooks carry it back. */
  readonly subdomain: string;
  /** Where Automations post; each trigger goes to `<webhookUrl>/<trigger>`. Admin can change it. */
  readonly webhookUrl?: string;
  readonly automationIds?: Partial<Record<ClarusTrigger, string>>;
  readonly integrationId?: string;
  /** Warehouse codes of the domain; `MAIN` if unset. */
  readonly warehouses?: readonly string[];
  /** Lifetime of an access token; 3600 s if unset. */
  readonly tokenTtlSeconds?: number;
  /** UTC offset of the timestamps Clarus writes (`+01:00`); `+00:00` if unset. */
  readonly utcOffset?: string;
  /** Writes that are applied and then lose their answer (see LostResponses). */
  readonly lostResponses?: LostResponseRule;
}

/** Clarus WMS: OAuth2, REST writes under /api, GraphQL reads, Automations webhooks. */
export function createClarusSimulator(options: ClarusSimulatorOptions): SimulatorFactory {
  return (ctx) => {
    const counters = new ClarusCounters();
    const store = new ClarusStore(
      ctx.now,
      options.utcOffset ?? '+00:00',
      options.warehouses ?? ['MAIN'],
    );
    const auth = new ClarusAuth(
      { ...options, tokenTtlSeconds: options.tokenTtlSeconds ?? 3600 },
      ctx.now,
      () => counters.bump('tokensIssued'),
    );
    const webhooks = new ClarusWebhooks(
      ctx.webhooks,
      {
        subdomain: options.subdomain,
        url: options.webhookUrl,
        automationIds: defaultAutomationIds(options.automationIds),
        integrationId: options.integrationId,
      },
      () => counters.bump('webhooksSent'),
    );
    const lostResponses = new LostResponses(
      ctx.rng,
      () => counters.bump('responsesLost'),
      options.lostResponses,
    );

    const rest = Router();
    rest.use(json(), (_req, _res, next) => {
      counters.bump('apiRequests');
      next();
    });
    rest.use(productRoutes(store, () => counters.bump('productsCreated')));
    rest.use(goodsInRoutes(store, () => counters.bump('receiptsCreated')));
    rest.use(salesOrderRoutes(store, () => counters.bump('salesOrdersCreated')));

    const api = Router();
    api.use(auth.tokenRoute());
    api.use(lostResponses.middleware());
    api.use('/api', auth.guard(), rest);
    api.use('/graphql', auth.guard());
    api.use(graphqlRoute(store, () => counters.bump('graphqlQueries')));

    const warehouse = new ClarusWarehouse(store, webhooks);
    const admin = clarusAdminRoutes({ store, warehouse, webhooks, auth, lostResponses, counters });

    return {
      vendor: 'clarus',
      api,
      admin,
      reset: () => {
        store.clear();
        auth.reset();
        counters.reset();
        lostResponses.set(options.lostResponses);
        webhooks.config.url = options.webhookUrl;
      },
    };
  };
}
