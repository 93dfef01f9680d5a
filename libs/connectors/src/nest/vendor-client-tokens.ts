import type { ClarusClient } from '../clarus/clarus.client';
import type { LightspeedClient } from '../lightspeed/lightspeed.client';
import type { PeoplevoxClient } from '../peoplevox/peoplevox.client';
import type { PrimaClient } from '../prima/prima-client';
import type { SitooClient } from '../sitoo/sitoo.client';

export { PRIMA_CLIENT } from '../prima/prima-client';

/*
 * DI tokens of the vendor clients VendorClientsModule builds, one per vendor. A token resolves
 * to undefined when the service has no connection to that vendor, so inject it as
 * `Client | undefined`. Prima is behind its transport-independent PrimaClient interface; the
 * others have one client each, injected by type only (callers never construct one).
 */
export const PEOPLEVOX_CLIENT = Symbol('PEOPLEVOX_CLIENT');
export const CLARUS_CLIENT = Symbol('CLARUS_CLIENT');
export const SITOO_CLIENT = Symbol('SITOO_CLIENT');
export const LIGHTSPEED_CLIENT = Symbol('LIGHTSPEED_CLIENT');

/** The clients of the vendors a service is connected to, as the tokens above provide them. */
export interface VendorClients {
  readonly prima?: PrimaClient;
  readonly peoplevox?: PeoplevoxClient;
  readonly clarus?: ClarusClient;
  readonly sitoo?: SitooClient;
  readonly lightspeed?: LightspeedClient;
}
