import { json, Router } from 'express';
import type { SimulatorFactory } from '../sandbox';
import { primaAdminRoutes } from './prima-admin.routes';
import { PrimaAuth } from './prima-auth';
import { catalogueRoutes } from './prima-catalogue.routes';
import { rateLimit, requestLog, ResponseDropper } from './prima-guards';
import { orderRoutes } from './prima-orders.routes';
import { problemHandler } from './prima-problem';
import { purchasingRoutes } from './prima-purchasing.routes';
import { returnRoutes } from './prima-returns.routes';
import { UK_VAT_RATES, type VatRates } from './prima-sales-orders';
import { PrimaState } from './prima-state';

export interface PrimaSimulatorOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly companyId: string;
  /** Prima's request budget per company; 20 requests a second with bursts of 40 by default. */
  readonly ratePerSecond?: number;
  readonly burst?: number;
  readonly tokenTtlSeconds?: number;
  readonly vatRates?: VatRates;
}

/**
 * Prima ERP as the [ASSUMED] REST contract of vendor-apis.md §5.2 describes it: OAuth2 client
 * credentials plus `X-Prima-Company`, paged change feeds, problem+json errors, its own rate
 * limit, and the documents Parity posts (sales orders, despatch and receipt notes, RAs and
 * credit notes, stock levels) with the checks Prima makes before accepting them.
 */
export function createPrimaSimulator(options: PrimaSimulatorOptions): SimulatorFactory {
  return (context) => {
    const state = new PrimaState(context.now);
    const vatRates = options.vatRates ?? UK_VAT_RATES;
    const auth = new PrimaAuth(
      {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        companyId: options.companyId,
        tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
      },
      state,
    );
    const dropper = new ResponseDropper();

    const api = Router();
    api.use(requestLog(state));
    api.use(dropper.middleware());
    api.use(rateLimit(state, options.ratePerSecond ?? 20, options.burst ?? 40));
    api.use(auth.tokenRouter());
    api.use('/api/v1', auth.guard(), json({ limit: '5mb' }));
    api.use('/api/v1', catalogueRoutes(state));
    api.use('/api/v1', orderRoutes(state, vatRates));
    api.use('/api/v1', purchasingRoutes(state));
    api.use('/api/v1', returnRoutes(state));
    api.use(problemHandler);

    return {
      vendor: 'prima',
      api,
      admin: primaAdminRoutes(state, auth, dropper, vatRates),
      reset: () => {
        state.clear();
        auth.revokeAll();
        dropper.clear();
      },
    };
  };
}
