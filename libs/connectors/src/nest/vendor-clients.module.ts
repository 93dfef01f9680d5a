import { type DynamicModule, Global, type InjectionToken, Module } from '@nestjs/common';
import {
  CLARUS_CLIENT,
  LIGHTSPEED_CLIENT,
  PEOPLEVOX_CLIENT,
  PRIMA_CLIENT,
  SITOO_CLIENT,
  type VendorClients,
} from './vendor-client-tokens';
import { vendorClientsOf, type VendorClientsOptions } from './vendor-clients';

const CLIENTS = Symbol('VENDOR_CLIENTS');

const TOKENS: Readonly<Record<keyof VendorClients, symbol>> = {
  prima: PRIMA_CLIENT,
  peoplevox: PEOPLEVOX_CLIENT,
  clarus: CLARUS_CLIENT,
  sitoo: SITOO_CLIENT,
  lightspeed: LIGHTSPEED_CLIENT,
};

/**
 * Builds each configured vendor's client once, from the service's vendor connections, and
 * provides it globally under its token (PRIMA_CLIENT, PEOPLEVOX_CLIENT, …); a vendor the
 * service is not connected to resolves to undefined. The options come from a factory because
 * the connections are part of the service's config, known only once it has been loaded:
 *
 *   VendorClientsModule.forRoot({
 *     inject: [PLATFORM_CONFIG, DataSource],
 *     useFactory: (config: InventoryConfig, db: DataSource) => ({
 *       connections: config.inventory.vendors,
 *       lightspeedTokens: { db, table: 'inventory.vendor_tokens' },
 *     }),
 *   })
 */
@Global()
@Module({})
export class VendorClientsModule {
  static forRoot<A extends unknown[]>(options: {
    readonly inject: InjectionToken[];
    readonly useFactory: (...args: A) => VendorClientsOptions;
  }): DynamicModule {
    const clients = {
      provide: CLIENTS,
      inject: options.inject,
      useFactory: (...args: A) => vendorClientsOf(options.useFactory(...args)),
    };
    const perVendor = Object.entries(TOKENS).map(([vendor, token]) => ({
      provide: token,
      inject: [CLIENTS],
      useFactory: (all: VendorClients) => all[vendor as keyof VendorClients],
    }));
    return {
      module: VendorClientsModule,
      providers: [clients, ...perVendor],
      exports: Object.values(TOKENS),
    };
  }
}
