import type { ClarusSimulatorOptions } from '@parity/simulators';
import type { EdgeSetup } from '../support/edge-harness';
import { worldOfLocations } from '@parity/world-api';

/**
 * The credentials and secrets the sandbox's simulators and edge share in tests, and the edge
 * settings that enable each vendor against the sandbox, with the world model edge maps their
 * locations by. Test values only.
 */
const WAREHOUSES = worldOfLocations([
  { vendor: 'CLARUS', location: 'MAIN', depot: 'WH-CLARUS' },
  { vendor: 'PEOPLEVOX', location: 'PrimarySite', depot: 'WH-PVX' },
]);

export const CLARUS_TRIGGERS_FOR_TESTS = {
  'sales-order-completed': 'auto-so',
  'goods-in-completed': 'auto-gi',
  'stock-adjustment-positive': 'auto-adj-plus',
  'stock-adjustment-negative': 'auto-adj-minus',
  'stock-placed-on-hold': 'auto-hold-on',
  'stock-taken-off-hold': 'auto-hold-off',
} as const;

export const CLARUS = {
  webhookSecret: 'clarus-test-secret-0123456789',
  simulator: {
    clientId: 'parity',
    clientSecret: 'clarus-client-secret',
    apiUser: { username: 'parity-api', password: 'clarus-api-password' },
    subdomain: 'acme',
  } satisfies Omit<ClarusSimulatorOptions, 'webhookUrl'>,
  /** What a genuine Clarus delivery carries, for hand-made requests. */
  headers: (trigger: keyof typeof CLARUS_TRIGGERS_FOR_TESTS): Record<string, string> => ({
    'X-ClarusWMS-Domain': 'acme.claruswms.co.uk',
    'X-ClarusWMS-API-Domain': 'clarus-api.com',
    'X-ClarusWMS-Subdomain': 'acme',
    'X-ClarusWMS-Automation-ID': CLARUS_TRIGGERS_FOR_TESTS[trigger],
  }),
};

export function clarusEdgeEnv(): EdgeSetup {
  return {
    world: WAREHOUSES,
    env: {
      CLARUS_WEBHOOK_SECRET: CLARUS.webhookSecret,
      CLARUS_SUBDOMAIN: CLARUS.simulator.subdomain,
      CLARUS_AUTOMATION_IDS: Object.values(CLARUS_TRIGGERS_FOR_TESTS).join(','),
    },
  };
}

export const PEOPLEVOX = {
  callbackSecret: 'peoplevox-test-secret-0123456789',
  simulator: { clientId: 'ACME', username: 'parity', password: 'peoplevox-password' },
};

export function peoplevoxEdgeEnv(): EdgeSetup {
  return { world: WAREHOUSES, env: { PEOPLEVOX_CALLBACK_SECRET: PEOPLEVOX.callbackSecret } };
}

export const SITOO = {
  eventsSecret: 'sitoo-test-secret-0123456789',
  eventsAuth: { username: 'sitoo-events', password: 'sitoo-events-password' },
  // A new account per run: edge keeps its order cursor per account across runs.
  simulator: {
    accountId: String(Date.now()),
    apiId: 'api-parity',
    password: 'sitoo-api-password',
  },
};

/** Edge's Sitoo settings against the sandbox; `warehouseId` is the store's till warehouse. */
export function sitooEdgeEnv(sandboxUrl: string, warehouseId: number): EdgeSetup {
  return {
    world: worldOfLocations([
      { vendor: 'SITOO', location: String(warehouseId), depot: 'STORE-STH', store: 'STH' },
    ]),
    env: {
      SITOO_EVENTS_SECRET: SITOO.eventsSecret,
      SITOO_EVENTS_USER: SITOO.eventsAuth.username,
      SITOO_EVENTS_PASSWORD: SITOO.eventsAuth.password,
      SITOO_API_URL: `${sandboxUrl}/sitoo`,
      SITOO_ACCOUNT_ID: SITOO.simulator.accountId,
      SITOO_SITE_ID: '1',
      SITOO_API_ID: SITOO.simulator.apiId,
      SITOO_API_PASSWORD: SITOO.simulator.password,
      SITOO_TAX_CODES: JSON.stringify({ '2500': 'S25' }),
      // The push wakes the poller; a long interval proves it does.
      SITOO_POLL_INTERVAL_MS: '600000',
    },
  };
}

export const LIGHTSPEED = {
  // A new account per run: edge keeps the account's cursor and rotated tokens across runs.
  simulator: {
    accountId: String(Date.now()),
    clientId: 'parity-edge',
    clientSecret: 'lightspeed-client-secret',
    initialRefreshToken: 'lightspeed-first-refresh',
  },
};

/** Prima's generic non-stock item, which the test world posts Lightspeed's miscellaneous lines to. */
export const GENERIC_NON_STOCK_ITEM = 'MISC-OPEN';
export const LIGHTSPEED_MISCELLANEOUS = {
  vendor: 'LIGHTSPEED',
  itemId: '0',
  primaItem: GENERIC_NON_STOCK_ITEM,
  glCode: 'GL-4900',
} as const;

export function lightspeedEdgeEnv(sandboxUrl: string, shopId: string): EdgeSetup {
  return {
    world: {
      ...worldOfLocations([
        { vendor: 'LIGHTSPEED', location: shopId, depot: 'STORE-CG', store: 'CG' },
      ]),
      nonStockItems: [LIGHTSPEED_MISCELLANEOUS],
    },
    env: {
      LIGHTSPEED_API_URL: `${sandboxUrl}/lightspeed`,
      LIGHTSPEED_TOKEN_URL: `${sandboxUrl}/lightspeed/auth/oauth/token`,
      LIGHTSPEED_ACCOUNT_ID: LIGHTSPEED.simulator.accountId,
      LIGHTSPEED_CLIENT_ID: LIGHTSPEED.simulator.clientId,
      LIGHTSPEED_CLIENT_SECRET: LIGHTSPEED.simulator.clientSecret,
      LIGHTSPEED_REFRESH_TOKEN: LIGHTSPEED.simulator.initialRefreshToken,
      LIGHTSPEED_TAX_CODES: JSON.stringify({ '1': 'S20' }),
      LIGHTSPEED_POLL_INTERVAL_MS: '500',
    },
  };
}

export const PRIMA = {
  // A new company per run: edge keeps each feed's cursor per company across runs.
  simulator: {
    clientId: 'parity',
    clientSecret: 'prima-client-secret',
    companyId: `C${Date.now()}`,
  },
};

export function primaEdgeEnv(sandboxUrl: string): EdgeSetup {
  return {
    world: WAREHOUSES,
    env: {
      PRIMA_API_URL: `${sandboxUrl}/prima`,
      PRIMA_CLIENT_ID: PRIMA.simulator.clientId,
      PRIMA_CLIENT_SECRET: PRIMA.simulator.clientSecret,
      PRIMA_COMPANY_ID: PRIMA.simulator.companyId,
      PRIMA_POLL_INTERVAL_MS: '500',
    },
  };
}
