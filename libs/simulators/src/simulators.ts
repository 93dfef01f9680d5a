import { createClarusSimulator } from './clarus/clarus-simulator';
import { createLightspeedSimulator } from './lightspeed';
import { createPeoplevoxSimulator } from './peoplevox';
import { createPrimaSimulator } from './prima';
import type { SimulatorFactory } from './sandbox';
import { createSitooSimulator } from './sitoo/sitoo-simulator';

/**
 * Every vendor simulator, configured from the environment: the credentials the sandbox accepts
 * (the same values edge is given) and where its webhooks and events go. The defaults are the
 * sandbox's own and never valid anywhere else.
 */
export function allSimulators(env: NodeJS.ProcessEnv): SimulatorFactory[] {
  return [
    createPrimaSimulator({
      clientId: env.PRIMA_CLIENT_ID ?? 'parity',
      clientSecret: env.PRIMA_CLIENT_SECRET ?? 'sandbox-prima-secret',
      companyId: env.PRIMA_COMPANY_ID ?? 'ACME',
      // Prima's own request budget; a benchmark lifts it to measure Parity, not the limit.
      ratePerSecond: env.PRIMA_RATE_PER_SECOND ? Number(env.PRIMA_RATE_PER_SECOND) : undefined,
      burst: env.PRIMA_BURST ? Number(env.PRIMA_BURST) : undefined,
    }),
    createPeoplevoxSimulator({
      clientId: env.PEOPLEVOX_CLIENT_ID ?? 'parity',
      username: env.PEOPLEVOX_USERNAME ?? 'parity',
      password: env.PEOPLEVOX_PASSWORD ?? 'sandbox-peoplevox-password',
      sites: env.PEOPLEVOX_SITES?.split(','),
    }),
    createClarusSimulator({
      clientId: env.CLARUS_CLIENT_ID ?? 'parity',
      clientSecret: env.CLARUS_CLIENT_SECRET ?? 'sandbox-clarus-secret',
      apiUser: {
        username: env.CLARUS_API_USER ?? 'parity-api',
        password: env.CLARUS_API_PASSWORD ?? 'sandbox-clarus-password',
      },
      subdomain: env.CLARUS_SUBDOMAIN ?? 'parity',
      webhookUrl: env.CLARUS_WEBHOOK_URL,
    }),
    createSitooSimulator({
      accountId: env.SITOO_ACCOUNT_ID ?? '90210',
      apiId: env.SITOO_API_ID ?? 'parity',
      password: env.SITOO_API_PASSWORD ?? 'sandbox-sitoo-password',
      eventsUrl: env.SITOO_EVENTS_URL,
      eventsAuth: env.SITOO_EVENTS_USER
        ? { username: env.SITOO_EVENTS_USER, password: env.SITOO_EVENTS_PASSWORD ?? '' }
        : undefined,
    }),
    createLightspeedSimulator({
      accountId: env.LIGHTSPEED_ACCOUNT_ID ?? '80421',
      clientId: env.LIGHTSPEED_CLIENT_ID ?? 'parity-edge',
      clientSecret: env.LIGHTSPEED_CLIENT_SECRET ?? 'sandbox-lightspeed-secret',
      initialRefreshToken: env.LIGHTSPEED_REFRESH_TOKEN ?? 'sandbox-refresh',
      registers: Number(env.LIGHTSPEED_REGISTERS ?? 1),
    }),
  ];
}
