import { ClarusClient } from '../clarus/clarus.client';
import { LightspeedClient } from '../lightspeed/lightspeed.client';
import { LightspeedTokenService } from '../lightspeed/lightspeed-tokens';
import { SqlTokenStore, type SqlQueryRunner } from '../lightspeed/sql-token-store';
import { PeoplevoxClient } from '../peoplevox/peoplevox.client';
import { PrimaSoapClient } from '../prima/prima-soap.client';
import type { VendorConnections } from '../settings/vendor-connection-settings';
import { SitooClient } from '../sitoo/sitoo.client';
import type { VendorClients } from './vendor-client-tokens';

export interface VendorClientsOptions {
  /** The connections the service is configured with (vendorConnectionsOf); absent ones are off. */
  readonly connections: Partial<VendorConnections>;
  /** Where the service keeps its rotating Lightspeed pair; required with a Lightspeed connection. */
  readonly lightspeedTokens?: { readonly db: SqlQueryRunner; readonly table: string };
}

/**
 * One client per configured vendor and process, so everything a service does with a vendor
 * shares that vendor's rate budget and token.
 */
export function vendorClientsOf({
  connections,
  lightspeedTokens,
}: VendorClientsOptions): VendorClients {
  const { prima, peoplevox, clarus, sitoo, lightspeed } = connections;
  if (lightspeed && !lightspeedTokens) {
    throw new Error('a Lightspeed connection needs a table for its rotating tokens');
  }
  return {
    prima: prima && new PrimaSoapClient(prima),
    peoplevox: peoplevox && new PeoplevoxClient(peoplevox),
    clarus: clarus && new ClarusClient(clarus),
    sitoo: sitoo && new SitooClient(sitoo),
    lightspeed:
      lightspeed &&
      lightspeedTokens &&
      new LightspeedClient({
        baseUrl: lightspeed.apiUrl,
        accountId: lightspeed.accountId,
        registers: lightspeed.registers,
        tokens: new LightspeedTokenService({
          store: new SqlTokenStore(
            lightspeedTokens.db,
            lightspeedTokens.table,
            `lightspeed:${lightspeed.accountId}:${lightspeed.clientId}`,
            lightspeed.refreshToken,
          ),
          clientId: lightspeed.clientId,
          clientSecret: lightspeed.clientSecret,
          tokenUrl: lightspeed.tokenUrl,
        }),
      }),
  };
}
