import {
  createLightspeedSimulator,
  createPrimaSimulator,
  createSandbox,
  createSitooSimulator,
  type FaultRule,
  type RunningSandbox,
} from '@parity/simulators';
import { sandboxAdmin } from '../support/sandbox-admin';

/** Credentials the sandbox's vendors and inventory share in the push tests. Test values only. */
const RUN = String(Date.now());
export const PUSH_VENDORS = {
  prima: { clientId: 'parity-inventory', clientSecret: 'prima-secret', companyId: `C${RUN}` },
  sitoo: { accountId: RUN, apiId: 'api-inventory', password: 'sitoo-password' },
  lightspeed: {
    accountId: RUN,
    clientId: 'parity-inventory',
    clientSecret: 'lightspeed-secret',
    initialRefreshToken: 'inventory-first-refresh',
  },
};

/** Prima, Sitoo and Lightspeed in-process over real HTTP, with their admin APIs. */
export class PushSandbox {
  private running!: RunningSandbox;

  get url(): string {
    return this.running.url;
  }

  async start(): Promise<void> {
    this.running = await createSandbox({
      seed: 11,
      simulators: [
        createPrimaSimulator(PUSH_VENDORS.prima),
        createSitooSimulator(PUSH_VENDORS.sitoo),
        createLightspeedSimulator(PUSH_VENDORS.lightspeed),
      ],
    }).listen();
  }

  async close(): Promise<void> {
    await this.running?.close();
  }

  admin<T = unknown>(path: string, body?: unknown, method?: string): Promise<T> {
    return sandboxAdmin<T>(this.url, path, body, method);
  }

  fault(rule: FaultRule): Promise<{ id: number }> {
    return this.admin('faults', rule);
  }

  /** Prima's connection against this sandbox; edge and inventory share Prima's API client. */
  primaEnv(): Record<string, string> {
    const { prima } = PUSH_VENDORS;
    return {
      PRIMA_API_URL: `${this.url}/prima`,
      PRIMA_CLIENT_ID: prima.clientId,
      PRIMA_CLIENT_SECRET: prima.clientSecret,
      PRIMA_COMPANY_ID: prima.companyId,
    };
  }

  /** Inventory's vendor settings against this sandbox. */
  inventoryEnv(): Record<string, string> {
    const { sitoo, lightspeed } = PUSH_VENDORS;
    return {
      ...this.primaEnv(),
      SITOO_API_URL: `${this.url}/sitoo`,
      SITOO_ACCOUNT_ID: sitoo.accountId,
      SITOO_SITE_ID: '1',
      SITOO_API_ID: sitoo.apiId,
      SITOO_API_PASSWORD: sitoo.password,
      LIGHTSPEED_API_URL: `${this.url}/lightspeed`,
      LIGHTSPEED_TOKEN_URL: `${this.url}/lightspeed/auth/oauth/token`,
      LIGHTSPEED_ACCOUNT_ID: lightspeed.accountId,
      LIGHTSPEED_CLIENT_ID: lightspeed.clientId,
      LIGHTSPEED_CLIENT_SECRET: lightspeed.clientSecret,
      LIGHTSPEED_REFRESH_TOKEN: lightspeed.initialRefreshToken,
    };
  }
}
