import type { CataloguePlan } from './catalogue-plan';
import type { WarehouseConfig } from './scenario-config';

export type TillVendor = 'sitoo' | 'lightspeed';

/** A shop: Prima's STORE depot and where the same shop lives in its till. */
export interface SeededStore {
  /** Parity's store and Prima's depot code, e.g. STORE01. */
  readonly storeCode: string;
  readonly till: TillVendor;
  /** Sitoo's warehouseid or Lightspeed's shopID, as the vendor writes it. */
  readonly tillLocationId: string;
}

/**
 * Everything seeded, with the vendor ids Parity's configuration needs. `unmappedStores` exist
 * in the tills only, so sales there are bad data (LOCATION_UNMAPPED) by construction.
 */
export interface SeededWorld {
  readonly catalogue: CataloguePlan;
  /** Every stocked SKU, the same code in Prima, the WMS and both tills. */
  readonly skus: readonly string[];
  readonly stores: readonly SeededStore[];
  readonly unmappedStores: readonly SeededStore[];
  readonly warehouses: readonly WarehouseConfig[];
  /** Lightspeed's itemID for each item code (customSku). */
  readonly lightspeedItemIds: Readonly<Record<string, string>>;
  /** The Prima customer account online orders are placed on. */
  readonly primaWebCustomer: string;
}

export const PRIMA_WEB_CUSTOMER = 'WEB-SHOP';

export function storeCodeOf(index: number): string {
  return `STORE${String(index + 1).padStart(2, '0')}`;
}
