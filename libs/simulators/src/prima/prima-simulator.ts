import { Router } from 'express';
import type { SimulatorFactory } from '../sandbox';
import { primaAdminRoutes } from './prima-admin.routes';
import { rateLimit, requestLog, ResponseDropper } from './prima-guards';
import { UK_VAT_RATES, type VatRates } from './prima-sales-orders';
import { PrimaState } from './prima-state';
import { wsomhandler } from './prima-wsomhandler';

export interface PrimaSimulatorOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly companyId: string;
  /** Prima's request budget per company; 20 requests a second with bursts of 40 by default. */
  readonly ratePerSecond?: number;
  readonly burst?: number;
  readonly vatRates?: VatRates;
}

/**
 * Prima Solutions' web service: the one SOAP operation `comwsomhandler` at `/prima/`, carrying
 * `<Request RequestType>` documents and answering `<Result>` in ISO-8859-1, as the captured
 * traffic shows (vendor-samples); its own rate limit; and the documents Parity sends (sales
 * orders, despatches, receipts, returns and their credit notes, stock levels) with the checks
 * Prima makes before accepting them.
 */
export function createPrimaSimulator(options: PrimaSimulatorOptions): SimulatorFactory {
  return (context) => {
    const state = new PrimaState(context.now);
    const vatRates = options.vatRates ?? UK_VAT_RATES;
    const dropper = new ResponseDropper();

    const api = Router();
    api.use(requestLog(state));
    api.use(rateLimit(state, options.ratePerSecond ?? 20, options.burst ?? 40));
    api.post('/', ...wsomhandler(options, { state, vatRates }, dropper));

    return {
      vendor: 'prima',
      api,
      admin: primaAdminRoutes(state, dropper, vatRates),
      reset: () => {
        state.clear();
        dropper.clear();
      },
    };
  };
}
