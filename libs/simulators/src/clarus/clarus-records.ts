/*
 * Clarus records as the simulator stores and serves them. Clarus publishes no field list beyond
 * `external_system_reference1` and `string1`..`string5` (vendor-apis.md §4.2), so these
 * snake_case shapes are [ASSUMED] and documented there as ours to define.
 */

export interface StorageUnit {
  id: number;
  product_id: number;
  name: string;
  /** 0 is the unit goods are received in; integrations must pick it for receipt lines. */
  priority: number;
  units_per_storage_unit: number;
}

export interface Product {
  id: number;
  sku: string;
  name: string;
  barcode: string | null;
  /** The integrating system's id for the product: Parity puts its SKU here. */
  external_system_reference1: string | null;
  /** False once retired [ASSUMED]: kept for its history, no longer received or picked. */
  active: boolean;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The product as nested in other records and webhook payloads. */
export type ProductSummary = Pick<Product, 'id' | 'sku' | 'external_system_reference1'>;

export interface GoodsInLine {
  id: number;
  line_number: number | null;
  product: ProductSummary;
  storage_unit_id: number | null;
  expected_quantity: number;
  received_quantity: number;
  /** Received straight onto hold (damaged, awaiting inspection). */
  on_hold_quantity: number;
}

export interface GoodsInReceipt {
  id: number;
  reference: string;
  warehouse: string;
  account: string | null;
  expected_date: string | null;
  status: 'awaiting' | 'completed';
  completed_at: string | null;
  version: number;
  lines: GoodsInLine[];
  created_at: string;
  updated_at: string;
}

export interface DeliveryAddress {
  name: string;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postcode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  email: string | null;
  phone: string | null;
}

export interface SalesOrderLine {
  id: number;
  line_number: number;
  product: ProductSummary;
  quantity: number;
  allocated_quantity: number;
  picked_quantity: number;
  dispatched_quantity: number;
}

export interface SalesOrder {
  id: number;
  reference: string;
  warehouse: string;
  account: string | null;
  /** Open until the floor starts picking; only an open order can be changed or cancelled. */
  status: 'open' | 'picking' | 'dispatched' | 'cancelled';
  order_date: string | null;
  delivery_address: DeliveryAddress;
  string1: string | null;
  string2: string | null;
  string3: string | null;
  string4: string | null;
  string5: string | null;
  /** Asked for at creation; what was used once dispatched. */
  carrier: string | null;
  service: string | null;
  tracking_numbers: string[];
  tracking_url: string | null;
  dispatched_at: string | null;
  version: number;
  lines: SalesOrderLine[];
  created_at: string;
  updated_at: string;
}

/** A signed change to on-hand stock, with the movement id Clarus's stock ledger gave it. */
export interface StockAdjustment {
  id: number;
  movement_id: number;
  direction: 'positive' | 'negative';
  /** Unsigned; `direction` says which way. */
  quantity: number;
  reason: string;
  product: ProductSummary;
  warehouse: string;
  created_at: string;
}

/** One ledger line of a hold: stock leaving one status and entering another. */
export interface HoldMovement {
  movement_id: number;
  status: 'available' | 'on_hold';
  /** Signed: negative for the status the stock left. */
  quantity: number;
}

export interface StockHold {
  id: number;
  status: 'on_hold' | 'released';
  quantity: number;
  reason: string;
  product: ProductSummary;
  warehouse: string;
  /** The ledger lines of the last change (placing or releasing the hold). */
  movements: HoldMovement[];
  created_at: string;
  updated_at: string;
}

export function summary(product: Product): ProductSummary {
  return {
    id: product.id,
    sku: product.sku,
    external_system_reference1: product.external_system_reference1,
  };
}
