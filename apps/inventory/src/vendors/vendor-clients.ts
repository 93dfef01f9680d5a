import {
  ClarusClient,
  LightspeedClient,
  LightspeedTokenService,
  PeoplevoxClient,
  PrimaRestClient,
  SitooClient,
} from '@parity/connectors';
import type { DataSource } from 'typeorm';
import type { VendorConnections } from '../inventory.config';
import { InventoryTokenStore } from './inventory-token-store';

/**
 * The libs/connectors client of each vendor inventory is configured to reach, one per vendor
 * and process, so pushes and snapshot reads share a vendor's rate budget and its token.
 */
export interface VendorClients {
  readonly prima?: PrimaRestClient;
  readonly sitoo?: SitooClient;
  readonly lightspeed?: LightspeedClient;
  readonly peoplevox?: PeoplevoxClient;
  readonly clarus?: ClarusClient;
}

export function vendorClientsOf(vendors: VendorConnections, db: DataSource): VendorClients {
  const { prima, sitoo, lightspeed, peoplevox, clarus } = vendors;
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
    peoplevox: peoplevox ? new PeoplevoxClient(peoplevox) : undefined,
    clarus: clarus ? new ClarusClient(clarus) : undefined,
  };
}
