import { Router } from 'express';
import type { SimulatorFactory } from '../sandbox';
import { LeakyBucket } from './leaky-bucket';
import { lightspeedAdmin } from './lightspeed-admin';
import { lightspeedApi, type LightspeedApiDeps } from './lightspeed-api';
import { LightspeedState } from './lightspeed-state';
import { OAuthServer } from './oauth-server';

export interface LightspeedSimulatorOptions {
  readonly accountId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The refresh token the account starts with; rotated on every refresh. */
  readonly initialRefreshToken: string;
  /** Registers on the account; each beyond the first enlarges the rate budget. */
  readonly registers?: number;
  readonly accessTokenTtlSeconds?: number;
}

/**
 * Lightspeed Retail R-Series: the V3 API at `/lightspeed/API/V3/...`, its OAuth token endpoint
 * at `/lightspeed/auth/oauth/token`, and the admin API at `/admin/lightspeed`.
 */
export function createLightspeedSimulator(options: LightspeedSimulatorOptions): SimulatorFactory {
  return (context) => {
    const clock = () => context.now().getTime();
    const oauth = new OAuthServer(
      { ...options, accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3_600 },
      clock,
    );
    const deps: LightspeedApiDeps = {
      accountId: options.accountId,
      state: new LightspeedState(context.now),
      oauth,
      bucket: new LeakyBucket(options.registers ?? 1, clock),
      traffic: { requests: 0, rateLimited: 0, log: [] },
    };
    const api = Router();
    api.use(oauth.router());
    api.use(lightspeedApi(deps));
    return {
      vendor: 'lightspeed',
      api,
      admin: lightspeedAdmin(deps),
      reset: () => {
        deps.state.clear();
        deps.bucket.empty();
        deps.traffic.requests = 0;
        deps.traffic.rateLimited = 0;
        deps.traffic.log.length = 0;
        oauth.reset();
      },
    };
  };
}
