export {
  CLARUS_CLIENT,
  LIGHTSPEED_CLIENT,
  PEOPLEVOX_CLIENT,
  SITOO_CLIENT,
  type VendorClients,
} from './vendor-client-tokens';
export { VendorClientsModule } from './vendor-clients.module';
export { vendorClientsOf, type VendorClientsOptions } from './vendor-clients';
