import {
  LightspeedClient,
  LightspeedTokenService,
  PrimaRestClient,
  SitooClient,
} from '@parity/connectors';
import type { DataSource } from 'typeorm';
import type { PushVendors } from './push-settings';
import { InventoryTokenStore } from './inventory-token-store';

/** The libs/connectors clients of the vendors inventory is configured to push to. */
export interface PushClients {
  readonly prima?: PrimaRestClient;
  readonly sitoo?: SitooClient;
  readonly lightspeed?: LightspeedClient;
}

export function pushClientsOf(vendors: PushVendors, db: DataSource): PushClients {
  const { prima, sitoo, lightspeed } = vendors;
  return {
    prima: prima ? new PrimaRestClient(prima) : undefined,
    sitoo: sitoo ? new SitooClient(sitoo) : undefined,
    lightspeed: lightspeed
      ? new LightspeedClient({
          baseUrl: lightspeed.apiUrl,
          accountId: lightspeed.accountId,
          registers: lightspeed.registers,
          tokens: new LightspeedTokenService({
            store: new InventoryTokenStore(
              db,
              `lightspeed:${lightspeed.accountId}:${lightspeed.clientId}`,
              lightspeed.refreshToken,
            ),
            clientId: lightspeed.clientId,
            clientSecret: lightspeed.clientSecret,
            tokenUrl: lightspeed.tokenUrl,
          }),
        })
      : undefined,
  };
}
