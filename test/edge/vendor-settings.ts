import type { ClarusSimulatorOptions } from '@parity/simulators';

/**
 * The credentials and secrets the sandbox's simulators and edge share in tests, and the edge
 * settings that enable each vendor against the sandbox. Test values only.
 */
export const LOCATIONS = {
  depots: { clarus: { MAIN: 'WH-CLARUS' }, peoplevox: { PrimarySite: 'WH-PVX' } },
  stores: {},
};

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

export function clarusEdgeEnv(): Record<string, string> {
  return {
    EDGE_LOCATIONS: JSON.stringify(LOCATIONS),
    CLARUS_WEBHOOK_SECRET: CLARUS.webhookSecret,
    CLARUS_SUBDOMAIN: CLARUS.simulator.subdomain,
    CLARUS_AUTOMATION_IDS: Object.values(CLARUS_TRIGGERS_FOR_TESTS).join(','),
  };
}

export const PEOPLEVOX = {
  callbackSecret: 'peoplevox-test-secret-0123456789',
  simulator: { clientId: 'ACME', username: 'parity', password: 'peoplevox-password' },
};

export function peoplevoxEdgeEnv(): Record<string, string> {
  return {
    EDGE_LOCATIONS: JSON.stringify(LOCATIONS),
    PEOPLEVOX_CALLBACK_SECRET: PEOPLEVOX.callbackSecret,
  };
}
