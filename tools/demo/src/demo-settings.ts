import { randomBytes } from 'node:crypto';
import type { ServiceName } from '@parity/launcher';
import { services } from '@parity/launcher';

const secret = () => randomBytes(18).toString('base64url');
const edgeUrl = `http://127.0.0.1:${services.edge}`;

/**
 * The credentials the sandbox's simulators accept and the secrets edge checks, made up for this
 * run only (never in code or logs), and the settings each side is started with.
 */
export class DemoSettings {
  private readonly run = Date.now().toString(36);
  readonly vendor = {
    prima: { clientId: 'parity', clientSecret: secret(), companyId: `DEMO${this.run}` },
    peoplevox: {
      clientId: 'DEMO',
      username: 'parity',
      password: secret(),
      callbackSecret: secret(),
    },
    clarus: {
      clientSecret: secret(),
      apiPassword: secret(),
      subdomain: 'demo',
      webhookSecret: secret(),
    },
    sitoo: {
      // A new account per run: edge keeps its order cursor per account.
      accountId: `9${Date.now() % 1_000_000_000}`,
      apiPassword: secret(),
      eventsSecret: secret(),
      eventsUser: 'sitoo-events',
      eventsPassword: secret(),
    },
    lightspeed: { accountId: `demo-${this.run}`, clientSecret: secret(), refreshToken: secret() },
  };

  /** What `allSimulators` reads: the sandbox accepts these and calls edge back. */
  sandboxEnv(): NodeJS.ProcessEnv {
    const { prima, peoplevox, clarus, sitoo, lightspeed } = this.vendor;
    return {
      PRIMA_CLIENT_ID: prima.clientId,
      PRIMA_CLIENT_SECRET: prima.clientSecret,
      PRIMA_COMPANY_ID: prima.companyId,
      PEOPLEVOX_CLIENT_ID: peoplevox.clientId,
      PEOPLEVOX_USERNAME: peoplevox.username,
      PEOPLEVOX_PASSWORD: peoplevox.password,
      CLARUS_CLIENT_SECRET: clarus.clientSecret,
      CLARUS_API_PASSWORD: clarus.apiPassword,
      CLARUS_SUBDOMAIN: clarus.subdomain,
      CLARUS_WEBHOOK_URL: `${edgeUrl}/hooks/clarus/${clarus.webhookSecret}`,
      SITOO_ACCOUNT_ID: sitoo.accountId,
      SITOO_API_PASSWORD: sitoo.apiPassword,
      SITOO_EVENTS_URL: `${edgeUrl}/hooks/sitoo/${sitoo.eventsSecret}/events`,
      SITOO_EVENTS_USER: sitoo.eventsUser,
      SITOO_EVENTS_PASSWORD: sitoo.eventsPassword,
      LIGHTSPEED_ACCOUNT_ID: lightspeed.accountId,
      LIGHTSPEED_CLIENT_SECRET: lightspeed.clientSecret,
      LIGHTSPEED_REFRESH_TOKEN: lightspeed.refreshToken,
    };
  }

  /**
   * The API connection of each vendor, keyed as every service reads it (libs/connectors'
   * vendorConnectionEnv), so each service gets the ones it calls.
   */
  private connections(sandboxUrl: string) {
    const { prima, peoplevox, clarus, sitoo } = this.vendor;
    return {
      prima: {
        PRIMA_API_URL: `${sandboxUrl}/prima`,
        PRIMA_CLIENT_ID: prima.clientId,
        PRIMA_CLIENT_SECRET: prima.clientSecret,
        PRIMA_COMPANY_ID: prima.companyId,
      },
      sitoo: {
        SITOO_API_URL: `${sandboxUrl}/sitoo`,
        SITOO_ACCOUNT_ID: sitoo.accountId,
        SITOO_SITE_ID: '1',
        SITOO_API_ID: 'parity',
        SITOO_API_PASSWORD: sitoo.apiPassword,
      },
      peoplevox: {
        PEOPLEVOX_API_URL: `${sandboxUrl}/peoplevox`,
        PEOPLEVOX_CLIENT_ID: peoplevox.clientId,
        PEOPLEVOX_USERNAME: peoplevox.username,
        PEOPLEVOX_PASSWORD: peoplevox.password,
      },
      clarus: {
        CLARUS_API_URL: `${sandboxUrl}/clarus`,
        CLARUS_CLIENT_ID: 'parity',
        CLARUS_CLIENT_SECRET: clarus.clientSecret,
        CLARUS_API_USER: 'parity-api',
        CLARUS_API_PASSWORD: clarus.apiPassword,
        CLARUS_SUBDOMAIN: clarus.subdomain,
      },
    };
  }

  /**
   * Per service, the settings beyond the stack's: the vendor connections and cadences. Every
   * location, depot and push comes from the world model the demo seeds.
   */
  serviceEnv(
    sandboxUrl: string,
    options: { atsBatchMs?: number },
  ): Partial<Record<ServiceName, Record<string, string>>> {
    const { peoplevox, clarus, sitoo, lightspeed } = this.vendor;
    const connections = this.connections(sandboxUrl);
    return {
      edge: {
        ...connections.prima,
        PRIMA_POLL_INTERVAL_MS: '2000',
        // The batch design reads Prima's store figures (for the tills) once per batch too.
        ...(options.atsBatchMs && {
          PRIMA_STOCK_POLL_INTERVAL_MS: String(Math.round(options.atsBatchMs)),
        }),
        PEOPLEVOX_CALLBACK_SECRET: peoplevox.callbackSecret,
        CLARUS_WEBHOOK_SECRET: clarus.webhookSecret,
        CLARUS_SUBDOMAIN: clarus.subdomain,
        CLARUS_AUTOMATION_IDS: [
          'sales-order-completed',
          'goods-in-completed',
          'stock-adjustment-positive',
          'stock-adjustment-negative',
          'stock-placed-on-hold',
          'stock-taken-off-hold',
        ]
          .map((trigger) => `auto-${trigger}`)
          .join(','),
        SITOO_EVENTS_SECRET: sitoo.eventsSecret,
        SITOO_EVENTS_USER: sitoo.eventsUser,
        SITOO_EVENTS_PASSWORD: sitoo.eventsPassword,
        ...connections.sitoo,
        SITOO_TAX_CODES: JSON.stringify({ '2000': 'S20', '0': 'Z0' }),
        LIGHTSPEED_API_URL: `${sandboxUrl}/lightspeed`,
        LIGHTSPEED_TOKEN_URL: `${sandboxUrl}/lightspeed/auth/oauth/token`,
        LIGHTSPEED_ACCOUNT_ID: lightspeed.accountId,
        LIGHTSPEED_CLIENT_ID: 'parity-edge',
        LIGHTSPEED_CLIENT_SECRET: lightspeed.clientSecret,
        LIGHTSPEED_REFRESH_TOKEN: lightspeed.refreshToken,
        LIGHTSPEED_TAX_CODES: JSON.stringify({ '1': 'S20', '2': 'Z0' }),
        LIGHTSPEED_POLL_INTERVAL_MS: '2000',
      },
      inventory: {
        ...(options.atsBatchMs && {
          // The batch design: nothing is hot, Prima and the tills get figures once per batch.
          INVENTORY_PUSH_HOT: 'false',
          INVENTORY_PUSH_SWEEP_INTERVAL_MS: String(Math.round(options.atsBatchMs)),
        }),
        ...connections.prima,
        ...connections.sitoo,
        // The WMSs' APIs: a SKU first seen is baselined from its warehouse before it is pushed.
        ...connections.peoplevox,
        ...connections.clarus,
      },
      reconciliation: {
        ...connections.prima,
        ...connections.sitoo,
        ...connections.peoplevox,
        ...connections.clarus,
      },
    };
  }

  /** Where the scenario posts its malformed payloads: a Clarus automation, genuine headers. */
  malformedTarget(): { url: string; headers: Record<string, string> } {
    const { clarus } = this.vendor;
    return {
      url: `${edgeUrl}/hooks/clarus/${clarus.webhookSecret}/stock-adjustment-negative`,
      headers: {
        'content-type': 'application/json',
        'x-claruswms-domain': `${clarus.subdomain}.claruswms.co.uk`,
        'x-claruswms-api-domain': 'clarus-api.com',
        'x-claruswms-subdomain': clarus.subdomain,
        'x-claruswms-automation-id': 'auto-stock-adjustment-negative',
      },
    };
  }

  peoplevoxCallbackBase(): string {
    return `${edgeUrl}/hooks/peoplevox/${this.vendor.peoplevox.callbackSecret}`;
  }
}
